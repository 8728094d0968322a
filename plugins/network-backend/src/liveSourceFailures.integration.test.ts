import type {
  NetworkView,
  SourceStatus,
} from '@localplus/plugin-network-common';
import { eventually } from './__testUtils__/eventually';
import {
  KUBERNETES_SOURCE,
  LIVE_SOURCES,
  startLiveBackend,
  type LiveBackend,
} from './__testUtils__/liveBackend';
import {
  KUBERNETES_LIST_TIMEOUT_MS,
  kubernetesTimeout,
  liveFaults,
  type LiveFault,
} from './__testUtils__/liveFaults';

jest.setTimeout(120_000);

/** `network.refresh.timeout`: long enough for the clients' retries, short enough for a test. */
const REFRESH_TIMEOUT_MS = 6_000;
const K = KUBERNETES_SOURCE;

/** What the view says of the failed source, and where its chains' facts come from. */
function servedBy(ledger: NetworkView, sourceId: string) {
  const chain = (name: string) =>
    ledger.chains.find(c => c.entry.name === name);
  const failed = ledger.sources.find(s => s.sourceId === sourceId);
  return {
    failedSource: { status: failed?.status, lastError: failed?.lastError },
    publicChain: {
      verdict: chain('api.localplus.io')?.verdict,
      hopSources: chain('api.localplus.io')?.hops.map(h => h.object?.source),
    },
    privateNameSource: chain('svc-ledger.internal.localplus.io')?.hops[0].object
      ?.source,
  };
}

/** Every source's facts are still there, the failed one's from its last good snapshot. */
const fromLastGoodSnapshots = (failed: SourceStatus) => ({
  failedSource: { status: 'error', lastError: failed.lastError },
  publicChain: {
    verdict: 'ok',
    hopSources: ['cloudflare', undefined, K, K, K, K, K],
  },
  privateNameSource: 'route53',
});

const othersOk = (sourceId: string) =>
  Object.fromEntries(
    ['gitops', ...LIVE_SOURCES].filter(s => s !== sourceId).map(s => [s, 'ok']),
  );

describe('a failing live source', () => {
  let live: LiveBackend;

  beforeAll(async () => {
    live = await startLiveBackend({ refreshTimeoutMs: REFRESH_TIMEOUT_MS });
  });
  afterAll(() => live?.stop());

  /** Refreshes until the source reports the failure; then what the API says. */
  async function degrade(fault: LiveFault, timeoutMs?: number) {
    const now = await eventually(
      async () => {
        await live.refresh();
        const current = await live.statuses();
        return current.get(fault.sourceId)?.status === 'error'
          ? current
          : undefined;
      },
      { what: `${fault.sourceId} failing with ${fault.name}`, timeoutMs },
    );
    const others = Object.fromEntries(
      [...now.values()]
        .filter(s => s.sourceId !== fault.sourceId)
        .map(s => [s.sourceId, s.status]),
    );
    const ledger = await live.view('svc-ledger');
    return { failed: now.get(fault.sourceId)!, others, ledger };
  }

  it.each(liveFaults(REFRESH_TIMEOUT_MS).map(f => [f.sourceId, f.name, f]))(
    '%s failing with %s degrades that source only, and the view says so',
    async (_source, _name, fault) => {
      fault.inject(live.servers);
      const { failed, others, ledger } = await degrade(fault);
      expect(failed.lastError).toMatch(fault.lastError);
      expect(failed.lastSuccessAt).toBeDefined();
      expect(others).toEqual(othersOk(fault.sourceId));
      expect(servedBy(ledger, fault.sourceId)).toEqual(
        fromLastGoodSnapshots(failed),
      );

      fault.clear(live.servers);
      await eventually(
        async () => {
          await live.refresh();
          return live.allOk();
        },
        { what: `${fault.sourceId} recovering from ${fault.name}` },
      );
    },
  );

  // last: the hung list holds the informer until its own list timeout, so no recovery here
  it(`${K} failing with a timeout degrades that source only, and the view says so`, async () => {
    const fault = kubernetesTimeout(REFRESH_TIMEOUT_MS);
    fault.inject(live.servers);
    const { failed, others, ledger } = await degrade(
      fault,
      KUBERNETES_LIST_TIMEOUT_MS + 3 * REFRESH_TIMEOUT_MS,
    );
    expect(failed.lastError).toMatch(fault.lastError);
    expect(others).toEqual(othersOk(fault.sourceId));
    expect(servedBy(ledger, fault.sourceId)).toEqual(
      fromLastGoodSnapshots(failed),
    );
  });
});
