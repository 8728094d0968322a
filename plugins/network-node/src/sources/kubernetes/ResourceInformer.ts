import { KubeConfig, ListWatch, Watch } from '@kubernetes/client-node';
import type { KubernetesObject } from '@localplus/plugin-network-common';
import { KubernetesApiError, listObjects } from './listObjects';

/**
 * `idle`: never started; `starting`: listing (or reconnecting the watch);
 * `synced`: cache current, watch running; `missing`: the API server does not
 * serve the kind (CRD not installed); `failed`: the last list or watch failed,
 * a retry is scheduled; `stopped`.
 */
export type InformerState =
  | 'idle'
  | 'starting'
  | 'synced'
  | 'missing'
  | 'failed'
  | 'stopped';

/**
 * How one refresh ended. Read this rather than `state` afterwards: a failed
 * informer may already be retrying by the time the caller looks.
 */
export interface RefreshOutcome {
  state: 'synced' | 'missing' | 'failed' | 'stopped';
  error?: Error;
}

export interface ResourceInformerOptions {
  kc: KubeConfig;
  path: string;
  fieldSelector?: string;
  /** Applied to every object before it enters the cache. */
  ingest: (object: KubernetesObject) => KubernetesObject;
  /** After each add, update or delete, except those of the first list. */
  onChange: () => void;
  /** Gives up on one list request after this long. */
  listTimeoutMs: number;
  /** Backoff between retries after a failure. */
  retryDelayMs: { initial: number; max: number };
}

// the client's Watch, with each event's object prepared before the cache sees it
class IngestingWatch extends Watch {
  readonly #ingest: (object: KubernetesObject) => KubernetesObject;

  constructor(
    kc: KubeConfig,
    ingest: (object: KubernetesObject) => KubernetesObject,
  ) {
    super(kc);
    this.#ingest = ingest;
  }

  override watch(
    path: string,
    queryParams: Record<string, string | number | boolean | undefined>,
    callback: (phase: string, apiObj: unknown, watchObj?: unknown) => void,
    done: (err: unknown) => void,
  ): Promise<AbortController> {
    return super.watch(
      path,
      queryParams,
      (phase, object, raw) =>
        callback(
          phase,
          phase === 'ERROR' || phase === 'BOOKMARK'
            ? object
            : this.#ingest(object),
          raw,
        ),
      done,
    );
  }
}

/**
 * One kind's cache: the client's `ListWatch` (list, then watch from the
 * list's resourceVersion, re-list on 410 Gone), plus what it leaves to its
 * caller: knowing when the first list has landed, telling a missing CRD from
 * a failure, and restarting with backoff after an error (the client stops
 * for good on any error but 410 and timeouts).
 */
