import { KubernetesApiServer } from '../../testing/kubernetesApiServer';
import { createKubeConfig } from './kubeConfig';
import { KubernetesApiError, listObjects } from './listObjects';

describe('listObjects', () => {
  let server: KubernetesApiServer;

  beforeAll(async () => {
    server = await KubernetesApiServer.start({
      objects: ['a', 'b', 'c', 'd', 'e'].map(name => ({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name },
      })),
    });
  });

  afterAll(async () => {
    await server.close();
  });

  const kc = () =>
    createKubeConfig({
      name: 'loopback',
      url: server.url,
      serviceAccountToken: server.token,
      skipTLSVerify: true,
    });

  it("follows continue tokens to the end and keeps the first page's resourceVersion", async () => {
    const before = server.requests.length;
    const list = await listObjects(kc(), '/api/v1/namespaces', { pageSize: 2 });
    expect(list.items.map(i => i.metadata.name)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    expect(list.metadata.resourceVersion).toBe(server.resourceVersion);
    expect(server.requests.slice(before).map(r => r.query.limit)).toEqual([
      '2',
      '2',
      '2',
    ]);
  });

  it('passes the field selector', async () => {
    const list = await listObjects(kc(), '/api/v1/namespaces', {
      fieldSelector: 'metadata.name=c',
    });
    expect(list.items.map(i => i.metadata.name)).toEqual(['c']);
  });

  it('turns a refusal into an error with the status and reason', async () => {
    const error = await listObjects(
      kc(),
      '/apis/cilium.io/v2/ciliumnotpolicies',
    ).catch(e => e);
    expect(error).toBeInstanceOf(KubernetesApiError);
    expect(error).toMatchObject({
      statusCode: 404,
      reason: 'NotFound',
      message:
        'GET /apis/cilium.io/v2/ciliumnotpolicies answered 404 NotFound: the server could not find the requested resource',
    });
  });

  it('reports a request that never got an answer', async () => {
    server.injectFault({ path: '/api/v1/services', type: 'hang', times: 1 });
    const error = await listObjects(kc(), '/api/v1/services', {
      signal: AbortSignal.timeout(100),
    }).catch(e => e);
    expect(error).toBeInstanceOf(KubernetesApiError);
    expect(error.statusCode).toBeUndefined();
    expect(error.message).toMatch(
      /^GET \/api\/v1\/services failed: .*timeout/i,
    );
  });
});
