import {
  ApiException,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  Watch,
} from '@kubernetes/client-node';
import fs from 'node:fs';
import type { KubernetesObject } from '@localplus/plugin-network-common';
import { KubernetesApiServer } from './kubernetesApiServer';
import { SHARED_CRDS_MISSING_WARNING, findSharedCrdsDir } from './sharedCrds';

const hasCrds = fs.existsSync(findSharedCrdsDir(__dirname));
const describeIfCrds = hasCrds ? describe : describe.skip;
if (!hasCrds) {
  // eslint-disable-next-line no-console
  console.warn(SHARED_CRDS_MISSING_WARNING);
}

function kubeConfig(server: KubernetesApiServer, token = server.token) {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'loopback', server: server.url, skipTLSVerify: true }],
    users: [{ name: 'tester', token }],
    contexts: [{ name: 'loopback', cluster: 'loopback', user: 'tester' }],
    currentContext: 'loopback',
  });
  return kc;
}

async function getJson(
  server: KubernetesApiServer,
  path: string,
  token = server.token,
) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: await response.json() };
}

const namespace = (name: string): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name },
});

function route(
  overrides: { hostnames?: string[]; path?: string } = {},
): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'svc-ledger', namespace: 'svc-ledger' },
    spec: {
      parentRefs: [
        { name: 'public', namespace: 'platform', sectionName: 'https' },
      ],
      hostnames: overrides.hostnames ?? ['api.localplus.io'],
      rules: [
        {
          matches: [
            {
              path: {
                type: 'PathPrefix',
                value: overrides.path ?? '/v1/ledger',
              },
            },
          ],
          backendRefs: [{ name: 'svc-ledger', port: 8080 }],
        },
      ],
    },
  };
}

function service(name: string, ns: string): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns, labels: { app: name } },
    spec: { selector: { app: name }, ports: [{ port: 8080 }] },
  };
}

