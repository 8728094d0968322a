import {
  ApiException,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
} from '@kubernetes/client-node';
import { ConflictError, InputError } from '@backstage/errors';
import type { KubernetesObject } from '../../manifests/types';
import { ownerOf } from '../ownership';
import type { PlannedChange } from '../types';
import { RetryOptions, withRetry } from './retry';
import { isSubset } from './subset';
import type {
  DirectChange,
  DirectStepResult,
  DirectSystemWriter,
} from './types';

/** The field manager of every apply, as `kubectl get -o yaml --show-managed-fields` shows it. @public */
export const NETWORK_FIELD_MANAGER = 'backstage-network';

type ApplyChange = Extract<DirectChange, { type: 'apply-object' }>;

function statusMessage(error: ApiException<unknown>): string {
  try {
    const body =
      typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
    return (body as { message?: string })?.message ?? String(error.body);
  } catch {
    return String(error.body);
  }
}

/** Throttled, failing or unreachable API servers are worth another attempt. */
function retryable(error: unknown): boolean {
  if (error instanceof ApiException) {
    return error.code === 429 || error.code >= 500;
  }
  // fetch's connection failures (refused, reset) surface as TypeError or FetchError
  return (
    error instanceof TypeError ||
    (error as { name?: string })?.name === 'FetchError'
  );
}

function describe(object: KubernetesObject): PlannedChange['object'] {
  return {
    kind: object.kind,
    name: object.metadata.name ?? '',
    namespace: object.metadata.namespace,
  };
}

/**
 * Applies our objects to one cluster with server-side apply under the field manager
 * `backstage-network`. An object that exists without our owner mark is refused; a field another
 * manager owns comes back from the API server as a 409 and is refused too (never forced).
 *
 * @public
 */
export class KubernetesApplier implements DirectSystemWriter<ApplyChange> {
  readonly #client: KubernetesObjectApi;
  readonly #where: string;
  readonly #retry: RetryOptions;

  constructor(options: {
    kubeConfig: KubeConfig;
    /** Names the cluster in plans, e.g. `cluster:prod`. */
    cluster: string;
    retry?: RetryOptions;
  }) {
    this.#client = KubernetesObjectApi.makeApiClient(options.kubeConfig);
    this.#where = `cluster:${options.cluster}`;
    this.#retry = options.retry ?? {};
  }

  #call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, what, retryable, this.#retry);
  }

  async #read(object: KubernetesObject): Promise<KubernetesObject | undefined> {
    try {
      return await this.#call(
        `reading ${object.kind} ${object.metadata.name}`,
        () =>
          this.#client.read<KubernetesObject>({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: {
              name: object.metadata.name!,
              namespace: object.metadata.namespace,
            },
          }),
      );
    } catch (error) {
      if (error instanceof ApiException && error.code === 404) {
        return undefined;
      }
      throw error;
    }
  }

  #line(
    change: ApplyChange,
    action: PlannedChange['action'],
    reason?: string,
  ): PlannedChange {
    return {
      system: change.system,
      target: 'direct',
      action,
      file: this.#where,
      object: describe(change.object),
      ...(reason ? { reason } : {}),
      manifest: change.object as unknown as Record<string, unknown>,
    };
  }

  #ownership(
    change: ApplyChange,
    live: KubernetesObject | undefined,
  ): PlannedChange | undefined {
    if (!live) {
      return undefined;
    }
    const holder = ownerOf(live);
    if (holder === change.owner) {
      return undefined;
    }
    const { kind, name, namespace } = describe(change.object);
    return this.#line(
      change,
      'conflict',
      `${kind} ${namespace ? `${namespace}/` : ''}${name} already exists in ${
        this.#where
      } (${holder ? `owned by ${holder}` : 'not managed by Backstage'})`,
    );
  }

  async plan(change: ApplyChange): Promise<PlannedChange> {
    const live = await this.#read(change.object);
    const conflict = this.#ownership(change, live);
    if (conflict) {
      return conflict;
    }
    if (!live) {
      return this.#line(change, 'create');
    }
    return this.#line(
      change,
      isSubset(change.object, live) ? 'unchanged' : 'update',
    );
  }

  async apply(change: ApplyChange): Promise<DirectStepResult> {
    const live = await this.#read(change.object);
    const conflict = this.#ownership(change, live);
    if (conflict) {
      throw new ConflictError(conflict.reason);
    }
    let applied: KubernetesObject;
    try {
      applied = await this.#call(
        `applying ${change.object.kind} ${change.object.metadata.name}`,
        () =>
          this.#client.patch<KubernetesObject>(
            change.object,
            undefined,
            undefined,
            NETWORK_FIELD_MANAGER,
            false,
            PatchStrategy.ServerSideApply,
          ),
      );
    } catch (error) {
      if (error instanceof ApiException && error.code === 409) {
        throw new ConflictError(
          `${change.object.kind} ${change.object.metadata.name} in ${
            this.#where
          }: ${statusMessage(error)}; another tool manages these fields`,
        );
      }
      if (error instanceof ApiException && error.code === 422) {
        throw new InputError(
          `The cluster refused ${change.object.kind} ${
            change.object.metadata.name
          }: ${statusMessage(error)}`,
        );
      }
      throw error;
    }
    if (!live) {
      return {
        planned: this.#line(change, 'create'),
        undo: () => this.delete(change.object),
      };
    }
    const same =
      applied.metadata.resourceVersion === live.metadata.resourceVersion;
    return { planned: this.#line(change, same ? 'unchanged' : 'update') };
  }

  /** Deletes an object by name; gone already is fine. */
  async delete(object: KubernetesObject): Promise<void> {
    try {
      await this.#call(`deleting ${object.kind} ${object.metadata.name}`, () =>
        this.#client.delete({
          apiVersion: object.apiVersion,
          kind: object.kind,
          metadata: {
            name: object.metadata.name,
            namespace: object.metadata.namespace,
          },
        }),
      );
    } catch (error) {
      if (!(error instanceof ApiException && error.code === 404)) {
        throw error;
      }
    }
  }
}
