import type {
  KubernetesObject,
  NetworkView,
} from '@localplus/plugin-network-common';
import { eventually } from './__testUtils__/eventually';
import {
  KUBERNETES_SOURCE,
  startLiveBackend,
  type LiveBackend,
} from './__testUtils__/liveBackend';

jest.setTimeout(60_000);

describe('networkPlugin with live sources on loopback provider APIs', () => {
  let live: LiveBackend;

  beforeAll(async () => {
    live = await startLiveBackend({ refreshTimeoutMs: 6_000 });
  });
  afterAll(() => live?.stop());

  it('reads all four sources', async () => {
    const now = await live.statuses();
    expect(
      [...now.values()].map(s => [s.sourceId, s.status, s.lastError]),
    ).toEqual([
      ['cloudflare', 'ok', undefined],
      ['gitops', 'ok', undefined],
      [KUBERNETES_SOURCE, 'ok', undefined],
      ['route53', 'ok', undefined],
    ]);
    expect(now.get(KUBERNETES_SOURCE)?.counts?.objects).toBeGreaterThan(40);
    // five public records (four of the platform's, svc-payment's) and their TXT registry records
    expect(now.get('cloudflare')?.counts?.dnsRecords).toBe(10);
    // six private records, their registry records, the zone's SOA and NS
    expect(now.get('route53')?.counts?.dnsRecords).toBe(14);
  });

  it("builds svc-ledger's chain from the live objects, in sync with GitOps", async () => {
    const ledger = await live.view('svc-ledger');
    const chain = ledger.chains.find(c => c.entry.name === 'api.localplus.io');
    expect(chain?.hops.map(h => [h.kind, h.verdict, h.object?.source])).toEqual(
      [
        ['dns', 'ok', 'cloudflare'],
        ['edge', 'ok', undefined],
        ['tunnel', 'ok', KUBERNETES_SOURCE],
        ['gateway', 'ok', KUBERNETES_SOURCE],
        ['route', 'ok', KUBERNETES_SOURCE],
        ['service', 'ok', KUBERNETES_SOURCE],
        ['policy', 'ok', KUBERNETES_SOURCE],
      ],
    );
    const privateName = ledger.chains.find(
      c => c.entry.name === 'svc-ledger.internal.localplus.io',
    );
    expect(privateName?.hops[0].object?.source).toBe('route53');

    expect(ledger.drift.map(d => d.object.kind)).toEqual(
      expect.arrayContaining([
        'CiliumNetworkPolicy',
        'DNSRecord',
        'Deployment',
        'HTTPRoute',
        'Service',
      ]),
    );
    expect(ledger.drift.filter(d => d.status !== 'in-sync')).toEqual([]);
    expect(ledger.sources.map(s => [s.sourceId, s.status])).toEqual([
      ['cloudflare', 'ok'],
      ['gitops', 'ok'],
      [KUBERNETES_SOURCE, 'ok'],
      ['route53', 'ok'],
    ]);
  });

  it('shows drift once a watched route changes in the cluster', async () => {
    const { kubernetes } = live.servers;
    // the current version each time: the API server refuses a write from a stale resourceVersion
    const withPort = (port: number): KubernetesObject => {
      const route = kubernetes.get(
        'gateway.networking.k8s.io/v1',
        'HTTPRoute',
        'svc-ledger',
        'svc-ledger',
      ) as KubernetesObject & {
        spec: { rules: Array<{ backendRefs: Array<{ port: number }> }> };
      };
      route.spec.rules[0].backendRefs[0].port = port;
      return route;
    };
    const routeDrift = (ledger: NetworkView) =>
      ledger.drift.find(
        d => d.object.kind === 'HTTPRoute' && d.object.name === 'svc-ledger',
      );

    // someone edits the route by hand; no refresh is asked for, the watch must carry it
    kubernetes.put(withPort(8081), { manager: 'kubectl-edit' });
    const drifted = await eventually(
      async () => {
        const ledger = await live.view('svc-ledger');
        return routeDrift(ledger)?.status === 'drifted' ? ledger : undefined;
      },
      { what: 'drift on HTTPRoute svc-ledger/svc-ledger' },
    );
    expect(routeDrift(drifted)?.differences).toEqual([
      'spec.rules[0].backendRefs[0].port',
    ]);
    // the chain follows what serves traffic: the live route, whose port the Service lacks
    const route = drifted.routes.find(r => r.object.name === 'svc-ledger');
    expect(route?.rules[0].backends[0]).toMatchObject({
      port: 8081,
      resolved: false,
    });

    kubernetes.put(withPort(8080), { manager: 'argocd-controller' });
    const synced = await eventually(
      async () => {
        const ledger = await live.view('svc-ledger');
        return routeDrift(ledger)?.status === 'in-sync' ? ledger : undefined;
      },
      { what: 'HTTPRoute svc-ledger/svc-ledger back in sync' },
    );
    expect(synced.chains[0].verdict).toBe('ok');
  });

  // external-dns's TXT registry names its own owner id; the entity comes from the DNSEndpoint.
  it("keeps DNSEndpoint owners when external-dns's TXT registry names its own owner id", async () => {
    const payment = await live.view('svc-payment');
    expect(payment.chains.map(c => c.entry.name)).toContain('pay.localplus.io');
    expect(payment.findings.map(f => f.check)).toContain(
      'dns-without-tunnel-rule',
    );
    const ledger = await live.view('svc-ledger');
    expect(ledger.findings.map(f => f.check)).not.toContain(
      'record-without-owner',
    );
  });
});
