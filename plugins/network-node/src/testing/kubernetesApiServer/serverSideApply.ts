import type { KubernetesObject } from '@localplus/plugin-network-common';
import {
  FieldKey,
  FieldOwner,
  decodeKey,
  deleteAt,
  fieldKeys,
  formatKey,
  getAt,
  jsonEqual,
  readOwners,
  sameFields,
  setAt,
  writeOwners,
} from './managedFields';
import { apiServerError } from './status';

/** How the stored object is defaulted, as the CRD schema would. */
export type Defaulter = (object: KubernetesObject) => KubernetesObject;

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyMap(value: unknown): boolean {
  return isMap(value) && Object.keys(value).length === 0;
}

interface Conflict {
  owner: FieldOwner;
  key: FieldKey;
}

function conflictError(conflicts: Conflict[], apiVersion: string) {
  const byManager = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    const list = byManager.get(conflict.owner.manager) ?? [];
    list.push(conflict);
    byManager.set(conflict.owner.manager, list);
  }
  const plural = conflicts.length === 1 ? 'conflict' : 'conflicts';
  const parts = [...byManager.entries()].map(([manager, list]) =>
    list.length === 1
      ? `conflict with "${manager}" using ${apiVersion}: ${formatKey(
          list[0].key,
        )}`
      : `conflicts with "${manager}" using ${apiVersion}:\n${list
          .map(c => `- ${formatKey(c.key)}`)
          .join('\n')}`,
  );
  return apiServerError(
    409,
    `Apply failed with ${conflicts.length} ${plural}: ${parts.join('\n')}`,
    {
      details: {
        causes: conflicts.map(c => ({
          reason: 'FieldManagerConflict',
          message: `conflict with "${c.owner.manager}" using ${apiVersion}`,
          field: formatKey(c.key),
        })),
      },
    },
  );
}

// ownership only lists fields the object still has
function pruneOwners(owners: FieldOwner[], object: KubernetesObject) {
  const present = fieldKeys(object);
  for (const owner of owners) {
    owner.fields = new Set([...owner.fields].filter(key => present.has(key)));
  }
}

// a no-op write keeps the previous entry, timestamp included
function keepUnchangedTimes(owners: FieldOwner[], previous: FieldOwner[]) {
  for (const owner of owners) {
    const before = previous.find(
      p => p.manager === owner.manager && p.operation === owner.operation,
    );
    if (before && sameFields(before.fields, owner.fields)) {
      owner.time = before.time;
    }
  }
}

function withoutManagedFields(object: KubernetesObject) {
  const { managedFields: _, ...metadata } = object.metadata;
  return { ...object, metadata };
}

function contentEqual(a: KubernetesObject, b: KubernetesObject) {
  return jsonEqual(withoutManagedFields(a), withoutManagedFields(b));
}

/** Whether a write would leave the stored object as it is. */
export function isUnchanged(
  live: KubernetesObject | undefined,
  result: KubernetesObject,
): boolean {
  return (
    live !== undefined &&
    jsonEqual(live.metadata.managedFields, result.metadata.managedFields) &&
    contentEqual(live, result)
  );
}

/**
 * Server-side apply: merges the applied configuration into the live object,
 * moves ownership of the fields it sets to `manager`, and removes fields the
 * manager applied before but no longer does (unless someone else owns them).
 * Changing a field another manager owns is a 409 unless `force` is set.
 * Status is ignored, as for a resource with a status subresource.
 */
export function serverSideApply(options: {
  live: KubernetesObject | undefined;
  applied: KubernetesObject;
  manager: string;
  force: boolean;
  now: string;
  defaults: Defaulter;
}): KubernetesObject {
  const { live, applied, manager, force, now, defaults } = options;
  const values = defaults(applied);
  const previous = readOwners(live);
  const owners = readOwners(live);
  let mine = owners.find(o => o.manager === manager && o.operation === 'Apply');
  const applying = fieldKeys(applied);

  const conflicts: Conflict[] = [];
  for (const key of applying) {
    const path = decodeKey(key);
    const same = jsonEqual(getAt(live, path), getAt(values, path));
    for (const owner of owners) {
      if (owner !== mine && owner.fields.has(key) && !same) {
        conflicts.push({ owner, key });
      }
    }
  }
  if (conflicts.length > 0 && !force) {
    throw conflictError(conflicts, applied.apiVersion);
  }
  for (const { owner, key } of conflicts) {
    owner.fields.delete(key);
  }

  const result = structuredClone(
    live ?? {
      apiVersion: applied.apiVersion,
      kind: applied.kind,
      metadata: {
        name: applied.metadata.name,
        ...(applied.metadata.namespace !== undefined && {
          namespace: applied.metadata.namespace,
        }),
      },
    },
  ) as KubernetesObject & Record<string, unknown>;
  result.apiVersion = applied.apiVersion;
  const previousOwner = mine;
  for (const key of previousOwner?.fields ?? []) {
    const ownedElsewhere = owners.some(
      o => o !== previousOwner && o.fields.has(key),
    );
    if (!applying.has(key) && !ownedElsewhere) {
      deleteAt(result, decodeKey(key));
    }
  }
  for (const key of applying) {
    const path = decodeKey(key);
    const value = getAt(values, path);
    // an empty map merges into what is there rather than replacing it
    if (!(isEmptyMap(value) && isMap(getAt(result, path)))) {
      setAt(result, path, structuredClone(value));
    }
  }

  if (!mine) {
    mine = {
      manager,
      operation: 'Apply',
      apiVersion: applied.apiVersion,
      time: now,
      fields: new Set(),
    };
    owners.push(mine);
  }
  mine.fields = applying;
  mine.apiVersion = applied.apiVersion;
  mine.time = now;
  const stored = defaults(result);
  pruneOwners(owners, stored);
  if (live && contentEqual(live, stored)) {
    keepUnchangedTimes(owners, previous);
  }
  stored.metadata.managedFields = writeOwners(owners);
  return stored;
}

/**
 * An update (create, replace, merge patch): the fields it changes move to
 * `manager`, as the API server records for `operation: Update`.
 */
export function recordUpdate(options: {
  live: KubernetesObject | undefined;
  updated: KubernetesObject;
  manager: string;
  now: string;
}): KubernetesObject {
  const { live, updated, manager, now } = options;
  const previous = readOwners(live);
  const owners = readOwners(live);
  const changed = [...fieldKeys(updated)].filter(key => {
    const path = decodeKey(key);
    return !jsonEqual(getAt(live, path), getAt(updated, path));
  });
  for (const owner of owners) {
    for (const key of changed) {
      owner.fields.delete(key);
    }
  }
  let mine = owners.find(
    o => o.manager === manager && o.operation === 'Update',
  );
  if (!mine) {
    mine = {
      manager,
      operation: 'Update',
      apiVersion: updated.apiVersion,
      time: now,
      fields: new Set(),
    };
    owners.push(mine);
  }
  if (changed.length > 0) {
    mine.time = now;
    mine.apiVersion = updated.apiVersion;
  }
  for (const key of changed) {
    mine.fields.add(key);
  }
  const stored = structuredClone(updated);
  pruneOwners(owners, stored);
  keepUnchangedTimes(owners, previous);
  stored.metadata.managedFields = writeOwners(owners);
  return stored;
}
