import {
  readTunnelConfig,
  removeTunnelRules,
  upsertTunnelRule,
} from './tunnelConfig';

const CONFIG = `tunnel: 6ff42ae2-765d-4adf-8112-31c55c1551ef
credentials-file: /etc/cloudflared/creds/credentials.json
ingress:
  # grafana for the team
  - hostname: grafana.localplus.io
    service: http://grafana.platform.svc.cluster.local:3000
  - hostname: api.localplus.io
    service: https://cilium-gateway-public.platform.svc.cluster.local:443
  - service: http_status:404
`;

const OWNER = 'component:default/svc-shop';
const shop = {
  hostname: 'shop.localplus.io',
  service: 'https://cilium-gateway-public.platform.svc.cluster.local:443',
  originRequest: { originServerName: 'shop.localplus.io' },
};

describe('upsertTunnelRule', () => {
  it('inserts before the catch-all with an owner marker, keeping comments and foreign rules', () => {
    const edit = upsertTunnelRule(CONFIG, shop, OWNER);
    expect(edit.action).toBe('create');
    expect(edit.position).toBe(2);
    expect(edit.text).toBe(`tunnel: 6ff42ae2-765d-4adf-8112-31c55c1551ef
credentials-file: /etc/cloudflared/creds/credentials.json
ingress:
  # grafana for the team
  - hostname: grafana.localplus.io
    service: http://grafana.platform.svc.cluster.local:3000
  - hostname: api.localplus.io
    service: https://cilium-gateway-public.platform.svc.cluster.local:443
  # network.localplus.io/owner: component:default/svc-shop
  - hostname: shop.localplus.io
    service: https://cilium-gateway-public.platform.svc.cluster.local:443
    originRequest:
      originServerName: shop.localplus.io
  - service: http_status:404
`);
    expect(readTunnelConfig(edit.text).rules[2].owner).toBe(OWNER);
  });

  it('is unchanged on a second run', () => {
    const once = upsertTunnelRule(CONFIG, shop, OWNER).text;
    expect(upsertTunnelRule(once, shop, OWNER)).toEqual({
      action: 'unchanged',
      position: 2,
      text: once,
    });
  });

  it('updates our own rule in place', () => {
    const once = upsertTunnelRule(CONFIG, shop, OWNER).text;
    const edit = upsertTunnelRule(
      once,
      { ...shop, service: 'http://svc-shop.svc-shop.svc.cluster.local:8080' },
      OWNER,
    );
    expect(edit.action).toBe('update');
    expect(readTunnelConfig(edit.text).rules[2]).toMatchObject({
      hostname: 'shop.localplus.io',
      service: 'http://svc-shop.svc-shop.svc.cluster.local:8080',
      owner: OWNER,
    });
  });

  it('refuses to take over a rule it does not own', () => {
    const edit = upsertTunnelRule(
      CONFIG,
      { hostname: 'api.localplus.io', service: 'http://x:1' },
      OWNER,
    );
    expect(edit.action).toBe('conflict');
    expect(edit.reason).toMatch(
      /already serves api.localplus.io: rule #2 .*not managed by Backstage/,
    );
    expect(edit.text).toBe(CONFIG);
  });

  it('refuses to take another owner’s rule', () => {
    const once = upsertTunnelRule(CONFIG, shop, OWNER).text;
    const edit = upsertTunnelRule(once, shop, 'component:default/other');
    expect(edit.reason).toMatch(/owned by component:default\/svc-shop/);
  });

  it('refuses a rule an earlier rule would shadow', () => {
    const edit = upsertTunnelRule(
      CONFIG,
      { hostname: 'api.localplus.io', path: '^/v1/shop(/.*)?$', service: 'x' },
      OWNER,
    );
    expect(edit.action).toBe('conflict');
    expect(edit.reason).toMatch(
      /would never be used: rule #2 \(api.localplus.io/,
    );
  });

  it('keeps managed rules in a deterministic order before the catch-all', () => {
    const hosts = ['c', 'a', 'b'].map(h => `${h}.localplus.io`);
    const forward = hosts.reduce(
      (text, hostname) =>
        upsertTunnelRule(text, { hostname, service: 'http://x:1' }, OWNER).text,
      CONFIG,
    );
    const backward = [...hosts]
      .reverse()
      .reduce(
        (text, hostname) =>
          upsertTunnelRule(text, { hostname, service: 'http://x:1' }, OWNER)
            .text,
        CONFIG,
      );
    expect(forward).toBe(backward);
    expect(readTunnelConfig(forward).rules.map(r => r.hostname)).toEqual([
      'grafana.localplus.io',
      'api.localplus.io',
      'a.localplus.io',
      'b.localplus.io',
      'c.localplus.io',
      undefined,
    ]);
  });

  it('reads an owner marker on the first rule too', () => {
    const only = 'ingress:\n  - service: http_status:404\n';
    const text = upsertTunnelRule(only, shop, OWNER).text;
    expect(readTunnelConfig(text).rules[0].owner).toBe(OWNER);
    expect(upsertTunnelRule(text, shop, OWNER).action).toBe('unchanged');
  });

  it.each([
    ['no ingress', 'tunnel: x\n', /no ingress rules/],
    [
      'no catch-all last',
      'ingress:\n  - hostname: a.io\n    service: http://x:1\n',
      /last ingress rule .* is not a catch-all/,
    ],
    [
      'a catch-all in the middle',
      'ingress:\n  - service: http_status:404\n  - hostname: a.io\n    service: x\n  - service: http_status:404\n',
      /rule #1 .* matches every request/,
    ],
    ['broken YAML', 'ingress: [\n', /not valid YAML/],
  ])('reports %s as a conflict without editing', (_, text, reason) => {
    const edit = upsertTunnelRule(text, shop, OWNER);
    expect(edit.action).toBe('conflict');
    expect(edit.reason).toMatch(reason);
    expect(edit.text).toBe(text);
  });
});

describe('removeTunnelRules', () => {
  it('removes only the owner’s rules', () => {
    let text = upsertTunnelRule(CONFIG, shop, OWNER).text;
    text = upsertTunnelRule(
      text,
      { hostname: 'z.localplus.io', service: 'http://z:1' },
      'component:default/z',
    ).text;
    const { text: after, removed } = removeTunnelRules(text, OWNER);
    expect(removed).toEqual([shop]);
    expect(readTunnelConfig(after).rules.map(r => r.hostname)).toEqual([
      'grafana.localplus.io',
      'api.localplus.io',
      'z.localplus.io',
      undefined,
    ]);
    expect(removeTunnelRules(after, OWNER)).toEqual({
      text: after,
      removed: [],
    });
  });

  it('throws a conflict on a configuration it cannot edit safely', () => {
    expect(() => removeTunnelRules('tunnel: x\n', OWNER)).toThrow(
      expect.objectContaining({ name: 'ConflictError' }),
    );
  });
});

describe('readTunnelConfig', () => {
  it('reads the tunnel id', () => {
    expect(readTunnelConfig(CONFIG).tunnelId).toBe(
      '6ff42ae2-765d-4adf-8112-31c55c1551ef',
    );
  });
});
