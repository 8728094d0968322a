import type { KubernetesObject } from '@localplus/plugin-network-common';

/** The change a watch reports. */
export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One change, at the resourceVersion it produced. */
export interface StoreEvent {
  resourceVersion: number;
  type: WatchEventType;
  /** Which resource type (`resourceKey`) the object belongs to. */
  key: string;
  object: KubernetesObject;
}

function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

/**
 * The fake's etcd: objects per resource type, one resourceVersion counter
 * for the whole cluster, and the change history watches resume from. Like
 * etcd, the history is compacted: a watch from before the compaction point is
 * answered with 410 Gone.
 */
export class ObjectStore {
  #resourceVersion: number;
  #compactedAt: number;
  readonly #historyLimit: number;
  readonly #objects = new Map<string, Map<string, KubernetesObject>>();
  #history: StoreEvent[] = [];
  readonly #listeners = new Set<(event: StoreEvent) => void>();

  constructor(
    options: { initialResourceVersion?: number; historyLimit?: number } = {},
  ) {
    this.#resourceVersion = options.initialResourceVersion ?? 1000;
    this.#compactedAt = this.#resourceVersion;
    this.#historyLimit = options.historyLimit ?? 100_000;
  }

  /** The latest resourceVersion handed out. */
  get resourceVersion(): number {
    return this.#resourceVersion;
  }

  /** Watches from a resourceVersion older than this get 410 Gone. */
  get compactedAt(): number {
    return this.#compactedAt;
  }

  get(key: string, namespace: string | undefined, name: string) {
    return this.#objects.get(key)?.get(objectKey(namespace, name));
  }

  /** Objects of one type, in the API server's order (namespace, then name). */
  list(key: string, namespace?: string): KubernetesObject[] {
    const all = [...(this.#objects.get(key)?.entries() ?? [])]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, object]) => object);
    return namespace === undefined
      ? all
      : all.filter(o => o.metadata.namespace === namespace);
  }

  /** Stores the object under the next resourceVersion and tells watchers. */
  write(key: string, object: KubernetesObject): StoreEvent {
    const name = object.metadata.name ?? '';
    const id = objectKey(object.metadata.namespace, name);
    let objects = this.#objects.get(key);
    if (!objects) {
      objects = new Map();
      this.#objects.set(key, objects);
    }
    const type = objects.has(id) ? 'MODIFIED' : 'ADDED';
    const stored = structuredClone(object);
    stored.metadata.resourceVersion = String(++this.#resourceVersion);
    objects.set(id, stored);
    return this.#record({
      resourceVersion: this.#resourceVersion,
      type,
      key,
      object: stored,
    });
  }

  remove(key: string, namespace: string | undefined, name: string) {
    const objects = this.#objects.get(key);
    const id = objectKey(namespace, name);
    const existing = objects?.get(id);
    if (!objects || !existing) {
      return undefined;
    }
    objects.delete(id);
    const object = structuredClone(existing);
    object.metadata.resourceVersion = String(++this.#resourceVersion);
    return this.#record({
      resourceVersion: this.#resourceVersion,
      type: 'DELETED',
      key,
      object,
    });
  }

  /** Changes of one type after `resourceVersion`, or undefined when compacted away. */
  eventsSince(key: string, resourceVersion: number): StoreEvent[] | undefined {
    if (resourceVersion < this.#compactedAt) {
      return undefined;
    }
    return this.#history.filter(
      e => e.key === key && e.resourceVersion > resourceVersion,
    );
  }

  /** Forgets the history, as etcd compaction does. */
  compact(): void {
    this.#history = [];
    this.#compactedAt = this.#resourceVersion;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #record(event: StoreEvent): StoreEvent {
    this.#history.push(event);
    if (this.#history.length > this.#historyLimit) {
      const dropped = this.#history.shift()!;
      this.#compactedAt = dropped.resourceVersion;
    }
    for (const listener of this.#listeners) {
      listener(event);
    }
    return event;
  }
}
