import {
  SHOP,
  cnp,
  dnsEndpoint,
  healthyEstate,
  indexOf,
} from '../__testUtils__/estateBuilder';
import type { KubernetesObject } from '../sources';

type Estate = Record<string, KubernetesObject | undefined>;

const privateChain = (estate: Estate) =>
  indexOf(estate)
    .view(SHOP)!
    .chains.find(c => c.entry.kind === 'private-name');

const privateRecord = (zone: string, record: Record<string, unknown>) =>
  dnsEndpoint('shop', 'shop', zone, [
    {
      dnsName: 'shop.internal.localplus.io',
      recordType: 'CNAME',
      targets: ['shop.shop.svc.cluster.local'],
      ...record,
    },
  ]);

describe('private exposure chain', () => {
  it.each([
    {
      name: 'policy restricts ingress to named callers',
      estate: healthyEstate(),
      hops: [
        ['dns', 'ok'],
        ['service', 'ok'],
        ['policy', 'unknown'],
      ],
      reason: 'limited to 2 allowed callers (entity:host, entity:ingress)',
    },
    {
      name: 'no ingress policy: any pod may connect',
      estate: { ...healthyEstate(), policy: undefined },
      hops: [
        ['dns', 'ok'],
        ['service', 'ok'],
        ['policy', 'ok'],
      ],
      reason: 'any pod of the cluster may connect',
    },
    {
      name: 'policy opens ingress to the cluster entity',
      estate: {
        ...healthyEstate(),
        policy: cnp('shop', 'shop', {
          endpointSelector: {},
          ingress: [{ fromEntities: ['cluster'] }],
        }),
      },
      hops: [
        ['dns', 'ok'],
        ['service', 'ok'],
        ['policy', 'ok'],
      ],
      reason: 'any pod of the cluster may connect',
    },
    {
      name: 'the name is published in the public zone',
      estate: {
        ...healthyEstate(),
        privateDns: privateRecord('localplus.io', {}),
      },
      hops: [
        ['dns', 'broken'],
        ['service', 'ok'],
        ['policy', 'unknown'],
      ],
      reason: 'published in the public zone localplus.io',
    },
    {
      name: 'the target Service does not exist',
      estate: {
        ...healthyEstate(),
        privateDns: privateRecord('internal.localplus.io', {
          targets: ['gone.shop.svc.cluster.local'],
        }),
      },
      hops: [
        ['dns', 'ok'],
        ['service', 'broken'],
        ['policy', 'unknown'],
      ],
      reason: 'Service shop/gone does not exist',
    },
    {
      name: 'the record points at an address',
      estate: {
        ...healthyEstate(),
        privateDns: privateRecord('internal.localplus.io', {
          recordType: 'A',
          targets: ['10.0.3.4'],
        }),
      },
      hops: [
        ['dns', 'ok'],
        ['service', 'unknown'],
      ],
      reason: 'not a cluster Service name',
    },
  ])('$name', ({ estate, hops, reason }) => {
    const chain = privateChain(estate)!;
    expect(chain.entry).toEqual({
      kind: 'private-name',
      name: 'shop.internal.localplus.io',
    });
    expect(chain.hops.map(h => [h.kind, h.verdict])).toEqual(hops);
    expect(chain.hops.map(h => h.reason).join(' ')).toContain(reason);
  });

  it('makes an entity with only a private name internal', () => {
    const view = indexOf({
      ...healthyEstate(),
      route: undefined,
      policy: undefined,
    }).view(SHOP)!;
    expect(view.exposure).toBe('internal');
    expect(view.names.private).toEqual(['shop.internal.localplus.io']);
  });

  it('makes an entity without names none', () => {
    const view = indexOf({
      ...healthyEstate(),
      route: undefined,
      privateDns: undefined,
    }).view(SHOP)!;
    expect(view.exposure).toBe('none');
    expect(view.chains).toEqual([]);
  });
});