describe('KubernetesApiServer', () => {
  let server: KubernetesApiServer;

  beforeEach(async () => {
    server = await KubernetesApiServer.start({
      objects: [namespace('svc-ledger'), namespace('svc-wallet')],
    });
  });

  afterEach(async () => {
    await server.close();
  });

  it('serves discovery the client uses to find resources', async () => {
    const client = KubernetesObjectApi.makeApiClient(kubeConfig(server));
    server.put(route());
    const list = await client.list(
      'gateway.networking.k8s.io/v1',
      'HTTPRoute',
      'svc-ledger',
    );
    expect(list.items.map(i => i.metadata?.name)).toEqual(['svc-ledger']);
    expect(
      server.countRequests('/apis/gateway.networking.k8s.io/v1', {
        watch: false,
      }),
    ).toBe(1);

    const groups = await getJson(server, '/apis');
    expect(groups.body.groups.map((g: { name: string }) => g.name)).toEqual(
      expect.arrayContaining([
        'apps',
        'gateway.networking.k8s.io',
        'cilium.io',
        'externaldns.k8s.io',
      ]),
    );
    const core = await getJson(server, '/api/v1');
    expect(core.body.resources).toContainEqual(
      expect.objectContaining({
        name: 'namespaces',
        kind: 'Namespace',
        namespaced: false,
      }),
    );
  });

  it('refuses requests without the token', async () => {
    const response = await getJson(server, '/api/v1/namespaces', 'wrong');
    expect(response).toEqual({
      status: 401,
      body: expect.objectContaining({
        kind: 'Status',
        code: 401,
        reason: 'Unauthorized',
      }),
    });
  });

  it('lists in pages, leaving TypeMeta off built-in items', async () => {
    for (const name of ['a', 'b', 'c']) {
      server.put(service(name, 'svc-ledger'));
    }
    const first = await getJson(server, '/api/v1/services?limit=2');
    expect(first.body.kind).toBe('ServiceList');
    expect(
      first.body.items.map((i: KubernetesObject) => i.metadata.name),
    ).toEqual(['a', 'b']);
    expect(first.body.items[0].kind).toBeUndefined();
    expect(first.body.metadata.remainingItemCount).toBe(1);

    const token = encodeURIComponent(first.body.metadata.continue);
    const second = await getJson(
      server,
      `/api/v1/services?limit=2&continue=${token}`,
    );
    expect(
      second.body.items.map((i: KubernetesObject) => i.metadata.name),
    ).toEqual(['c']);
    expect(second.body.metadata.continue).toBeUndefined();
    expect(second.body.metadata.resourceVersion).toBe(
      first.body.metadata.resourceVersion,
    );

    const selected = await getJson(
      server,
      '/api/v1/namespaces/svc-ledger/services?labelSelector=app%20in%20(a,c)',
    );
    expect(
      selected.body.items.map((i: KubernetesObject) => i.metadata.name),
    ).toEqual(['a', 'c']);
  });

  it('streams watch events after a resourceVersion and answers 410 once compacted', async () => {
    const { body } = await getJson(server, '/api/v1/services');
    const events: Array<{ type: string; name: string }> = [];
    const watch = new Watch(kubeConfig(server));
    let done: (err: unknown) => void = () => {};
    const finished = new Promise(resolve => (done = resolve));
    const controller = await watch.watch(
      '/api/v1/services',
      { resourceVersion: body.metadata.resourceVersion },
      (type, object) =>
        events.push({ type, name: object.metadata?.name ?? object.message }),
      err => done(err),
    );
    server.put(service('a', 'svc-ledger'));
    server.delete(service('a', 'svc-ledger'));
    await waitFor(() => events.length === 2);
    expect(events).toEqual([
      { type: 'ADDED', name: 'a' },
      { type: 'DELETED', name: 'a' },
    ]);
    controller.abort();
    await finished;
    await waitFor(() => server.openWatchCount === 0);

    server.compact();
    const gone: string[] = [];
    await new Promise<void>(resolve => {
      watch.watch(
        '/api/v1/services',
        { resourceVersion: body.metadata.resourceVersion },
        (type, object) => gone.push(`${type} ${object.code} ${object.reason}`),
        () => resolve(),
      );
    });
    expect(gone).toEqual(['ERROR 410 Expired']);
  });

  describe('server-side apply', () => {
    const manager = 'backstage-network';

    it('creates, then leaves an unchanged object alone', async () => {
      const client = KubernetesObjectApi.makeApiClient(kubeConfig(server));
      const created = await client.patch(
        route(),
        undefined,
        undefined,
        manager,
        false,
        PatchStrategy.ServerSideApply,
      );
      expect(created.metadata.managedFields).toEqual([
        expect.objectContaining({
          manager,
          operation: 'Apply',
          fieldsType: 'FieldsV1',
        }),
      ]);
      // with the CRDs, their default for backendRefs[].kind is applied, as a cluster does
      expect((created as any).spec.rules[0].backendRefs[0].kind).toBe(
        hasCrds ? 'Service' : undefined,
      );
      const request = server.requests.find(r => r.method === 'PATCH');
      expect(request?.query).toEqual({ fieldManager: manager, force: 'false' });

      const again = await client.patch(
        route(),
        undefined,
        undefined,
        manager,
        false,
        PatchStrategy.ServerSideApply,
      );
      expect(again.metadata.resourceVersion).toBe(
        created.metadata.resourceVersion,
      );
      expect(again.metadata.managedFields).toEqual(
        created.metadata.managedFields,
      );
    });

    it('answers 409 when another manager owns a field it changes, and moves it with force', async () => {
      const client = KubernetesObjectApi.makeApiClient(kubeConfig(server));
      server.apply(route(), { fieldManager: 'kubectl' });

      // same values: shared ownership, no conflict
      await client.patch(
        route(),
        undefined,
        undefined,
        manager,
        false,
        PatchStrategy.ServerSideApply,
      );

      const changed = route({
        hostnames: ['api.localplus.io', 'pay.localplus.io'],
      });
      const conflict = await client
        .patch(
          changed,
          undefined,
          undefined,
          manager,
          false,
          PatchStrategy.ServerSideApply,
        )
        .catch(e => e);
      expect(conflict).toBeInstanceOf(ApiException);
      expect(conflict.code).toBe(409);
      const status = JSON.parse(conflict.body);
      expect(status).toMatchObject({
        kind: 'Status',
        reason: 'Conflict',
        message:
          'Apply failed with 1 conflict: conflict with "kubectl" using gateway.networking.k8s.io/v1: .spec.hostnames',
        details: {
          causes: [
            { reason: 'FieldManagerConflict', field: '.spec.hostnames' },
          ],
        },
      });

      const forced = await client.patch(
        changed,
        undefined,
        undefined,
        manager,
        true,
        PatchStrategy.ServerSideApply,
      );
      expect((forced as any).spec.hostnames).toEqual([
        'api.localplus.io',
        'pay.localplus.io',
      ]);
      const owners = forced.metadata.managedFields as Array<{
        manager: string;
        fieldsV1: unknown;
      }>;
      const kubectl = owners.find(f => f.manager === 'kubectl');
      expect(JSON.stringify(kubectl?.fieldsV1)).not.toContain('f:hostnames');
    });

    it('removes fields the manager stopped applying', async () => {
      const labelled = route();
      labelled.metadata.labels = {
        'backstage.io/kubernetes-id': 'svc-ledger',
        team: 'ledger',
      };
      server.apply(labelled, { fieldManager: manager });
      const relabelled = route();
      relabelled.metadata.labels = {
        'backstage.io/kubernetes-id': 'svc-ledger',
      };
      const result = server.apply(relabelled, { fieldManager: manager });
      expect(result.metadata.labels).toEqual({
        'backstage.io/kubernetes-id': 'svc-ledger',
      });
    });

    describeIfCrds('with the upstream CRDs', () => {
      it('answers 422 Invalid with the Status for an invalid HTTPRoute', async () => {
        expect(server.validates).toBe(true);
        const client = KubernetesObjectApi.makeApiClient(kubeConfig(server));
        const invalid = route({ path: 'v1/ledger' });
        const error = await client
          .patch(
            invalid,
            undefined,
            undefined,
            manager,
            false,
            PatchStrategy.ServerSideApply,
          )
          .catch(e => e);
        expect(error.code).toBe(422);
        const status = JSON.parse(error.body);
        expect(status).toMatchObject({
          kind: 'Status',
          status: 'Failure',
          reason: 'Invalid',
          code: 422,
          details: {
            name: 'svc-ledger',
            group: 'gateway.networking.k8s.io',
            kind: 'HTTPRoute',
          },
        });
        expect(status.message).toMatch(
          /^HTTPRoute\.gateway\.networking\.k8s\.io "svc-ledger" is invalid: spec\.rules\[0\]\.matches\[0\]\.path: .*absolute path/,
        );
        expect(
          server.get(
            'gateway.networking.k8s.io/v1',
            'HTTPRoute',
            'svc-ledger',
            'svc-ledger',
          ),
        ).toBeUndefined();
      });
    });

    it('requires the namespace to exist', () => {
      const elsewhere = route();
      elsewhere.metadata.namespace = 'nowhere';
      expect(() => server.apply(elsewhere, { fieldManager: manager })).toThrow(
        'namespaces "nowhere" not found',
      );
    });
  });

  it('gets, creates, replaces and deletes single objects', async () => {
    const client = KubernetesObjectApi.makeApiClient(kubeConfig(server));
    const created = await client.create(service('svc-ledger', 'svc-ledger'));
    expect(created.metadata).toMatchObject({
      name: 'svc-ledger',
      generation: 1,
    });
    const duplicate = await client
      .create(service('svc-ledger', 'svc-ledger'))
      .catch(e => e);
    expect(duplicate.code).toBe(409);

    const read = await client.read({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'svc-ledger', namespace: 'svc-ledger' },
    });
    expect(read.metadata?.uid).toBe(created.metadata.uid);

    const stale = {
      ...service('svc-ledger', 'svc-ledger'),
      metadata: { ...created.metadata, resourceVersion: '1' },
    };
    expect((await client.replace(stale).catch(e => e)).code).toBe(409);
    const replaced = await client.replace({
      ...created,
      spec: { ports: [{ port: 9090 }] },
    });
    expect(replaced.metadata).toMatchObject({ generation: 2 });

    await client.delete(created);
    const missing = await client
      .read({
        ...created,
        metadata: { name: 'svc-ledger', namespace: 'svc-ledger' },
      })
      .catch(e => e);
    expect(missing.code).toBe(404);
  });

  describe('faults', () => {
    it('answers with an injected status, garbage, or not at all', async () => {
      const path = '/api/v1/services';
      server.injectFault({ path, type: 'status', status: 500, times: 1 });
      server.injectFault({ path, type: 'garbage', times: 1 });
      server.injectFault({ path, type: 'hang', times: 1 });

      expect((await getJson(server, path)).status).toBe(500);
      const garbage = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${server.token}` },
      });
      expect(garbage.status).toBe(200);
      await expect(garbage.json()).rejects.toThrow();

      const hung = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${server.token}` },
        signal: AbortSignal.timeout(200),
      }).catch(e => e);
      expect(hung.name).toBe('TimeoutError');

      expect((await getJson(server, path)).status).toBe(200);
    });

    it('answers 404 for the kinds of an uninstalled CRD', async () => {
      const bare = await KubernetesApiServer.start({
        uninstalledKinds: ['CiliumNetworkPolicy'],
      });
      try {
        const list = await getJson(
          bare,
          '/apis/cilium.io/v2/ciliumnetworkpolicies',
        );
        expect(list.status).toBe(404);
        const discovery = await getJson(bare, '/apis/cilium.io/v2');
        expect(
          discovery.body.resources.map((r: { name: string }) => r.name),
        ).not.toContain('ciliumnetworkpolicies');
      } finally {
        await bare.close();
      }
    });
  });
});

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 500 && !condition(); i++) {
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  expect(condition()).toBe(true);
}
