import { KubeConfig } from '@kubernetes/client-node';
import {
  KubernetesApiServer,
  startKubernetesApiServer,
} from '../../testing/kubernetesApiServer';
import fs from 'node:fs';
import { findSharedCrdsDir } from '../../testing/sharedCrds';
import { buildHttpRoute } from '../httpRoute';
import { DEFAULT_NETWORK_WRITE_SETTINGS } from '../settings';
import { KubernetesApplier, NETWORK_FIELD_MANAGER } from './kubernetesApplier';

const owner = 'component:default/svc-shop';
const route = (port = 8080) =>
  buildHttpRoute(
    {
      name: 'svc-shop',
      namespace: 'svc-shop',
      owner,
      hostnames: ['shop.localplus.io'],
      matches: [{ type: 'PathPrefix', value: '/' }],
      backend: { service: 'svc-shop', port },
    },
    DEFAULT_NETWORK_WRITE_SETTINGS.gateway,
  );
const change = (object = route()) => ({
  type: 'apply-object' as const,
  system: 'httproute' as const,
  object,
  owner,
});
const path =
  '/apis/gateway.networking.k8s.io/v1/namespaces/svc-shop/httproutes/svc-shop';

const describeIfSharedCrds = fs.existsSync(findSharedCrdsDir(__dirname))
  ? describe
  : describe.skip;

describe('KubernetesApplier', () => {
  let server: KubernetesApiServer;
  let applier: KubernetesApplier;

  beforeEach(async () => {
    server = await startKubernetesApiServer({
      objects: [
        {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: 'svc-shop' },
        },
      ],
    });
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [{ name: 'test', server: server.url, skipTLSVerify: true }],
      users: [{ name: 'u', token: server.token }],
      contexts: [{ name: 'test', cluster: 'test', user: 'u' }],
      currentContext: 'test',
    });
    applier = new KubernetesApplier({
      kubeConfig,
      cluster: 'test',
      retry: { delayMs: 10, timeoutMs: 500 },
    });
  });
  afterEach(() => server.close());

  const live = () =>
    server.get(
      'gateway.networking.k8s.io/v1',
      'HTTPRoute',
      'svc-shop',
      'svc-shop',
    );
  const patches = () => server.requests.filter(r => r.method === 'PATCH');

  it('creates with server-side apply, then changes nothing, then updates', async () => {
    await expect(applier.plan(change())).resolves.toMatchObject({
      target: 'direct',
      action: 'create',
      file: 'cluster:test',
    });
    const created = await applier.apply(change());
    expect(created.planned.action).toBe('create');
    expect(created.undo).toBeDefined();
    expect(patches()[0].query).toEqual({
      fieldManager: NETWORK_FIELD_MANAGER,
      force: 'false',
    });
    expect(live()?.metadata.labels).toMatchObject({
      'backstage.io/kubernetes-id': 'svc-shop',
    });

    await expect(applier.plan(change())).resolves.toMatchObject({
      action: 'unchanged',
    });
    const again = await applier.apply(change());
    expect(again).toEqual({
      planned: expect.objectContaining({ action: 'unchanged' }),
    });

    await expect(applier.plan(change(route(9090)))).resolves.toMatchObject({
      action: 'update',
    });
    await expect(applier.apply(change(route(9090)))).resolves.toMatchObject({
      planned: { action: 'update' },
    });
    await created.undo!();
    expect(live()).toBeUndefined();
  });

  it('refuses an object that exists without our owner mark', async () => {
    const foreign = route();
    delete foreign.metadata.annotations;
    server.put(foreign);
    await expect(applier.plan(change())).resolves.toMatchObject({
      action: 'conflict',
      reason:
        'HTTPRoute svc-shop/svc-shop already exists in cluster:test (not managed by Backstage)',
    });
    await expect(applier.apply(change())).rejects.toMatchObject({
      name: 'ConflictError',
    });
    expect(patches()).toEqual([]);
  });

  it('refuses, without forcing, a field another manager owns', async () => {
    server.apply(route(), { fieldManager: 'kubectl' });
    await expect(applier.apply(change(route(9090)))).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(
        /HTTPRoute svc-shop in cluster:test: Apply failed with .* conflict.*kubectl/,
      ),
    });
  });

  // The loopback API server validates only with the upstream CRDs, which a user's clone lacks.
  describeIfSharedCrds('with the upstream CRDs', () => {
    it('passes the API server’s validation message on', async () => {
      const invalid = route();
      (invalid.spec as any).rules[0].matches[0].path.value = 'no-slash';
      await expect(applier.apply(change(invalid))).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining(
          'The cluster refused HTTPRoute svc-shop',
        ),
      });
    });
  });

  it.each([
    ['a 500', { type: 'status' as const, status: 500 }],
    ['a 429', { type: 'status' as const, status: 429 }],
    ['a timeout', { type: 'hang' as const }],
  ])('retries after %s', async (_, fault) => {
    server.injectFault({ path, ...fault, times: 1 });
    await expect(applier.apply(change())).resolves.toMatchObject({
      planned: { action: 'create' },
    });
    expect(live()).toBeDefined();
  });

  it('gives up when the API server keeps failing', async () => {
    server.injectFault({ path, type: 'status', status: 503 });
    await expect(applier.apply(change())).rejects.toMatchObject({ code: 503 });
    expect(server.requests.filter(r => r.path === path)).toHaveLength(3);
  });
});
