import type { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import type {
  KubernetesObject,
  Origin,
  SourceProblem,
  SourceSnapshot,
  SourcedObject,
} from '@localplus/plugin-network-common';
import type { NetworkSource } from '../types';
import type {
  KubernetesClusterConfig,
  TunnelConfigMapSelector,
} from './config';
import { createIngest } from './ingest';
import { createKubeConfig } from './kubeConfig';
import { RefreshOutcome, ResourceInformer } from './ResourceInformer';
import { isTunnelConfigMap, tunnelConfigMapScope } from './tunnelConfigMap';
import {
  WATCHED_KINDS,
  WatchedKind,
  collectionPath,
  describeKind,
} from './watchedKinds';

/** @public */
export interface KubernetesSourceOptions {
  cluster: KubernetesClusterConfig;
  /** Default: any ConfigMap whose `config.yaml` holds an `ingress:` list. */
  tunnelConfigMap?: TunnelConfigMapSelector;
  logger: LoggerService;
  /** How long `read()` waits for the first list of every kind. Default 60 s. */
  readTimeoutMs?: number;
  /** Gives up on one list request after this long. Default 30 s. */
  listTimeoutMs?: number;
  /** Changes closer together than this make one `onChange` call. Default 250 ms. */
  debounceMs?: number;
  /** Backoff between restarts of a failed list or watch. Default 1 s doubling to 30 s. */
  retryDelayMs?: { initial: number; max: number };
}

interface Entry {
  watched: WatchedKind;
  informer: ResourceInformer;
}

/**
 * The live state of one cluster, kept current by one informer per kind: the
 * first `read()` (or `watch()`) lists every kind, watches keep the cache
 * current, and later reads answer from the cache without calling the API.
 *
 * @public
 */
export class KubernetesSource implements NetworkSource {
  readonly id: string;
  readonly state = 'live' as const;
  readonly #cluster: KubernetesClusterConfig;
  readonly #tunnelConfigMap: TunnelConfigMapSelector;
  readonly #logger: LoggerService;
  readonly #entries: Entry[];
  readonly #origin: Origin;
  readonly #readTimeoutMs: number;
  readonly #debounceMs: number;
  readonly #listeners = new Set<() => void>();
  #changeTimer?: NodeJS.Timeout;

  static create(options: KubernetesSourceOptions): KubernetesSource {
    return new KubernetesSource(options);
  }

  private constructor(options: KubernetesSourceOptions) {
    this.#cluster = options.cluster;
    this.id = `kubernetes:${options.cluster.name}`;
    this.#origin = { source: this.id, cluster: options.cluster.name };
    this.#tunnelConfigMap = options.tunnelConfigMap ?? { key: 'config.yaml' };
    this.#logger = options.logger;
    this.#readTimeoutMs = options.readTimeoutMs ?? 60_000;
    this.#debounceMs = options.debounceMs ?? 250;
    const kc = createKubeConfig(options.cluster);
    this.#entries = WATCHED_KINDS.map(watched => {
      const scope =
        watched.kind === 'ConfigMap'
          ? tunnelConfigMapScope(watched, this.#tunnelConfigMap)
          : { path: collectionPath(watched) };
      const informer = new ResourceInformer({
        kc,
        ...scope,
        ingest: createIngest(watched, this.#tunnelConfigMap),
        onChange: () => this.#changed(),
        listTimeoutMs: options.listTimeoutMs ?? 30_000,
        retryDelayMs: options.retryDelayMs ?? { initial: 1000, max: 30_000 },
      });
      return { watched, informer };
    });
  }

  /** The cluster's name, as configured. */
  get cluster(): string {
    return this.#cluster.name;
  }

  async read(options: { signal?: AbortSignal } = {}): Promise<SourceSnapshot> {
    const outcomes = await this.#refresh(options.signal);
    const where = `Kubernetes cluster "${this.cluster}" (${this.#cluster.url})`;
    if (outcomes.some(o => o.state === 'stopped')) {
      throw new ServiceUnavailableError(
        `${where} was stopped while being read`,
      );
    }
    const failed = this.#entries
      .map((entry, i) => ({ ...entry, outcome: outcomes[i] }))
      .filter(e => e.outcome.state === 'failed');
    if (failed.length > 0) {
      // a refused token fails every kind alike: two reasons are enough
      const reasons = failed
        .slice(0, 2)
        .map(e => `${describeKind(e.watched)}: ${e.outcome.error?.message}`);
      const more =
        failed.length > 2 ? `; and ${failed.length - 2} more kinds` : '';
      throw new ServiceUnavailableError(
        `${where} could not be read: ${reasons.join('; ')}${more}`,
        failed[0].outcome.error,
      );
    }

    const problems: SourceProblem[] = this.#entries
      .filter((_, i) => outcomes[i].state === 'missing')
      .map(e => ({
        message: `${e.watched.kind} (${describeKind(
          e.watched,
        )}) is not served by cluster "${
          this.cluster
        }", so it was skipped; is its CRD installed?`,
      }));
    return {
      sourceId: this.id,
      state: this.state,
      readAt: new Date().toISOString(),
      objects: this.#objects(),
      dnsRecords: [],
      tunnels: [],
      accessApplications: [],
      problems,
    };
  }

  async watch(onChange: () => void): Promise<() => void> {
    this.#listeners.add(onChange);
    for (const { informer } of this.#entries) {
      if (informer.state === 'idle' || informer.state === 'stopped') {
        // failures surface through read(); the informer retries on its own
        void informer.refresh();
      }
    }
    return () => {
      this.#listeners.delete(onChange);
      void this.stop();
    };
  }

  /** Stops every informer and closes their connections; a later read starts again. */
  async stop(): Promise<void> {
    clearTimeout(this.#changeTimer);
    this.#changeTimer = undefined;
    await Promise.all(this.#entries.map(e => e.informer.stop()));
  }

  async #refresh(signal?: AbortSignal): Promise<RefreshOutcome[]> {
    signal?.throwIfAborted();
    const pending = new Set(this.#entries);
    const refreshed = Promise.all(
      this.#entries.map(async entry => {
        const outcome = await entry.informer.refresh();
        pending.delete(entry);
        return outcome;
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    let onAbort = () => {};
    const interrupted = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const kinds = [...pending].map(e => describeKind(e.watched));
        reject(
          new ServiceUnavailableError(
            `Kubernetes cluster "${this.cluster}" (${
              this.#cluster.url
            }) did not answer within ${
              this.#readTimeoutMs
            } ms; still listing ${kinds.join(', ')}`,
          ),
        );
      }, this.#readTimeoutMs);
      onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([refreshed, interrupted]);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  #objects(): SourcedObject[] {
    const objects: SourcedObject[] = [];
    for (const { watched, informer } of this.#entries) {
      if (!informer.hasSynced) {
        continue;
      }
      const keyed = informer
        .objects()
        .filter(
          o =>
            watched.kind !== 'ConfigMap' ||
            isTunnelConfigMap(o, this.#tunnelConfigMap),
        )
        .map(o => ({ key: namespaceAndName(o), object: o }));
      keyed.sort(byKey);
      for (const { object } of keyed) {
        objects.push({ object, origin: this.#origin });
      }
    }
    return objects;
  }

  // several changes in a burst make one call, at most debounceMs after the first
  #changed() {
    if (this.#changeTimer || this.#listeners.size === 0) {
      return;
    }
    this.#changeTimer = setTimeout(() => {
      this.#changeTimer = undefined;
      for (const listener of this.#listeners) {
        try {
          listener();
        } catch (error) {
          this.#logger.warn(`A change listener of ${this.id} failed`, {
            error: String(error),
          });
        }
      }
    }, this.#debounceMs);
    this.#changeTimer.unref();
  }
}

function namespaceAndName(object: KubernetesObject): string {
  return `${object.metadata.namespace ?? ''}/${object.metadata.name ?? ''}`;
}

function byKey(a: { key: string }, b: { key: string }): number {
  if (a.key === b.key) {
    return 0;
  }
  return a.key < b.key ? -1 : 1;
}
