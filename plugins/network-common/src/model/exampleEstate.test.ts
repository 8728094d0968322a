import {
  exampleEstateBindings,
  exampleEstateSnapshot,
} from './__testUtils__/exampleEstate';
import { buildNetworkIndex } from './buildNetworkIndex';

// The estate a new user sees first (examples/gitops): the healthy services must read as healthy,
// and each deliberate fault must show up on the entity it hurts, and nowhere else.
describe('the example LOCAL-PLUS estate', () => {
  const index = buildNetworkIndex({
    snapshots: [exampleEstateSnapshot()],
    entities: exampleEstateBindings(),
    sourceStatus: [{ sourceId: 'gitops', state: 'declared', status: 'ok' }],
    options: {},
    now: new Date('2026-12-01T12:00:00.000Z'),
  });
  const ledger = index.view('component:default/svc-ledger')!;

  it('shows svc-ledger’s public chain, every hop ok and tied to its file', () => {
    const chain = ledger.chains.find(c => c.entry.kind === 'public-hostname')!;
    expect(chain.entry).toEqual({
      kind: 'public-hostname',
      name: 'api.localplus.io',
      path: '/v1/ledger',
    });
    expect(chain.verdict).toBe('ok');
    expect(
      chain.hops.map(h => [h.kind, h.verdict, h.object?.kind, h.object?.file]),
    ).toEqual([
      ['dns', 'ok', 'DNSRecord', 'platform/dns-public.yaml'],
      ['edge', 'ok', undefined, undefined],
      ['tunnel', 'ok', 'TunnelRule', 'platform/cloudflared.yaml'],
      ['gateway', 'ok', 'Gateway', 'platform/gateway.yaml'],
      ['route', 'ok', 'HTTPRoute', 'apps/svc-ledger/httproute.yaml'],
      ['service', 'ok', 'Service', 'apps/svc-ledger/workload.yaml'],
      [
        'policy',
        'ok',
        'CiliumNetworkPolicy',
        'apps/svc-ledger/ciliumnetworkpolicy.yaml',
      ],
    ]);
    expect(chain.hops[2].title).toContain(
      'api.localplus.io → https://cilium-gateway-public',
    );
    expect(chain.hops[3].title).toBe('Gateway platform/public https HTTPS:443');
    expect(chain.hops[4].title).toContain(
      'PathPrefix /v1/ledger → svc-ledger:8080',
    );
    expect(chain.hops[5].title).toBe('Service svc-ledger/svc-ledger:8080');
    expect(chain.hops.every(h => h.reason.length > 0)).toBe(true);
    expect(ledger.exposure).toBe('public');
  });

  it('names svc-ledger publicly, privately and in the cluster', () => {
    expect(ledger.names).toEqual({
      public: ['api.localplus.io'],
      private: ['svc-ledger.internal.localplus.io'],
      cluster: ['svc-ledger.svc-ledger.svc.cluster.local'],
    });
    expect(ledger.chains.map(c => c.entry.name)).toContain(
      'svc-ledger.internal.localplus.io',
    );
  });

  it('lists the Gateway, svc-payment and Prometheus among svc-ledger’s callers, as entities', () => {
    const callers = Object.fromEntries(ledger.callers.map(c => [c.peer, c]));
    expect(callers['entity:ingress']).toEqual(
      expect.objectContaining({
        entityRef: 'component:default/cilium-gateway',
        ports: 'TCP 8080,50051',
        verdict: 'allowed',
      }),
    );
    expect(callers['svc-payment/svc-payment[Deployment]']).toEqual(
      expect.objectContaining({
        entityRef: 'component:default/svc-payment',
        ports: 'TCP 50051',
      }),
    );
    expect(callers['platform/prometheus[Deployment]']).toEqual(
      expect.objectContaining({
        entityRef: 'component:default/prometheus',
        ports: 'TCP 8080',
      }),
    );
    expect(callers['entity:ingress'].allowedBy[0]).toContain(
      'CiliumNetworkPolicy svc-ledger/svc-ledger ingress[0]',
    );
    const callees = ledger.callees.map(c => `${c.peer} ${c.ports}`);
    expect(callees).toEqual(
      expect.arrayContaining([
        'svc-wallet/svc-wallet[Deployment] TCP 50051',
        '10.100.0.0-10.100.255.255 TCP 5432,6379,9092',
      ]),
    );
    expect(ledger.openTo).toEqual({ world: false, cluster: false });
  });

  it('lists svc-ledger’s policy with its default deny and rule summaries', () => {
    expect(ledger.policies).toHaveLength(1);
    expect(ledger.policies[0].defaultDeny).toEqual({
      ingress: true,
      egress: true,
    });
    expect(ledger.policies[0].rules[0]).toEqual({
      section: 'ingress',
      index: 0,
      summary: 'allow from entity ingress on TCP 8080,50051',
    });
    expect(
      ledger.tunnelRules.map(r => [r.position, r.hostname, r.wins]),
    ).toEqual([[2, 'api.localplus.io', true]]);
    expect(ledger.routes[0].parents[0]).toEqual(
      expect.objectContaining({
        effectiveHostnames: ['api.localplus.io'],
        listeners: ['https'],
        verdict: 'ok',
      }),
    );
  });

  it('finds exactly the deliberate faults, on the entities they hurt', () => {
    expect(
      index
        .findings({ severity: ['error', 'warning'] })
        .map(f => [f.check, f.entityRefs, f.id]),
    ).toEqual([
      [
        'gateway-blocked-by-policy',
        ['component:default/svc-merchant'],
        'gateway-blocked-by-policy:svc-merchant/svc-merchant:8080',
      ],
      [
        'dns-without-tunnel-rule',
        ['component:default/svc-payment'],
        'dns-without-tunnel-rule:pay.localplus.io',
      ],
      [
        'egress-without-dns',
        ['component:default/svc-notification'],
        'egress-without-dns:svc-notification/svc-notification',
      ],
    ]);
    expect(index.view('component:default/svc-merchant')!.exposure).toBe(
      'internal',
    );
    expect(
      index
        .view('component:default/svc-payment')!
        .chains.find(c => c.entry.name === 'pay.localplus.io')?.verdict,
    ).toBe('broken');
    expect(
      index
        .view('component:default/svc-notification')!
        .findings.map(f => f.check),
    ).toEqual(['egress-without-dns']);
    expect(ledger.findings).toEqual([]);
  });

  it('reads the estate without problems', () => {
    expect(index.problems).toEqual([]);
    expect(ledger.sources).toEqual([
      { sourceId: 'gitops', state: 'declared', status: 'ok' },
    ]);
    expect(ledger.builtAt).toBe('2026-12-01T12:00:00.000Z');
  });
});
