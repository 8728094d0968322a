import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  KubernetesObject,
  NetworkView,
  SourceStatus,
  SourcesResponse,
} from '@localplus/plugin-network-common';
import request from 'supertest';
import { networkPlugin } from './plugin';
import { eventually } from './__testUtils__/eventually';
import {
  exampleCatalogEntities,
  exampleGitOpsPath,
} from './__testUtils__/exampleEstate';
import {
  exampleLiveEstate,
  registryTxtValue,
  type LiveEstate,
} from './__testUtils__/liveEstate';
import {
  kubernetesTimeout,
  liveFaults,
  type LiveFault,
} from './__testUtils__/liveFaults';
import {
  LIVE_CLUSTER,
  startLiveServers,
  type LiveServers,
} from './__testUtils__/liveServers';

jest.setTimeout(90_000);

const KUBERNETES = `kubernetes:${LIVE_CLUSTER}`;
const LIVE_SOURCES = ['cloudflare', KUBERNETES, 'route53'];
/** `network.refresh.timeout`: long enough for the clients' retries, short enough for a test. */
const REFRESH_TIMEOUT_MS = 6_000;
const LEDGER = 'component:default/svc-ledger';

/**
 * external-dns publishes a TXT registry record beside every record it manages
 * (`cname-<name>`, its default `txt-prefix` of `%{record_type}-`), naming its own owner id.
 */
function withTxtRegistry(estate: LiveEstate): LiveEstate {
  const registry = (records: LiveEstate['publicRecords']) =>
    records.map(record => ({
      ...record,
      name: `${record.type.toLowerCase()}-${record.name}`,
      type: 'TXT',
      proxied: false,
      ttl: undefined,
      values: [registryTxtValue('localplus-eks', `crd/${record.name}`)],
    }));
  return {
    ...estate,
    publicRecords: [...estate.publicRecords, ...registry(estate.publicRecords)],
    privateRecords: [
      ...estate.privateRecords,
      ...registry(estate.privateRecords),
    ],
  };
}

