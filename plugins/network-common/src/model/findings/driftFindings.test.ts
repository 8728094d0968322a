import {
  SHOP,
  cnp,
  healthyEstate,
  httpRoute,
  indexOf,
  live,
  publicRecord,
  TUNNEL_ID,
} from '../__testUtils__/estateBuilder';
import type { KubernetesObject } from '../sources';

const declaredEstate = healthyEstate();

/** The cluster as the Kubernetes source sees it: server noise everywhere, one port changed. */
function liveObjects(): KubernetesObject[] {
  const noisy = (o: KubernetesObject): KubernetesObject => ({
    ...o,
    metadata: {
      ...o.metadata,
      resourceVersion: '7',
      uid: 'x',
      generation: 2,
      managedFields: [],
    },
  });
  const route = httpRoute('shop', 'shop', {
    hostnames: ['shop.localplus.io'],
    rules: [
      {
        matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
        backendRefs: [{ name: 'shop', port: 9090 }],
      },
    ],
  });
  return [
    noisy(declaredEstate.service),
    noisy(route),
    noisy(declaredEstate.gateway),
    noisy({
      ...cnp('shop', 'debug', {
        endpointSelector: {},
        ingress: [{ fromEntities: ['world'] }],
      }),
      metadata: {
        name: 'debug',
        namespace: 'shop',
        labels: { 'backstage.io/kubernetes-id': 'shop' },
      },
    }),
  ];
}

describe('declared vs live', () => {
  const index = indexOf(declaredEstate, { snapshots: [live(liveObjects())] });
  const view = index.view(SHOP)!;

  it('uses the live object for the chain', () => {
    const chain = view.chains.find(c => c.entry.path === '/api')!;
    expect(chain.hops.find(h => h.kind === 'route')?.reason).toContain(
      'has no port 9090',
    );
    expect(chain.hops.find(h => h.kind === 'route')?.object?.source).toBe(
      'kubernetes:prod',
    );
  });

  it('reports per object: in sync, drifted with field paths, declared-only, live-only', () => {
    const byName = Object.fromEntries(
      view.drift.map(d => [`${d.object.kind}/${d.object.name}`, d]),
    );
    expect(byName['Service/shop']).toEqual(
      expect.objectContaining({ status: 'in-sync', differences: [] }),
    );
    expect(byName['HTTPRoute/shop']).toEqual(
      expect.objectContaining({
        status: 'drifted',
        differences: ['spec.rules[0].backendRefs[0].port'],
      }),
    );
    // The live source lists CiliumNetworkPolicies, and shop's is not among them.
    expect(byName['CiliumNetworkPolicy/shop'].status).toBe('declared-only');
    // It lists no Deployments at all: no verdict on those.
    expect(byName['Deployment/shop']).toBeUndefined();
    expect(byName['HTTPRoute/shop'].object).toEqual(
      expect.objectContaining({ source: 'gitops', file: 'HTTPRoute.yaml' }),
    );
  });

  it('raises drift findings for drifted and missing objects, not for in-sync ones', () => {
    const drift = index.findings({ check: ['drift'], entityRef: [SHOP] });
    expect(drift.map(f => [f.severity, f.message])).toEqual(
      expect.arrayContaining([
        [
          'warning',
          'HTTPRoute shop/shop differs from GitOps in spec.rules[0].backendRefs[0].port',
        ],
        [
          'warning',
          'CiliumNetworkPolicy shop/shop is declared in GitOps but missing from the live state',
        ],
      ]),
    );
    expect(drift.some(f => f.message.startsWith('Service'))).toBe(false);
  });

  it('reports objects created by hand, owned by an entity, as live-only', () => {
    const debug = index
      .findings({ check: ['drift'] })
      .find(f => f.message.includes('CiliumNetworkPolicy shop/debug'));
    expect(debug).toEqual(
      expect.objectContaining({ severity: 'info', entityRefs: [SHOP] }),
    );
  });

  it('reports nothing without a live source', () => {
    expect(indexOf(declaredEstate).view(SHOP)!.drift).toEqual([]);
    expect(indexOf(declaredEstate).findings({ check: ['drift'] })).toEqual([]);
  });

  it('compares declared DNS records with what the provider serves', () => {
    const records = [
      publicRecord(
        'shop.internal.localplus.io',
        ['old.shop.svc.cluster.local'],
        {
          zone: 'internal.localplus.io',
          visibility: 'private',
          provider: 'route53',
          origin: { source: 'route53' },
        },
      ),
    ];
    const dnsView = indexOf(declaredEstate, { records }).view(SHOP)!;
    expect(dnsView.drift).toEqual([
      expect.objectContaining({
        status: 'drifted',
        differences: ['values'],
        object: expect.objectContaining({
          kind: 'DNSRecord',
          source: 'gitops',
        }),
      }),
    ]);
    const chain = dnsView.chains.find(c => c.entry.kind === 'private-name')!;
    expect(chain.hops[1].reason).toContain('Service shop/old does not exist');
  });

  it('compares a declared tunnel with the configuration Cloudflare serves', () => {
    const tunnels = [
      {
        tunnelId: TUNNEL_ID,
        management: 'remote' as const,
        rules: [
          {
            hostname: 'shop.localplus.io',
            service: 'http://shop.shop.svc:8080',
            position: 0,
          },
          { service: 'http_status:404', position: 1 },
        ],
        origin: { source: 'cloudflare' },
      },
    ];
    const tunnelIndex = indexOf(declaredEstate, { tunnels });
    expect(
      tunnelIndex.findings({ check: ['drift'] }).map(f => f.message),
    ).toEqual([
      `TunnelConfiguration ${TUNNEL_ID} differs from GitOps in rules[0].service`,
    ]);
  });
});
