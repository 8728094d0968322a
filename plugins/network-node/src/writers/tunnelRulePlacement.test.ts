import { placeTunnelRule } from './tunnelRulePlacement';

const gateway = 'https://cilium-gateway-public.platform.svc.cluster.local:443';
const catchAll = { service: 'http_status:404' };
const rules = [
  { hostname: 'grafana.localplus.io', service: 'http://grafana:3000' },
  {
    hostname: 'b.localplus.io',
    service: gateway,
    owner: 'component:default/b',
  },
  catchAll,
];

describe('placeTunnelRule', () => {
  it('puts a new rule among the managed rules before the catch-all, in a fixed order', () => {
    expect(
      placeTunnelRule(
        rules,
        { hostname: 'a.localplus.io', service: gateway },
        'component:default/a',
      ),
    ).toEqual({ action: 'create', position: 1 });
    expect(
      placeTunnelRule(
        rules,
        { hostname: 'c.localplus.io', service: gateway },
        'component:default/c',
      ),
    ).toEqual({ action: 'create', position: 2 });
  });

  it('keeps or updates our own rule in place', () => {
    const ours = { hostname: 'b.localplus.io', service: gateway };
    expect(placeTunnelRule(rules, ours, 'component:default/b')).toEqual({
      action: 'unchanged',
      position: 1,
    });
    expect(
      placeTunnelRule(
        rules,
        { ...ours, service: 'http://b.b.svc:8080' },
        'component:default/b',
      ),
    ).toEqual({ action: 'update', position: 1 });
  });

  it('refuses a rule someone else owns, naming the owner', () => {
    expect(
      placeTunnelRule(
        rules,
        { hostname: 'b.localplus.io', service: gateway },
        'component:default/x',
      ),
    ).toEqual({
      action: 'conflict',
      reason: `the tunnel already serves b.localplus.io: rule #2 (b.localplus.io → ${gateway}, owned by component:default/b)`,
    });
    expect(
      placeTunnelRule(
        rules,
        { hostname: 'grafana.localplus.io', service: gateway },
        'component:default/x',
      ),
    ).toMatchObject({
      action: 'conflict',
      reason: expect.stringContaining('not managed by Backstage'),
    });
  });

  it('refuses a rule an earlier rule would shadow', () => {
    const wildcard = [
      { hostname: '*.localplus.io', service: gateway },
      catchAll,
    ];
    expect(
      placeTunnelRule(
        wildcard,
        { hostname: 'a.localplus.io', service: gateway },
        'component:default/a',
      ),
    ).toMatchObject({
      action: 'conflict',
      reason: expect.stringMatching(/would never be used: rule #1/),
    });
  });
});
