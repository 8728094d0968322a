import type {
  KubernetesObject,
  SourceSnapshot,
} from '@localplus/plugin-network-common';
import { KubernetesApiServer } from '../../testing/kubernetesApiServer';
import {
  eventually,
  loopbackSource,
  startEstateServer,
} from './__testUtils__/loopbackCluster';
import type { KubernetesSource } from './KubernetesSource';
import { WATCHED_KINDS } from './watchedKinds';

const HTTPROUTES = '/apis/gateway.networking.k8s.io/v1/httproutes';

function find(snapshot: SourceSnapshot, kind: string, name: string) {
  return snapshot.objects.find(
    o => o.object.kind === kind && o.object.metadata.name === name,
  )?.object;
}

function ledgerRoute(server: KubernetesApiServer): KubernetesObject {
  return server.get(
    'gateway.networking.k8s.io/v1',
    'HTTPRoute',
    'svc-ledger',
    'svc-ledger',
  )!;
}

describe('KubernetesSource', () => {
  let server: KubernetesApiServer;
  let source: KubernetesSource;

  beforeEach(async () => {
    server = await startEstateServer();
    const route = ledgerRoute(server);
    server.put({
      ...route,
      status: {
        parents: [
          {
            parentRef: {
              name: 'public',
              namespace: 'platform',
              sectionName: 'https',
            },
            controllerName: 'io.cilium/gateway-controller',
            conditions: [
              { type: 'Accepted', status: 'True', reason: 'Accepted' },
            ],
          },
        ],
      },
    });
    source = loopbackSource(server);
  });

  afterEach(async () => {
    await source.stop();
    await server.close();
  });

  it('lists every kind on the first read, as raw objects with their origin', async () => {
    const snapshot = await source.read();

    expect(snapshot).toMatchObject({
      sourceId: 'kubernetes:loopback',
      state: 'live',
      dnsRecords: [],
      tunnels: [],
      accessApplications: [],
      problems: [],
    });
    const kinds = new Set(snapshot.objects.map(o => o.object.kind));
    expect([...kinds].sort()).toEqual(WATCHED_KINDS.map(k => k.kind).sort());
    for (const { object, origin } of snapshot.objects) {
      expect(origin).toEqual({
        source: 'kubernetes:loopback',
        cluster: 'loopback',
      });
      expect(object.metadata.managedFields).toBeUndefined();
      expect(object.metadata.resourceVersion).toMatch(/^\d+$/);
    }

    // built-in list items come without TypeMeta; the source fills it in
    expect(find(snapshot, 'Deployment', 'svc-ledger')).toMatchObject({
      apiVersion: 'apps/v1',
    });
    expect(find(snapshot, 'HTTPRoute', 'svc-ledger')).toMatchObject({
      status: {
        parents: [{ conditions: [{ type: 'Accepted', status: 'True' }] }],
      },
    });
    // only the ConfigMap that holds cloudflared's ingress rules is handed over
    const configMaps = snapshot.objects.filter(
      o => o.object.kind === 'ConfigMap',
    );
    expect(configMaps.map(o => o.object.metadata.name)).toEqual([
      'cloudflared-config',
    ]);
    expect(configMaps[0].object.data).toHaveProperty(['config.yaml']);
  });

  it('answers later reads from its cache', async () => {
    await source.read();
    const requests = server.requests.length;
    const again = await source.read();
    expect(server.requests.length).toBe(requests);
    expect(find(again, 'Service', 'svc-ledger')).toBeDefined();
  });

  it('reads only the configured tunnel ConfigMap when one is named', async () => {
    await source.stop();
    source = loopbackSource(server, {
      tunnelConfigMap: {
        namespace: 'platform',
        name: 'cloudflared-config',
        key: 'config.yaml',
      },
    });
    const snapshot = await source.read();
    const configMaps = snapshot.objects.filter(
      o => o.object.kind === 'ConfigMap',
    );
    expect(configMaps.map(o => o.object.metadata.name)).toEqual([
      'cloudflared-config',
    ]);
    const request = server.requests.find(
      r => r.path.endsWith('/configmaps') && !r.watch,
    );
    expect(request).toMatchObject({
      path: '/api/v1/namespaces/platform/configmaps',
      query: { fieldSelector: 'metadata.name=cloudflared-config' },
    });
  });

  it('takes a change through the watch and calls back, without listing again', async () => {
    let changes = 0;
    const stop = await source.watch(() => changes++);
    await source.read();
    const lists = server.countRequests(HTTPROUTES, { watch: false });
    expect(lists).toBe(1);
    await eventually(
      () => server.countRequests(HTTPROUTES, { watch: true }) === 1,
    );
    expect(changes).toBe(0);

    const route = ledgerRoute(server);
    (route.spec as { hostnames: string[] }).hostnames = [
      'api.localplus.io',
      'ledger.localplus.io',
    ];
    server.put(route);
    server.delete({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'svc-wallet', namespace: 'svc-wallet' },
    });
    await eventually(() => changes > 0);

    const snapshot = await source.read();
    const changed = find(snapshot, 'HTTPRoute', 'svc-ledger');
    expect(changed?.spec).toMatchObject({
      hostnames: ['api.localplus.io', 'ledger.localplus.io'],
    });
    // watch events are trimmed like list items
    expect(changed?.metadata.managedFields).toBeUndefined();
    expect(find(snapshot, 'Service', 'svc-wallet')).toBeUndefined();
    expect(server.countRequests(HTTPROUTES, { watch: false })).toBe(lists);
    stop();
  });

  it('lists again when the watch answers 410 Gone', async () => {
    let changes = 0;
    await source.watch(() => changes++);
    await source.read();
    await eventually(() => server.openWatchCount === WATCHED_KINDS.length);

    // the change happens while no watch is open, and the history that would
    // replay it is compacted away before the client comes back
    server.closeWatches();
    const route = ledgerRoute(server);
    (route.spec as { hostnames: string[] }).hostnames = ['ledger.localplus.io'];
    server.put(route);
    server.compact();

    await eventually(() => changes > 0);
    expect(server.countRequests(HTTPROUTES, { watch: false })).toBe(2);
    const snapshot = await source.read();
    expect(find(snapshot, 'HTTPRoute', 'svc-ledger')?.spec).toMatchObject({
      hostnames: ['ledger.localplus.io'],
    });
  });

  it('stops every watch, so the server can close without cutting connections', async () => {
    const stop = await source.watch(() => {});
    await source.read();
    await eventually(() => server.openWatchCount === WATCHED_KINDS.length);

    stop();
    await eventually(() => server.openWatchCount === 0);
    expect(server.openWatchCount).toBe(0);
    await server.close({ force: false });
  });
});
