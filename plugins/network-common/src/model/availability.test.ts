import {
  GATEWAY_SERVICE,
  SHOP,
  dnsEndpoint,
  healthyEstate,
  indexOf,
  tunnelConfigMap,
} from './__testUtils__/estateBuilder';
import type { AvailabilityRequest } from '../api';

const CART = 'component:default/cart';

function estate() {
  return {
    ...healthyEstate(),
    tunnel: tunnelConfigMap([
      { hostname: 'shop.localplus.io', service: GATEWAY_SERVICE },
      {
        hostname: 'status.localplus.io',
        service: 'http://shop.shop.svc.cluster.local:8080',
      },
      {
        hostname: 'docs.localplus.io',
        path: '^/internal',
        service: 'http://shop.shop.svc.cluster.local:8080',
      },
      { service: 'http_status:404' },
    ]),
    legacy: dnsEndpoint(
      'shop',
      'legacy',
      'localplus.io',
      [
        {
          dnsName: 'legacy.localplus.io',
          recordType: 'A',
          targets: ['203.0.113.5'],
        },
      ],
      'nobody',
    ),
  };
}

describe('checkAvailability', () => {
  const index = indexOf(estate());

  it.each<{ name: string; request: AvailabilityRequest; conflicts: string[] }>([
    {
      name: 'a free hostname',
      request: { hostname: 'cart.localplus.io', path: '/api', entityRef: CART },
      conflicts: [],
    },
    {
      name: 'a free path on a shared host',
      request: {
        hostname: 'shop.localplus.io',
        path: '/cart',
        entityRef: CART,
      },
      conflicts: [],
    },
    {
      name: 'a path another entity routes',
      request: { hostname: 'shop.localplus.io', path: '/api', entityRef: CART },
      conflicts: ['already routed by HTTPRoute shop/shop (PathPrefix /api'],
    },
    {
      name: 'a path inside another entity’s prefix',
      request: {
        hostname: 'shop.localplus.io',
        path: '/api/cart',
        entityRef: CART,
      },
      conflicts: ['already routed by HTTPRoute shop/shop'],
    },
    {
      name: 'a path that only shares characters',
      request: {
        hostname: 'shop.localplus.io',
        path: '/apis',
        entityRef: CART,
      },
      conflicts: [],
    },
    {
      name: 'the asker’s own route',
      request: { hostname: 'shop.localplus.io', path: '/api', entityRef: SHOP },
      conflicts: [],
    },
    {
      name: 'a tunnel hostname served straight to a Service',
      request: { hostname: 'status.localplus.io', entityRef: CART },
      conflicts: [
        'tunnel hostname status.localplus.io is already served by rule #1',
      ],
    },
    {
      name: 'a path an earlier tunnel rule would take',
      request: {
        hostname: 'docs.localplus.io',
        path: '/internal/x',
        entityRef: CART,
      },
      conflicts: ['would be shadowed by rule #2'],
    },
    {
      name: 'a path the earlier rule leaves free',
      request: {
        hostname: 'docs.localplus.io',
        path: '/public',
        entityRef: CART,
      },
      conflicts: [],
    },
    {
      name: 'a hostname outside the public zones',
      request: { hostname: 'cart.example.org' },
      conflicts: ['outside the public zones (localplus.io)'],
    },
    {
      name: 'a public name held by a record no one we know owns',
      request: { hostname: 'legacy.localplus.io', entityRef: CART },
      conflicts: [
        'DNS name legacy.localplus.io already exists (A → 203.0.113.5) and is owned by nobody',
      ],
    },
    {
      name: 'a free private name',
      request: { dnsName: 'cart.internal.localplus.io', entityRef: CART },
      conflicts: [],
    },
    {
      name: 'a private name another entity owns',
      request: { dnsName: 'Shop.Internal.LocalPlus.io.', entityRef: CART },
      conflicts: ['owned by component:default/shop'],
    },
    {
      name: 'the asker’s own private name',
      request: { dnsName: 'shop.internal.localplus.io', entityRef: SHOP },
      conflicts: [],
    },
    {
      name: 'a private name outside the private zones',
      request: { dnsName: 'cart.localplus.io' },
      conflicts: ['outside the private zones (internal.localplus.io)'],
    },
  ])('$name', ({ request, conflicts }) => {
    const result = index.checkAvailability(request);
    expect(result.available).toBe(conflicts.length === 0);
    expect(result.conflicts).toHaveLength(conflicts.length);
    conflicts.forEach((text, i) =>
      expect(result.conflicts[i].reason).toContain(text),
    );
  });

  it('names the object and the entity behind a conflict', () => {
    const [conflict] = index.checkAvailability({
      hostname: 'shop.localplus.io',
      path: '/api',
      entityRef: CART,
    }).conflicts;
    expect(conflict.entityRef).toBe(SHOP);
    expect(conflict.object).toEqual(
      expect.objectContaining({
        kind: 'HTTPRoute',
        namespace: 'shop',
        name: 'shop',
        file: 'HTTPRoute.yaml',
      }),
    );
  });
});