describe('networkPlugin with live sources on loopback provider APIs', () => {
  let servers: LiveServers;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  const refresh = async () => {
    const res = await request(backend.server)
      .post('/api/network/refresh')
      .set('Authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
  };
  const statuses = async (): Promise<Map<string, SourceStatus>> => {
    const res = await request(backend.server).get('/api/network/sources');
    expect(res.status).toBe(200);
    const { items }: SourcesResponse = res.body;
    return new Map(items.map(s => [s.sourceId, s]));
  };
  const view = async (name: string): Promise<NetworkView> => {
    const res = await request(backend.server).get(
      `/api/network/entities/component/default/${name}/view`,
    );
    expect(res.status).toBe(200);
    return res.body;
  };
  const allOk = async () => {
    const now = await statuses();
    return [...now.values()].every(s => s.status === 'ok') ? now : undefined;
  };

  beforeAll(async () => {
    servers = await startLiveServers(
      withTxtRegistry(await exampleLiveEstate()),
    );
    backend = await startTestBackend({
      features: [
        networkPlugin,
        catalogServiceMock.factory({ entities: exampleCatalogEntities() }),
        mockServices.rootConfig.factory({
          data: servers.config({
            network: {
              gitops: { path: exampleGitOpsPath() },
              refresh: { timeout: { milliseconds: REFRESH_TIMEOUT_MS } },
            },
          }),
        }),
      ],
    });
    // the scheduler's first refresh runs on its own time; the watches start with the backend
    await eventually(allOk, { what: 'the first read of every source' });
  });

  afterAll(async () => {
    await backend?.stop();
    await servers?.close();
  });

  it('reads all four sources', async () => {
    const now = await statuses();
    expect([...now.keys()]).toEqual([
      'cloudflare',
      'gitops',
      KUBERNETES,
      'route53',
    ]);
    for (const status of now.values()) {
      expect(status).toMatchObject({ status: 'ok' });
      expect(status.lastError).toBeUndefined();
    }
    expect(now.get(KUBERNETES)?.counts?.objects).toBeGreaterThan(40);
    // the four public records and their TXT registry records
    expect(now.get('cloudflare')?.counts?.dnsRecords).toBe(10);
    // six private records, their registry records, the zone's SOA and NS
    expect(now.get('route53')?.counts?.dnsRecords).toBe(14);
  });

  it("builds svc-ledger's chain from the live objects, in sync with GitOps", async () => {
    const ledger = await view('svc-ledger');
    const chain = ledger.chains.find(c => c.entry.name === 'api.localplus.io');
    expect(chain?.hops.map(h => [h.kind, h.verdict, h.object?.source])).toEqual(
      [
        ['dns', 'ok', 'cloudflare'],
        ['edge', 'ok', undefined],
        ['tunnel', 'ok', KUBERNETES],
        ['gateway', 'ok', KUBERNETES],
        ['route', 'ok', KUBERNETES],
        ['service', 'ok', KUBERNETES],
        ['policy', 'ok', KUBERNETES],
      ],
    );
    const privateName = ledger.chains.find(
      c => c.entry.name === 'svc-ledger.internal.localplus.io',
    );
    expect(privateName?.hops[0].object?.source).toBe('route53');

    const driftKinds = ledger.drift.map(d => d.object.kind).sort();
    expect(driftKinds).toEqual(
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
      [KUBERNETES, 'ok'],
      ['route53', 'ok'],
    ]);
  });

  it('shows drift once a watched route changes in the cluster', async () => {
    const { kubernetes } = servers;
    const declared = kubernetes.get(
      'gateway.networking.k8s.io/v1',
      'HTTPRoute',
      'svc-ledger',
      'svc-ledger',
    )!;
    const withPort = (port: number): KubernetesObject => {
      const route = structuredClone(declared) as KubernetesObject & {
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
        const ledger = await view('svc-ledger');
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
    await eventually(
      async () =>
        routeDrift(await view('svc-ledger'))?.status === 'in-sync'
          ? true
          : undefined,
      { what: 'HTTPRoute svc-ledger/svc-ledger back in sync' },
    );
  });

  /*
   * Known bug (network-common, estate/mergeRecords.ts): the owner external-dns's TXT registry
   * names (its own owner id) overrides the owner the DNSEndpoint names (the entity), so with the
   * registry records external-dns writes by default, svc-payment loses its public name and the
   * estate's deliberate fault is reported on no entity. Turn into `it` once fixed.
   */
  it.failing(
    "keeps DNSEndpoint owners when external-dns's TXT registry names its own owner id",
    async () => {
      const payment = await view('svc-payment');
      expect(payment.chains.map(c => c.entry.name)).toContain(
        'pay.localplus.io',
      );
      expect(payment.findings.map(f => f.check)).toContain(
        'dns-without-tunnel-rule',
      );
      const ledger = await view('svc-ledger');
      expect(ledger.findings.map(f => f.check)).not.toContain(
        'record-without-owner',
      );
    },
  );

  /** The source failed, the others did not, and the view still serves its last good data. */
  async function expectDegraded(fault: LiveFault) {
    const now = await eventually(
      async () => {
        await refresh();
        const current = await statuses();
        return current.get(fault.sourceId)?.status === 'error'
          ? current
          : undefined;
      },
      { what: `${fault.sourceId} failing with ${fault.name}` },
    );
    const failed = now.get(fault.sourceId)!;
    expect(failed.lastError).toMatch(fault.lastError);
    expect(failed.lastSuccessAt).toBeDefined();
    for (const other of LIVE_SOURCES.filter(s => s !== fault.sourceId)) {
      expect(now.get(other)).toMatchObject({ status: 'ok' });
    }
    expect(now.get('gitops')).toMatchObject({ status: 'ok' });

    const ledger = await view('svc-ledger');
    expect(
      ledger.sources.find(s => s.sourceId === fault.sourceId),
    ).toMatchObject({ status: 'error', lastError: failed.lastError });
    const publicChain = ledger.chains.find(
      c => c.entry.name === 'api.localplus.io',
    );
    const privateChain = ledger.chains.find(
      c => c.entry.name === 'svc-ledger.internal.localplus.io',
    );
    expect(publicChain?.verdict).toBe('ok');
    // every source's facts are still there, the failed one's from its last good snapshot
    expect(publicChain?.hops[0].object?.source).toBe('cloudflare');
    expect(publicChain?.hops[4].object?.source).toBe(KUBERNETES);
    expect(privateChain?.hops[0].object?.source).toBe('route53');
  }

  it.each(liveFaults(REFRESH_TIMEOUT_MS).map(f => [f.sourceId, f.name, f]))(
    '%s failing with %s degrades that source only, and the view says so',
    async (_source, _name, fault) => {
      fault.inject(servers);
      await expectDegraded(fault);
      fault.clear(servers);
      await eventually(
        async () => {
          await refresh();
          return allOk();
        },
        { what: `${fault.sourceId} recovering from ${fault.name}` },
      );
    },
  );

  // last: the hung list holds the informer until its own 30 s list timeout, so no recovery here
  it(`${KUBERNETES} failing with a timeout degrades that source only, and the view says so`, async () => {
    const fault = kubernetesTimeout(REFRESH_TIMEOUT_MS);
    fault.inject(servers);
    await expectDegraded(fault);
  });
});
