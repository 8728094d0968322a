import {
  SHOP,
  cnp,
  healthyEstate,
  httpRoute,
  indexOf,
} from '../__testUtils__/estateBuilder';

const fromPlatform = cnp('shop', 'shop', {
  endpointSelector: { matchLabels: { 'app.kubernetes.io/name': 'shop' } },
  ingress: [
    {
      fromEndpoints: [
        { matchLabels: { 'io.kubernetes.pod.namespace': 'platform' } },
      ],
      toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
    },
  ],
});
const adminRoute = httpRoute('shop', 'shop', {
  hostnames: ['shop.localplus.io'],
  rules: [
    {
      matches: [{ path: { type: 'PathPrefix', value: '/admin' } }],
      backendRefs: [{ name: 'shop', port: 8080 }],
    },
  ],
});

describe('findings from the public chain', () => {
  it.each([
    {
      name: 'the Gateway identity is allowed',
      estate: healthyEstate(),
      extras: {},
      checks: [],
    },
    {
      name: 'the policy lets in the platform namespace instead of the Gateway',
      estate: { ...healthyEstate(), policy: fromPlatform },
      extras: {},
      checks: [['gateway-blocked-by-policy', 'error']],
    },
    {
      name: 'an admin path behind Access',
      estate: { ...healthyEstate(), route: adminRoute },
      extras: {
        accessApplications: [
          {
            id: '1',
            name: 'admin',
            domains: ['shop.localplus.io/admin'],
            type: 'self_hosted',
            origin: { source: 'cloudflare' },
          },
        ],
      },
      checks: [],
    },
    {
      name: 'an admin path without Access',
      estate: { ...healthyEstate(), route: adminRoute },
      extras: { accessApplications: [] },
      checks: [['admin-path-without-access', 'error']],
    },
    {
      name: 'an admin path, Access not read',
      estate: { ...healthyEstate(), route: adminRoute },
      extras: {},
      checks: [['admin-path-without-access', 'warning']],
    },
  ])('$name', ({ estate, extras, checks }) => {
    const index = indexOf(estate, extras);
    const found = index
      .findings({
        check: ['gateway-blocked-by-policy', 'admin-path-without-access'],
      })
      .map(f => [f.check, f.severity]);
    expect(found).toEqual(checks);
    expect(index.view(SHOP)!.findings.map(f => [f.check, f.severity])).toEqual(
      expect.arrayContaining(checks),
    );
  });

  it('names the route and the policy that drops the Gateway, with a fix', () => {
    const [finding] = indexOf({
      ...healthyEstate(),
      policy: fromPlatform,
    }).findings({ check: ['gateway-blocked-by-policy'] });
    expect(
      finding.objects.map(o => `${o.kind} ${o.namespace}/${o.name}`),
    ).toEqual(['HTTPRoute shop/shop', 'CiliumNetworkPolicy shop/shop']);
    expect(finding.fixHint).toContain('fromEntities: [ingress]');
    expect(finding.entityRefs).toEqual([SHOP]);
  });
});
