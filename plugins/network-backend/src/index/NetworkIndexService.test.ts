import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { SourceSnapshot } from '@localplus/plugin-network-common';
import type { NetworkSource } from '@localplus/plugin-network-node';
import { NetworkIndexService } from './NetworkIndexService';
import { SnapshotStore } from './SnapshotStore';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

function snapshotOf(sourceId: string): SourceSnapshot {
  return {
    sourceId,
    state: 'declared',
    readAt: new Date().toISOString(),
    objects: [],
    dnsRecords: [],
    tunnels: [],
    accessApplications: [],
    problems: [],
  };
}

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'backstage.io/kubernetes-id': name },
    },
    spec: {},
  };
}

async function setUp(sources: NetworkSource[], timeoutMs = 5_000) {
  const knex = await databases.init('SQLITE_3');
  const logger = mockServices.logger.mock();
  // The catalog's contents can change between builds, as they do while the app runs.
  const entities: Entity[] = [component('svc-a')];
  const catalog = catalogServiceMock.mock({
    getEntities: async () => ({ items: entities }),
    getEntityByRef: async ref =>
      entities.find(e => stringifyEntityRef(e) === ref),
  });
  const service = new NetworkIndexService({
    sources,
    store: await SnapshotStore.create(mockServices.database({ knex })),
    catalog,
    auth: mockServices.auth(),
    logger,
    modelOptions: {},
    timeoutMs,
  });
  const builds = () =>
    logger.info.mock.calls.filter(([msg]) => msg === 'Network index built')
      .length;
  return { service, builds, entities };
}

describe('NetworkIndexService', () => {
  it('answers 503 until the first build, then serves views', async () => {
    const { service } = await setUp([
      {
        id: 'gitops',
        state: 'declared',
        read: async () => snapshotOf('gitops'),
      },
    ]);
    expect(() => service.current()).toThrow(/still being built/);
    await service.refreshSources();
    await service.reload();
    expect(service.current().entityRefs()).toEqual(['component:default/svc-a']);
    expect(service.statuses().find(s => s.sourceId === 'gitops')?.status).toBe(
      'ok',
    );
  });

  it('collapses a burst of reloads into at most two builds', async () => {
    const { service, builds } = await setUp([
      {
        id: 'gitops',
        state: 'declared',
        read: async () => snapshotOf('gitops'),
      },
    ]);
    await service.refreshSources();
    await service.reload();
    expect(builds()).toBe(1);

    await service.refreshSources(); // a new revision: the next reload must build
    await Promise.all(Array.from({ length: 20 }, () => service.reload()));
    expect(builds()).toBe(2);

    // Nothing changed since: forced reloads re-read the catalog but skip the build.
    await service.reload({ force: true });
    expect(builds()).toBe(2);
  });

  it('rebuilds for an entity the catalog registered after the build, not for one without network data', async () => {
    const { service, builds, entities } = await setUp([
      {
        id: 'gitops',
        state: 'declared',
        read: async () => snapshotOf('gitops'),
      },
    ]);
    await service.refreshSources();
    await service.reload();
    expect(builds()).toBe(1);
    await new Promise(r => setTimeout(r, 1_100));

    expect(await service.view('component:default/no-network')).toBeUndefined();
    expect(builds()).toBe(1);

    entities.push(component('svc-new'));
    expect(await service.view('component:default/svc-new')).toMatchObject({
      entityRef: 'component:default/svc-new',
    });
    expect(builds()).toBe(2);
  });

  it('keeps the last good snapshot of a failing source and names it in the error', async () => {
    let fail = false;
    const { service } = await setUp(
      [
        {
          id: 'cloudflare',
          state: 'live',
          read: () =>
            fail
              ? new Promise<never>(() => {})
              : Promise.resolve(snapshotOf('cloudflare')),
        },
      ],
      200,
    );
    await service.refreshSources();
    fail = true;
    await service.refreshSources();
    await service.reload();
    const status = service.statuses().find(s => s.sourceId === 'cloudflare');
    expect(status).toMatchObject({
      status: 'error',
      lastError: expect.stringMatching(
        /Network source cloudflare gave no answer within 200 ms/,
      ),
      lastSuccessAt: expect.any(String),
      counts: expect.objectContaining({ objects: 0 }),
    });
    expect(service.statuses().map(s => [s.sourceId, s.status])).toEqual([
      ['cloudflare', 'error'],
      ['gitops', 'off'],
      ['kubernetes', 'off'],
      ['route53', 'off'],
    ]);
  });
});
