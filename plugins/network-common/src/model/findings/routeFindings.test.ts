import {
  SHOP,
  gateway,
  healthyEstate,
  httpRoute,
  indexOf,
  namespace,
} from '../__testUtils__/estateBuilder';
import type { KubernetesObject } from '../sources';
import type { FindingCheck } from '../view';

const route = (spec: Record<string, unknown>) =>
  httpRoute('shop', 'shop', {
    hostnames: ['shop.localplus.io'],
    rules: [{ backendRefs: [{ name: 'shop', port: 8080 }] }],
    ...spec,
  });

const referenceGrant: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1beta1',
  kind: 'ReferenceGrant',
  metadata: { name: 'from-web', namespace: 'shop' },
  spec: {
    from: [
      {
        group: 'gateway.networking.k8s.io',
        kind: 'HTTPRoute',
        namespace: 'web',
      },
    ],
    to: [{ group: '', kind: 'Service' }],
  },
};

describe('route findings', () => {
  it.each([
    {
      name: 'attached route',
      check: 'route-not-accepted',
      estate: healthyEstate(),
      ids: [],
    },
    {
      name: 'hostname outside every listener',
      check: 'route-not-accepted',
      estate: {
        ...healthyEstate(),
        route: route({ hostnames: ['shop.example.org'] }),
      },
      ids: ['route-not-accepted:shop/shop|platform/public/https'],
    },
    {
      name: 'section name that does not exist',
      check: 'route-not-accepted',
      estate: {
        ...healthyEstate(),
        route: route({
          parentRefs: [
            { name: 'public', namespace: 'platform', sectionName: 'http' },
          ],
        }),
      },
      ids: ['route-not-accepted:shop/shop|platform/public/http'],
    },
    {
      name: 'Gateway missing',
      check: 'route-not-accepted',
      estate: { ...healthyEstate(), gateway: undefined },
      ids: ['route-not-accepted:shop/shop|platform/public/https'],
    },
    {
      name: 'listener for TLS passthrough only',
      check: 'route-not-accepted',
      estate: {
        ...healthyEstate(),
        gateway: gateway([
          {
            name: 'https',
            protocol: 'TLS',
            port: 443,
            allowedRoutes: { namespaces: { from: 'All' } },
          },
        ]),
      },
      ids: ['route-not-accepted:shop/shop|platform/public/https'],
    },
    {
      name: 'backends exist',
      check: 'route-backend-missing',
      estate: healthyEstate(),
      ids: [],
    },
    {
      name: 'Service missing',
      check: 'route-backend-missing',
      estate: {
        ...healthyEstate(),
        route: route({
          rules: [{ backendRefs: [{ name: 'shop-v2', port: 8080 }] }],
        }),
      },
      ids: ['route-backend-missing:shop/shop|0|shop/shop-v2:8080'],
    },
    {
      name: 'port missing',
      check: 'route-backend-missing',
      estate: {
        ...healthyEstate(),
        route: route({
          rules: [{ backendRefs: [{ name: 'shop', port: 80 }] }],
        }),
      },
      ids: ['route-backend-missing:shop/shop|0|shop/shop:80'],
    },
    {
      name: 'cross-namespace backend without ReferenceGrant',
      check: 'route-backend-missing',
      estate: {
        ...healthyEstate(),
        web: namespace('web'),
        webRoute: httpRoute('web', 'web', {
          hostnames: ['web.localplus.io'],
          rules: [
            { backendRefs: [{ name: 'shop', namespace: 'shop', port: 8080 }] },
          ],
        }),
      },
      ids: ['route-backend-missing:web/web|0|shop/shop:8080'],
    },
    {
      name: 'cross-namespace backend with a ReferenceGrant',
      check: 'route-backend-missing',
      estate: {
        ...healthyEstate(),
        web: namespace('web'),
        grant: referenceGrant,
        webRoute: httpRoute('web', 'web', {
          hostnames: ['web.localplus.io'],
          rules: [
            { backendRefs: [{ name: 'shop', namespace: 'shop', port: 8080 }] },
          ],
        }),
      },
      ids: [],
    },
  ])('$check: $name', ({ check, estate, ids }) => {
    const findings = indexOf(estate).findings({
      check: [check as FindingCheck],
    });
    expect(findings.map(f => f.id)).toEqual(ids);
    for (const finding of findings.filter(f => f.id.includes('shop/shop|'))) {
      expect(finding.entityRefs).toEqual([SHOP]);
    }
  });

  it('marks the unresolved backend in the route view', () => {
    const view = indexOf({
      ...healthyEstate(),
      route: route({ rules: [{ backendRefs: [{ name: 'shop', port: 80 }] }] }),
    }).view(SHOP)!;
    expect(view.routes[0].rules[0].backends).toEqual([
      {
        kind: 'Service',
        namespace: 'shop',
        name: 'shop',
        port: 80,
        resolved: false,
      },
    ]);
    expect(view.routes[0].parents[0]).toEqual(
      expect.objectContaining({
        listeners: ['https'],
        effectiveHostnames: ['shop.localplus.io'],
        verdict: 'ok',
      }),
    );
  });
});
