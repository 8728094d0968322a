import { randomUUID } from 'node:crypto';
import type { KubernetesObject } from '@localplus/plugin-network-common';
import type { ManifestValidator } from '../../validation/types';
import { jsonEqual } from './managedFields';
import { ServedResource, groupVersionOf, resourceKey } from './resources';
import { isUnchanged, recordUpdate, serverSideApply } from './serverSideApply';
import { ObjectStore } from './store';
import { apiServerError } from './status';

/** What every write needs: the store and, when the CRDs are at hand, a validator. */
export interface WriteContext {
  store: ObjectStore;
  validator?: ManifestValidator;
  namespaceResource: ServedResource;
}

/** Where a write goes: the resource and the namespace and name from the URL. */
export interface WriteTarget {
  resource: ServedResource;
  namespace?: string;
  name?: string;
}

export interface WriteResult {
  object: KubernetesObject;
  /** `created`, `updated`, or `unchanged` when nothing was stored. */
  outcome: 'created' | 'updated' | 'unchanged';
}

function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function qualifiedKind(resource: ServedResource): string {
  return resource.group ? `${resource.kind}.${resource.group}` : resource.kind;
}

/** Rejects a body that does not belong at the URL it was sent to. */
export function checkIdentity(target: WriteTarget, body: KubernetesObject) {
  const { resource } = target;
  if (
    body?.apiVersion !== groupVersionOf(resource) ||
    body.kind !== resource.kind
  ) {
    throw apiServerError(
      400,
      `the API version in the data (${body?.apiVersion}) and kind (${
        body?.kind
      }) do not match ${groupVersionOf(resource)} ${resource.kind}`,
    );
  }
  if (!body.metadata?.name) {
    throw apiServerError(
      422,
      `${qualifiedKind(
        resource,
      )} "" is invalid: metadata.name: Required value: name or generateName is required`,
    );
  }
  if (target.name !== undefined && body.metadata.name !== target.name) {
    throw apiServerError(
      400,
      'the name of the object does not match the name on the URL',
    );
  }
  const namespace = resource.namespaced ? target.namespace : undefined;
  if (resource.namespaced && !namespace) {
    throw apiServerError(400, 'the namespace of the object is required');
  }
  if ((body.metadata.namespace ?? namespace) !== namespace) {
    throw apiServerError(
      400,
      'the namespace of the provided object does not match the namespace sent on the request',
    );
  }
}

function validate(
  ctx: WriteContext,
  resource: ServedResource,
  object: KubernetesObject,
) {
  const result = ctx.validator?.validate(object);
  if (!result || result.status !== 'invalid') {
    return;
  }
  const name = object.metadata.name ?? '';
  const causes = result.errors.map(e => ({
    reason: 'FieldValueInvalid',
    message: e.message,
    field: e.path,
  }));
  const listed = causes.map(c => `${c.field || '<nil>'}: ${c.message}`);
  const summary = listed.length === 1 ? listed[0] : `[${listed.join(', ')}]`;
  throw apiServerError(
    422,
    `${qualifiedKind(resource)} "${name}" is invalid: ${summary}`,
    { details: { name, group: resource.group, kind: resource.kind, causes } },
  );
}

function contentOf(object: KubernetesObject) {
  const { metadata, status: _, ...rest } = object;
  return rest;
}

// fills the fields the API server owns: uid, creation time, generation
function serverFields(
  live: KubernetesObject | undefined,
  next: KubernetesObject,
) {
  const generation = Number(live?.metadata.generation ?? 0);
  const specChanged = !live || !jsonEqual(contentOf(live), contentOf(next));
  next.metadata.uid = live?.metadata.uid ?? randomUUID();
  next.metadata.creationTimestamp =
    live?.metadata.creationTimestamp ?? timestamp();
  next.metadata.generation = specChanged ? generation + 1 : generation;
  if (live) {
    next.metadata.resourceVersion = live.metadata.resourceVersion;
    if (!('status' in next) && 'status' in live) {
      next.status = live.status;
    }
  } else {
    delete next.metadata.resourceVersion;
  }
}