export class ResourceInformer {
  readonly #options: ResourceInformerOptions;
  readonly #listWatch: ListWatch<KubernetesObject>;
  // objects of the first list: their add events are not changes
  readonly #initialItems = new WeakSet<object>();
  #state: InformerState = 'idle';
  #error?: Error;
  #hasSynced = false;
  #attempt?: {
    settled: Promise<RefreshOutcome>;
    settle: (outcome: RefreshOutcome) => void;
  };
  #failures = 0;
  #retryTimer?: NodeJS.Timeout;
  #retryDelay: number;
  #abort = new AbortController();

  constructor(options: ResourceInformerOptions) {
    this.#options = options;
    this.#retryDelay = options.retryDelayMs.initial;
    this.#listWatch = new ListWatch(
      options.path,
      new IngestingWatch(options.kc, options.ingest),
      () => this.#list(),
      false,
      undefined,
      options.fieldSelector,
    );
    const changed = (object: KubernetesObject) => {
      if (this.#initialItems.has(object)) {
        this.#initialItems.delete(object);
      } else {
        options.onChange();
      }
    };
    this.#listWatch.on('add', changed);
    this.#listWatch.on('update', changed);
    this.#listWatch.on('delete', changed);
    this.#listWatch.on('error', error => this.#failed(error));
  }

  get state(): InformerState {
    return this.#state;
  }

  /** Why the last list or watch failed, while `failed` or `missing`. */
  get error(): Error | undefined {
    return this.#error;
  }

  /** Whether a first list ever landed, so the cache holds the kind's objects. */
  get hasSynced(): boolean {
    return this.#hasSynced;
  }

  /** The cached objects (shared with the cache: treat them as read-only). */
  objects(): readonly KubernetesObject[] {
    return this.#listWatch.list();
  }

  /**
   * Makes the cache current: starts the informer, or restarts it after a
   * failure or a missing CRD, and resolves once the first list has landed or
   * the attempt failed. Never rejects.
   */
  refresh(): Promise<RefreshOutcome> {
    if (this.#state === 'synced') {
      return Promise.resolve({ state: 'synced' });
    }
    return this.#begin();
  }

  async stop(): Promise<void> {
    this.#state = 'stopped';
    clearTimeout(this.#retryTimer);
    this.#abort.abort(new Error('stopped'));
    this.#attempt?.settle({ state: 'stopped' });
    this.#attempt = undefined;
    await this.#listWatch.stop();
  }

  #begin(): Promise<RefreshOutcome> {
    if (this.#attempt) {
      return this.#attempt.settled;
    }
    clearTimeout(this.#retryTimer);
    if (this.#abort.signal.aborted) {
      this.#abort = new AbortController();
    }
    let settle: (outcome: RefreshOutcome) => void = () => {};
    const settled = new Promise<RefreshOutcome>(resolve => (settle = resolve));
    const attempt = { settled, settle };
    this.#attempt = attempt;
    this.#state = 'starting';
    this.#listWatch.start().then(
      () => {
        if (this.#state === 'stopped') {
          // stop() came while the watch was connecting: the client only
          // aborts a watch it already holds, so abort the new one too
          this.#listWatch.stop();
        } else if (this.#attempt === attempt && this.#state === 'starting') {
          // resumed from the last resourceVersion without a list
          this.#synced();
        }
      },
      error => this.#failed(error),
    );
    return settled;
  }

  async #list() {
    const signal = AbortSignal.any([
      this.#abort.signal,
      AbortSignal.timeout(this.#options.listTimeoutMs),
    ]);
    const list = await listObjects(this.#options.kc, this.#options.path, {
      fieldSelector: this.#options.fieldSelector,
      signal,
    });
    const firstList = !this.#hasSynced;
    for (const item of list.items) {
      this.#options.ingest(item);
      if (firstList) {
        this.#initialItems.add(item);
      }
    }
    // the client fills its cache synchronously once this promise resolves;
    // settle after that, so a waiting read() sees the objects, unless the
    // watch failed in between
    const failures = this.#failures;
    setImmediate(() => {
      if (this.#failures === failures) {
        this.#synced();
      }
    });
    return list;
  }

  #synced() {
    if (this.#state === 'stopped') {
      return;
    }
    this.#hasSynced = true;
    this.#state = 'synced';
    this.#error = undefined;
    this.#retryDelay = this.#options.retryDelayMs.initial;
    this.#attempt?.settle({ state: 'synced' });
    this.#attempt = undefined;
  }

  #failed(error: unknown) {
    if (this.#state === 'stopped') {
      return;
    }
    this.#failures++;
    const missing =
      error instanceof KubernetesApiError && error.statusCode === 404;
    this.#error = error instanceof Error ? error : new Error(String(error));
    this.#state = missing ? 'missing' : 'failed';
    this.#attempt?.settle({ state: this.#state, error: this.#error });
    this.#attempt = undefined;
    // a missing CRD is looked for again on the next refresh, not on a timer
    if (!missing) {
      const delay = this.#retryDelay;
      this.#retryDelay = Math.min(delay * 2, this.#options.retryDelayMs.max);
      this.#retryTimer = setTimeout(() => this.#begin(), delay);
      this.#retryTimer.unref();
    }
  }
}
