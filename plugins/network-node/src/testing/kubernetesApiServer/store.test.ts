import type { KubernetesObject } from '@localplus/plugin-network-common';
import { ObjectStore, StoreEvent } from './store';

const SERVICES = 'services.';

function service(name: string, namespace = 'svc-ledger'): KubernetesObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace } };
}

describe('ObjectStore', () => {
  it('gives every write the next resourceVersion and tells subscribers', () => {
    const store = new ObjectStore({ initialResourceVersion: 10 });
    const seen: StoreEvent[] = [];
    store.subscribe(event => seen.push(event));

    store.write(SERVICES, service('b'));
    store.write(SERVICES, service('a'));
    store.write(SERVICES, service('a'));
    store.remove(SERVICES, 'svc-ledger', 'b');

    expect(
      seen.map(e => [e.type, e.object.metadata.name, e.resourceVersion]),
    ).toEqual([
      ['ADDED', 'b', 11],
      ['ADDED', 'a', 12],
      ['MODIFIED', 'a', 13],
      ['DELETED', 'b', 14],
    ]);
    expect(
      store
        .list(SERVICES)
        .map(o => [o.metadata.name, o.metadata.resourceVersion]),
    ).toEqual([['a', '13']]);
  });

  it('replays the history after a resourceVersion until it is compacted', () => {
    const store = new ObjectStore({ initialResourceVersion: 0 });
    store.write(SERVICES, service('a'));
    store.write('configmaps.', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
    });
    store.write(SERVICES, service('b'));

    expect(
      store.eventsSince(SERVICES, 1)?.map(e => e.object.metadata.name),
    ).toEqual(['b']);
    store.compact();
    expect(store.eventsSince(SERVICES, 2)).toBeUndefined();
    expect(store.eventsSince(SERVICES, 3)).toEqual([]);
  });

  it('compacts the oldest events beyond its history limit', () => {
    const store = new ObjectStore({
      initialResourceVersion: 0,
      historyLimit: 2,
    });
    for (const name of ['a', 'b', 'c']) {
      store.write(SERVICES, service(name));
    }
    expect(store.compactedAt).toBe(1);
    expect(store.eventsSince(SERVICES, 0)).toBeUndefined();
    expect(store.eventsSince(SERVICES, 1)?.length).toBe(2);
  });

  it('lists one namespace in key order', () => {
    const store = new ObjectStore();
    store.write(SERVICES, service('z', 'svc-wallet'));
    store.write(SERVICES, service('b'));
    store.write(SERVICES, service('a'));
    expect(store.list(SERVICES).map(o => o.metadata.name)).toEqual([
      'a',
      'b',
      'z',
    ]);
    expect(
      store.list(SERVICES, 'svc-wallet').map(o => o.metadata.name),
    ).toEqual(['z']);
  });
});
