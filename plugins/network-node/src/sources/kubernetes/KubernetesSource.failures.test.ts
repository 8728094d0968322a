import { ServiceUnavailableError } from '@backstage/errors';
import { KubernetesApiServer } from '../../testing/kubernetesApiServer';
import {
  eventually,
  loopbackSource,
  startEstateServer,
} from './__testUtils__/loopbackCluster';
import type { KubernetesSource } from './KubernetesSource';

const HTTPROUTES = '/apis/gateway.networking.k8s.io/v1/httproutes';

describe('KubernetesSource when the cluster misbehaves', () => {
  let server: KubernetesApiServer;
  let source: KubernetesSource | undefined;

  afterEach(async () => {
    await source?.stop();
    await server.close();
  });

  it('skips kinds whose CRD is not installed and says so', async () => {
    server = await startEstateServer({
      uninstalledKinds: [
        'CiliumNetworkPolicy',
        'CiliumClusterwideNetworkPolicy',
      ],
    });
    source = loopbackSource(server);
    const snapshot = await source.read();

    expect(snapshot.problems).toEqual([
      {
        message:
          'CiliumNetworkPolicy (ciliumnetworkpolicies.cilium.io/v2) is not served by cluster "loopback", so it was skipped; is its CRD installed?',
      },
      {
        message:
          'CiliumClusterwideNetworkPolicy (ciliumclusterwidenetworkpolicies.cilium.io/v2) is not served by cluster "loopback", so it was skipped; is its CRD installed?',
      },
    ]);
    const kinds = new Set(snapshot.objects.map(o => o.object.kind));
    expect(kinds).toContain('HTTPRoute');
    expect(kinds).not.toContain('CiliumNetworkPolicy');
  });

  it('rejects with the cluster named when the token is refused', async () => {
    server = await startEstateServer();
    source = loopbackSource(server, { token: 'revoked' });
    const error = await source.read().catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toContain(
      `Kubernetes cluster "loopback" (${server.url}) could not be read`,
    );
    expect(error.message).toContain(
      'namespaces/v1: GET /api/v1/namespaces answered 401 Unauthorized: Unauthorized; services/v1: GET /api/v1/services answered 401 Unauthorized: Unauthorized; and 10 more kinds',
    );
  });

  it('rejects naming the kind that answered 500, and recovers on the next read', async () => {
    server = await startEstateServer();
    server.injectFault({
      path: HTTPROUTES,
      type: 'status',
      status: 500,
      times: 1,
    });
    source = loopbackSource(server, {
      retryDelayMs: { initial: 60_000, max: 60_000 },
    });

    await expect(source.read()).rejects.toThrow(
      /cluster "loopback" .* could not be read: httproutes\.gateway\.networking\.k8s\.io\/v1: GET \S+ answered 500 InternalError: injected fault/,
    );
    const snapshot = await source.read();
    expect(snapshot.objects.some(o => o.object.kind === 'HTTPRoute')).toBe(
      true,
    );
    // the kinds that listed fine were not listed again
    expect(server.countRequests('/api/v1/services', { watch: false })).toBe(1);
  });

  it('rejects when a list answers garbage', async () => {
    server = await startEstateServer();
    server.injectFault({
      path: '/api/v1/services',
      type: 'garbage',
      watch: false,
    });
    source = loopbackSource(server);
    await expect(source.read()).rejects.toThrow(
      'services/v1: GET /api/v1/services answered 200 with a body that is not a Kubernetes list: <html><body>502 Bad Gateway</body></html> {"kind":"Sta',
    );
  });

  it('gives up after its timeout when the API server does not answer', async () => {
    server = await startEstateServer();
    server.injectFault({ path: HTTPROUTES, type: 'hang', watch: false });
    source = loopbackSource(server, {
      readTimeoutMs: 300,
      listTimeoutMs: 60_000,
    });
    await expect(source.read()).rejects.toThrow(
      `Kubernetes cluster "loopback" (${server.url}) did not answer within 300 ms; still listing httproutes.gateway.networking.k8s.io/v1`,
    );
    // stopping aborts the hung list: nothing is left for the server to wait on
    await source.stop();
    source = undefined;
    await server.close({ force: false });
  });

  it('stops waiting when the caller aborts', async () => {
    server = await startEstateServer();
    server.injectFault({ path: HTTPROUTES, type: 'hang', watch: false });
    source = loopbackSource(server);
    const controller = new AbortController();
    const reading = source.read({ signal: controller.signal });
    controller.abort(new Error('index refresh cancelled'));
    await expect(reading).rejects.toThrow('index refresh cancelled');
  });

  it('restarts a watch the server refused, resuming without a list', async () => {
    server = await startEstateServer();
    source = loopbackSource(server);
    let changes = 0;
    await source.watch(() => changes++);
    await source.read();
    await eventually(
      () => server.countRequests(HTTPROUTES, { watch: true }) === 1,
    );

    server.injectFault({
      path: HTTPROUTES,
      type: 'status',
      status: 500,
      watch: true,
      times: 1,
    });
    server.closeWatches();
    await eventually(
      () => server.countRequests(HTTPROUTES, { watch: true }) === 3,
    );
    await eventually(() => server.openWatchCount > 0);
    server.delete({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'svc-ledger', namespace: 'svc-ledger' },
    });
    await eventually(() => changes > 0);

    const snapshot = await source.read();
    expect(
      snapshot.objects.some(
        o =>
          o.object.metadata.name === 'svc-ledger' &&
          o.object.kind === 'HTTPRoute',
      ),
    ).toBe(false);
    expect(server.countRequests(HTTPROUTES, { watch: false })).toBe(1);
  });
});
