import { KubernetesApiServer } from '../../testing/kubernetesApiServer';
import { eventually } from './__testUtils__/loopbackCluster';
import { createIngest } from './ingest';
import { createKubeConfig } from './kubeConfig';
import { KubernetesApiError } from './listObjects';
import { ResourceInformer } from './ResourceInformer';
import { WATCHED_KINDS, collectionPath } from './watchedKinds';

const NAMESPACES = '/api/v1/namespaces';
const namespaceKind = WATCHED_KINDS.find(k => k.kind === 'Namespace')!;
const namespace = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name },
});

describe('ResourceInformer', () => {
  let server: KubernetesApiServer;
  let informer: ResourceInformer | undefined;
  let changes: number;

  beforeEach(async () => {
    server = await KubernetesApiServer.start({
      objects: [namespace('svc-ledger'), namespace('svc-wallet')],
    });
    changes = 0;
  });

  afterEach(async () => {
    await informer?.stop();
    await server.close();
  });

  function start(path = NAMESPACES, kind = namespaceKind) {
    informer = new ResourceInformer({
      kc: createKubeConfig({
        name: 'loopback',
        url: server.url,
        serviceAccountToken: server.token,
        skipTLSVerify: true,
      }),
      path,
      ingest: createIngest(kind, { key: 'config.yaml' }),
      onChange: () => changes++,
      listTimeoutMs: 5000,
      retryDelayMs: { initial: 20, max: 40 },
    });
    return informer;
  }

  it('lands the first list without reporting its objects as changes', async () => {
    const cache = start();
    expect(await cache.refresh()).toEqual({ state: 'synced' });
    expect(cache.state).toBe('synced');
    expect(
      cache
        .objects()
        .map(o => o.metadata.name)
        .sort(),
    ).toEqual(['svc-ledger', 'svc-wallet']);
    expect(changes).toBe(0);

    await eventually(() => server.openWatchCount === 1);
    server.put(namespace('svc-payment'));
    await eventually(() => changes === 1);
    expect(cache.objects()).toHaveLength(3);
  });

  it('marks a kind the server does not serve as missing, and looks again on the next refresh', async () => {
    const cnp = WATCHED_KINDS.find(k => k.kind === 'CiliumNetworkPolicy')!;
    const path = collectionPath(cnp).replace(
      'ciliumnetworkpolicies',
      'ciliumnotpolicies',
    );
    const cache = start(path, cnp);
    const outcome = await cache.refresh();
    expect(outcome.state).toBe('missing');
    expect(outcome.error).toBeInstanceOf(KubernetesApiError);
    expect(cache.hasSynced).toBe(false);

    expect((await cache.refresh()).state).toBe('missing');
    expect(server.countRequests(path, { watch: false })).toBe(2);
  });

  it('retries a failed list with backoff until it lands', async () => {
    server.injectFault({
      path: NAMESPACES,
      type: 'status',
      status: 503,
      times: 2,
    });
    const cache = start();
    const outcome = await cache.refresh();
    expect(outcome.state).toBe('failed');
    expect(outcome.error?.message).toContain('answered 503');

    await eventually(() => cache.state === 'synced');
    expect(server.countRequests(NAMESPACES, { watch: false })).toBe(3);
    expect(cache.error).toBeUndefined();
  });

  it('settles a waiting refresh and aborts the list when stopped', async () => {
    server.injectFault({ path: NAMESPACES, type: 'hang' });
    const cache = start();
    const refreshing = cache.refresh();
    await eventually(
      () => server.countRequests(NAMESPACES, { watch: false }) === 1,
    );
    await cache.stop();
    expect(await refreshing).toEqual({ state: 'stopped' });
    expect(cache.state).toBe('stopped');
    informer = undefined;
    await server.close({ force: false });
  });
});
