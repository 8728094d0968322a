import {
  GATEWAY_SERVICE,
  SHOP,
  dnsEndpoint,
  healthyEstate,
  indexOf,
  tunnelConfigMap,
  tunnelRecord,
} from '../__testUtils__/estateBuilder';
import type { FindingCheck } from '../view';

const withRules = (rules: Record<string, unknown>[]) => ({
  ...healthyEstate(),
  tunnel: tunnelConfigMap([...rules, { service: 'http_status:404' }]),
});
const shopRule = { hostname: 'shop.localplus.io', service: GATEWAY_SERVICE };

describe('tunnel findings', () => {
  it.each([
    {
      name: 'rules all have DNS',
      check: 'tunnel-rule-without-dns',
      estate: healthyEstate(),
      ids: [],
    },
    {
      name: 'a rule whose name has no record',
      check: 'tunnel-rule-without-dns',
      estate: withRules([
        shopRule,
        { hostname: 'new.localplus.io', service: GATEWAY_SERVICE },
      ]),
      ids: [
        'tunnel-rule-without-dns:6ff42ae2-765d-4adf-8112-31c55c1551ef|new.localplus.io',
      ],
    },
    {
      name: 'a rule whose record points at another tunnel',
      check: 'tunnel-rule-without-dns',
      estate: {
        ...withRules([shopRule]),
        publicDns: dnsEndpoint('platform', 'cloudflared', 'localplus.io', [
          tunnelRecord('shop.localplus.io', {
            targets: ['0000.cfargotunnel.com'],
          }),
        ]),
      },
      ids: [
        'tunnel-rule-without-dns:6ff42ae2-765d-4adf-8112-31c55c1551ef|shop.localplus.io',
      ],
    },
    {
      name: 'distinct rules',
      check: 'tunnel-rule-shadowed',
      estate: healthyEstate(),
      ids: [],
    },
    {
      name: 'a path rule after the host rule',
      check: 'tunnel-rule-shadowed',
      estate: withRules([
        shopRule,
        {
          hostname: 'shop.localplus.io',
          path: '^/admin',
          service: 'http://admin.shop.svc:80',
        },
      ]),
      ids: ['tunnel-rule-shadowed:6ff42ae2-765d-4adf-8112-31c55c1551ef|1'],
    },
    {
      name: 'a host rule after a wildcard rule',
      check: 'tunnel-rule-shadowed',
      estate: withRules([
        { hostname: '*.localplus.io', service: GATEWAY_SERVICE },
        shopRule,
      ]),
      ids: ['tunnel-rule-shadowed:6ff42ae2-765d-4adf-8112-31c55c1551ef|1'],
    },
    {
      name: 'an unanchored path regex that also matches the later path',
      check: 'tunnel-rule-shadowed',
      estate: withRules([
        {
          hostname: 'shop.localplus.io',
          path: 'api',
          service: GATEWAY_SERVICE,
        },
        {
          hostname: 'shop.localplus.io',
          path: '^/v1/api',
          service: 'http://v1.shop.svc:80',
        },
        shopRule,
      ]),
      ids: ['tunnel-rule-shadowed:6ff42ae2-765d-4adf-8112-31c55c1551ef|1'],
    },
    {
      name: 'a narrower path first, then the host rule',
      check: 'tunnel-rule-shadowed',
      estate: withRules([
        {
          hostname: 'shop.localplus.io',
          path: '^/admin',
          service: 'http://admin.shop.svc:80',
        },
        shopRule,
      ]),
      ids: [],
    },
  ])('$check: $name', ({ check, estate, ids }) => {
    const findings = indexOf(estate).findings({
      check: [check as FindingCheck],
    });
    expect(findings.map(f => f.id)).toEqual(ids);
  });

  it('reports the shadowed rule in the view of the entity it serves', () => {
    const index = indexOf(
      withRules([
        { hostname: '*.localplus.io', service: GATEWAY_SERVICE },
        shopRule,
      ]),
    );
    const view = index.view(SHOP)!;
    expect(
      view.tunnelRules.map(r => [r.position, r.wins, r.shadowedBy]),
    ).toEqual([
      [0, true, undefined],
      [1, false, 0],
    ]);
    expect(view.findings.map(f => f.check)).toContain('tunnel-rule-shadowed');
  });
});
