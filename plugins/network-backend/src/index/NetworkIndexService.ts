import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  buildNetworkIndex,
  type EntityBinding,
  type NetworkIndex,
  type NetworkModelOptions,
  type SourceStatus,
} from '@localplus/plugin-network-common';
import type { NetworkSource } from '@localplus/plugin-network-node';
import { readEntityBindings } from './readEntityBindings';
import type { SnapshotStore, StoredSource } from './SnapshotStore';

// Bounds the catalog re-reads that views of new entities can trigger.
const UNKNOWN_ENTITY_RECHECK_MS = 1_000;

/** The built-in kinds of source; the ones not configured are reported as `off`. */
const BUILT_IN_SOURCES = ['gitops', 'kubernetes', 'cloudflare', 'route53'];

/**
 * Sources → snapshots (in the database) → one in-memory index per replica. A page view only
 * reads `current()`; provider calls happen in `refreshSources` (one replica, on a schedule)
 * and in watches.
 */
export class NetworkIndexService {
  readonly #sources: NetworkSource[];
  readonly #store: SnapshotStore;
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  readonly #modelOptions: NetworkModelOptions;
  readonly #timeoutMs: number;
  #index?: NetworkIndex;
  #statuses: SourceStatus[] = [];
  #builtFromRevision = -1;
  #entities: EntityBinding[] = [];
  #entitiesReadAt = 0;
  #running?: Promise<void>;
  #queued?: { force: boolean; promise: Promise<void> };
  #stopWatches: Array<() => void> = [];

  constructor(options: {
    sources: NetworkSource[];
    store: SnapshotStore;
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    modelOptions: NetworkModelOptions;
    timeoutMs: number;
  }) {
    this.#sources = options.sources;
    this.#store = options.store;
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#logger = options.logger;
    this.#modelOptions = options.modelOptions;
    this.#timeoutMs = options.timeoutMs;
  }

  /** The index pages are served from. */
  current(): NetworkIndex {
    if (!this.#index) {
      throw new ServiceUnavailableError(
        'The network index is still being built; try again in a few seconds',
      );
    }
    return this.#index;
  }

