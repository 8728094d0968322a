import type { TunnelRule } from '../sources';
import {
  TunnelTable,
  isCatchAll,
  literalPathOf,
  parseTunnelService,
} from './tunnelTable';

const table = (rules: Omit<TunnelRule, 'position'>[]) =>
  new TunnelTable({
    tunnelId: 't',
    management: 'local',
    origin: { source: 'gitops' },
    rules: rules.map((r, position) => ({ ...r, position })),
  });

describe('TunnelTable', () => {
  const rules = table([
    {
      hostname: 'grafana.localplus.io',
      service: 'http://grafana.platform:3000',
    },
    {
      hostname: 'api.localplus.io',
      path: '^/admin',
      service: 'http://admin.platform:80',
    },
    { hostname: 'api.localplus.io', service: 'https://gw:443' },
    { hostname: '*.apps.localplus.io', service: 'https://gw:443' },
    { path: '/static', service: 'http://cdn:80' },
    { service: 'http_status:404' },
  ]);

  it.each([
    ['grafana.localplus.io', '/', 0],
    ['api.localplus.io', '/admin/users', 1],
    ['api.localplus.io', '/v1/admin', 2],
    ['api.localplus.io', '/v1/ledger', 2],
    ['x.apps.localplus.io', '/', 3],
    ['a.b.apps.localplus.io', '/', 3],
    ['apps.localplus.io', '/', 5],
    ['unknown.localplus.io', '/v1/static/app.js', 4],
    ['unknown.localplus.io', '/', 5],
  ])('first match for %s%s is rule #%s', (host, path, position) => {
    expect(rules.firstMatch(host, path)?.position).toBe(position);
  });

  it('knows which hosts a real rule serves', () => {
    expect(rules.servesHost('api.localplus.io')).toBe(true);
    expect(rules.servesHost('pay.localplus.io')).toBe(true); // the path-only rule #4 serves every host
    expect(
      table([{ service: 'http_status:404' }]).servesHost('pay.localplus.io'),
    ).toBe(false);
  });

  it.each([
    {
      name: 'host rule before a path rule of the same host',
      rules: [{ hostname: 'a.io' }, { hostname: 'a.io', path: '^/x' }],
      shadowed: [undefined, 0],
    },
    {
      name: 'path rule before the host rule',
      rules: [{ hostname: 'a.io', path: '^/x' }, { hostname: 'a.io' }],
      shadowed: [undefined, undefined],
    },
    {
      name: 'wildcard before a host',
      rules: [{ hostname: '*.a.io' }, { hostname: 'b.a.io' }],
      shadowed: [undefined, 0],
    },
    {
      name: 'unanchored regex before a longer path',
      rules: [
        { hostname: 'a.io', path: 'api' },
        { hostname: 'a.io', path: '^/v1/api(/.*)?$' },
      ],
      shadowed: [undefined, 0],
    },
    {
      name: 'anchored regex that takes only part',
      rules: [
        { hostname: 'a.io', path: '^/api$' },
        { hostname: 'a.io', path: '^/api' },
      ],
      shadowed: [undefined, undefined],
    },
    {
      name: 'identical complex regexes',
      rules: [
        { hostname: 'a.io', path: '^/(a|b)' },
        { hostname: 'a.io', path: '^/(a|b)' },
      ],
      shadowed: [undefined, 0],
    },
    {
      name: 'host-less rule only shadowed by host-less rules',
      rules: [{ hostname: 'a.io' }, { path: '^/x' }],
      shadowed: [undefined, undefined],
    },
  ])('shadowing: $name', ({ rules: list, shadowed }) => {
    const t = table(list.map(r => ({ ...r, service: 'http://x:80' })));
    expect(t.rules.map(r => t.shadowedBy(r)?.position)).toEqual(shadowed);
  });

  it.each([
    ['^/admin', { path: '/admin', anchoredEnd: false }],
    ['^/v1\\.0/api(/.*)?$', { path: '/v1.0/api', anchoredEnd: true }],
    ['/api/?$', { path: '/api', anchoredEnd: true }],
    ['^/(a|b)', undefined],
    ['.*', undefined],
  ])('literalPathOf(%s)', (pattern, expected) => {
    expect(literalPathOf(pattern)).toEqual(expected);
  });

  it.each([
    ['http_status:404', { kind: 'http-status', status: 404 }],
    [
      'https://cilium-gateway-public.platform.svc.cluster.local:443',
      {
        kind: 'url',
        scheme: 'https',
        host: 'cilium-gateway-public.platform.svc.cluster.local',
        port: 443,
        service: { name: 'cilium-gateway-public', namespace: 'platform' },
      },
    ],
    [
      'http://grafana.platform.svc.cluster.local',
      {
        kind: 'url',
        scheme: 'http',
        host: 'grafana.platform.svc.cluster.local',
        port: 80,
        service: { name: 'grafana', namespace: 'platform' },
      },
    ],
    [
      'https://example.com',
      { kind: 'url', scheme: 'https', host: 'example.com', port: 443 },
    ],
    ['hello_world', { kind: 'other', text: 'hello_world' }],
  ])('parseTunnelService(%s)', (service, expected) => {
    expect(parseTunnelService(service)).toEqual(expected);
  });

  it('recognises catch-alls as cloudflared does', () => {
    expect(isCatchAll({ service: 'x', position: 0 })).toBe(true);
    expect(isCatchAll({ hostname: '*', service: 'x', position: 0 })).toBe(true);
    expect(
      isCatchAll({ hostname: '*', path: '/a', service: 'x', position: 0 }),
    ).toBe(false);
    expect(isCatchAll({ hostname: 'a.io', service: 'x', position: 0 })).toBe(
      false,
    );
  });
});