function requireNamespace(ctx: WriteContext, target: WriteTarget) {
  const { namespace, resource } = target;
  if (resource.namespaced && namespace !== undefined) {
    const key = resourceKey(ctx.namespaceResource);
    if (!ctx.store.get(key, undefined, namespace)) {
      throw apiServerError(404, `namespaces "${namespace}" not found`, {
        details: { name: namespace, kind: 'namespaces' },
      });
    }
  }
}

function store(
  ctx: WriteContext,
  target: WriteTarget,
  live: KubernetesObject | undefined,
  next: KubernetesObject,
  options: { dryRun?: boolean; skipValidation?: boolean },
): WriteResult {
  serverFields(live, next);
  if (!options.skipValidation) {
    validate(ctx, target.resource, next);
  }
  if (isUnchanged(live, next)) {
    return { object: structuredClone(live!), outcome: 'unchanged' };
  }
  const outcome = live ? 'updated' : 'created';
  if (options.dryRun) {
    return { object: next, outcome };
  }
  const event = ctx.store.write(resourceKey(target.resource), next);
  return { object: structuredClone(event.object), outcome };
}

function liveObject(ctx: WriteContext, target: WriteTarget, name: string) {
  const namespace = target.resource.namespaced ? target.namespace : undefined;
  return ctx.store.get(resourceKey(target.resource), namespace, name);
}

function defaulter(ctx: WriteContext) {
  return (object: KubernetesObject) =>
    ctx.validator
      ? ctx.validator.applyDefaults(object)
      : structuredClone(object);
}

/** Server-side apply (`PATCH` with `application/apply-patch+yaml`). */
export function applyObject(
  ctx: WriteContext,
  target: WriteTarget,
  applied: KubernetesObject,
  options: { fieldManager?: string; force?: boolean; dryRun?: boolean },
): WriteResult {
  if (!options.fieldManager) {
    throw apiServerError(
      422,
      'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
    );
  }
  checkIdentity(target, applied);
  requireNamespace(ctx, target);
  const live = liveObject(ctx, target, applied.metadata.name!);
  const next = serverSideApply({
    live,
    applied,
    manager: options.fieldManager,
    force: options.force ?? false,
    now: timestamp(),
    defaults: defaulter(ctx),
  });
  return store(ctx, target, live, next, options);
}

/** Create (`POST`), replace (`PUT`) or the fixtures' `put`: the whole object. */
export function writeObject(
  ctx: WriteContext,
  target: WriteTarget,
  object: KubernetesObject,
  options: {
    mode: 'create' | 'replace' | 'upsert';
    fieldManager?: string;
    dryRun?: boolean;
    skipValidation?: boolean;
  },
): WriteResult {
  checkIdentity(target, object);
  requireNamespace(ctx, target);
  const name = object.metadata.name!;
  const live = liveObject(ctx, target, name);
  const kind = qualifiedKind(target.resource).toLowerCase();
  if (options.mode === 'create' && live) {
    throw apiServerError(
      409,
      `${target.resource.plural} "${name}" already exists`,
      {
        reason: 'AlreadyExists',
        details: { name, group: target.resource.group, kind },
      },
    );
  }
  if (options.mode === 'replace' && !live) {
    throw apiServerError(404, `${target.resource.plural} "${name}" not found`);
  }
  const expected = object.metadata.resourceVersion;
  if (live && expected && expected !== live.metadata.resourceVersion) {
    throw apiServerError(
      409,
      `Operation cannot be fulfilled on ${target.resource.plural} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    );
  }
  const updated = defaulter(ctx)(object);
  if (options.mode === 'upsert' && 'status' in object) {
    // fixtures set status directly, as a controller would through /status
    updated.status = structuredClone(object.status);
  }
  const next = recordUpdate({
    live,
    updated,
    manager: options.fieldManager ?? 'unknown',
    now: timestamp(),
  });
  return store(ctx, target, live, next, options);
}

/** `DELETE`: the object as it was, or 404. */
export function deleteObject(
  ctx: WriteContext,
  target: WriteTarget,
  name: string,
) {
  const namespace = target.resource.namespaced ? target.namespace : undefined;
  const event = ctx.store.remove(resourceKey(target.resource), namespace, name);
  if (!event) {
    throw apiServerError(404, `${target.resource.plural} "${name}" not found`);
  }
  return event.object;
}