  /**
   * The view of an entity. An entity the index does not know yet but the catalog now has with
   * the Kubernetes annotations (just registered, e.g. by the new-service template) makes the
   * index re-read the catalog and rebuild, so its tab does not wait for the next scheduled
   * rebuild; an entity without those annotations costs one catalog lookup and no rebuild.
   */
  async view(entityRef: string) {
    const view = this.current().view(entityRef);
    if (view || Date.now() - this.#entitiesReadAt < UNKNOWN_ENTITY_RECHECK_MS) {
      return view;
    }
    const entity = await this.#catalog.getEntityByRef(entityRef, {
      credentials: await this.#auth.getOwnServiceCredentials(),
    });
    const annotations = entity?.metadata.annotations ?? {};
    if (
      !annotations[KUBERNETES_ID_ANNOTATION] &&
      !annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION]
    ) {
      return undefined;
    }
    await this.reload({ force: true });
    return this.current().view(entityRef);
  }

  statuses(): SourceStatus[] {
    return this.#statuses;
  }

  /** Reads every source once and stores what it got. One replica runs this on a schedule. */
  async refreshSources(): Promise<void> {
    await Promise.all(this.#sources.map(source => this.#refreshSource(source)));
  }

  /**
   * Rebuilds this replica's index when a source was stored since the last build, or when
   * `force` is set (the catalog's entities are re-read then too).
   */
  reload(options: { force?: boolean } = {}): Promise<void> {
    // One rebuild at a time: calls arriving while a build runs share one more build after it,
    // so a burst of watch events costs two builds, not one each, and every caller still sees
    // what it asked for once its promise settles.
    if (!this.#running) {
      this.#running = this.#reloadOnce(options).finally(() => {
        this.#running = undefined;
      });
      return this.#running;
    }
    if (this.#queued) {
      this.#queued.force ||= Boolean(options.force);
      return this.#queued.promise;
    }
    const queued = {
      force: Boolean(options.force),
      promise: Promise.resolve(),
    };
    queued.promise = this.#running
      .catch(() => undefined)
      .then(() => {
        this.#queued = undefined;
        return this.reload({ force: queued.force });
      });
    this.#queued = queued;
    return queued.promise;
  }

  async #reloadOnce(options: { force?: boolean }): Promise<void> {
    const revision = await this.#store.revision();
    // Until the catalog has processed its locations, keep asking on every reload.
    let entitiesChanged = false;
    if (options.force || this.#entities.length === 0) {
      const entities = await readEntityBindings(this.#catalog, this.#auth);
      this.#entitiesReadAt = Date.now();
      entitiesChanged =
        JSON.stringify(entities) !== JSON.stringify(this.#entities);
      this.#entities = entities;
    }
    // A build blocks the event loop (about a second for 2,000 services): skip it when neither
    // the stored snapshots nor the catalog's entities changed.
    if (
      this.#index &&
      !entitiesChanged &&
      revision === this.#builtFromRevision
    ) {
      return;
    }
    const stored = await this.#store.loadAll();
    this.#statuses = this.#statusesOf(stored);
    const started = performance.now();
    this.#index = buildNetworkIndex({
      snapshots: stored.flatMap(s => (s.snapshot ? [s.snapshot] : [])),
      entities: this.#entities,
      sourceStatus: this.#statuses,
      options: this.#modelOptions,
    });
    this.#builtFromRevision = revision;
    this.#logger.info('Network index built', {
      entities: this.#entities.length,
      sources: stored.length,
      ms: Math.round(performance.now() - started),
    });
  }

  /** Starts the watches of the sources that have them; each change is stored and rebuilt. */
  async startWatches(): Promise<void> {
    for (const source of this.#sources) {
      if (source.watch) {
        const stop = await source.watch(() => {
          this.#refreshSource(source)
            .then(() => this.reload())
            .catch(error =>
              this.#logger.warn(
                `Rebuild after a change in ${source.id} failed`,
                {
                  error: stringifyError(error),
                },
              ),
            );
        });
        this.#stopWatches.push(stop);
      }
    }
  }

  stopWatches(): void {
    for (const stop of this.#stopWatches.splice(0)) {
      stop();
    }
  }

  async #refreshSource(source: NetworkSource): Promise<void> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new ServiceUnavailableError(
            `Network source ${source.id} gave no answer within ${
              this.#timeoutMs
            } ms`,
          ),
        );
      }, this.#timeoutMs);
    });
    try {
      const snapshot = await Promise.race([
        source.read({ signal: controller.signal }),
        timeout,
      ]);
      await this.#store.saveSuccess(snapshot);
    } catch (error) {
      const message = stringifyError(error);
      this.#logger.warn(`Network source ${source.id} could not be read`, {
        error: message,
      });
      await this.#store.saveFailure(source.id, source.state, message);
    } finally {
      clearTimeout(timer);
    }
  }

  #statusesOf(stored: StoredSource[]): SourceStatus[] {
    const configured = new Set(this.#sources.map(s => s.id));
    const statuses: SourceStatus[] = stored
      .filter(s => configured.has(s.sourceId))
      .map(s => ({
        sourceId: s.sourceId,
        state: s.state,
        status: s.lastError ? 'error' : 'ok',
        lastRefreshAt: s.lastRefreshAt,
        lastSuccessAt: s.lastSuccessAt,
        lastError: s.lastError,
        counts: s.snapshot && {
          objects: s.snapshot.objects.length,
          dnsRecords: s.snapshot.dnsRecords.length,
          tunnels: s.snapshot.tunnels.length,
          accessApplications: s.snapshot.accessApplications.length,
        },
      }));
    for (const source of this.#sources) {
      if (!stored.some(s => s.sourceId === source.id)) {
        statuses.push({
          sourceId: source.id,
          state: source.state,
          status: 'error',
          lastError: 'not read yet',
        });
      }
    }
    for (const kind of BUILT_IN_SOURCES) {
      const isConfigured = [...configured].some(
        id => id === kind || id.startsWith(`${kind}:`),
      );
      if (!isConfigured) {
        statuses.push({
          sourceId: kind,
          state: kind === 'gitops' ? 'declared' : 'live',
          status: 'off',
        });
      }
    }
    return statuses.sort((a, b) => a.sourceId.localeCompare(b.sourceId));
  }
}
