import type { KubernetesObject } from '@localplus/plugin-network-common';

/** A field path inside an object, encoded as a JSON array of keys. */
export type FieldKey = string;

/** One `metadata.managedFields` entry. */
export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Record<string, unknown>;
}

/** A manager's ownership, with the paths decoded. */
export interface FieldOwner {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fields: Set<FieldKey>;
}

// identity and server-set fields are never owned
const IGNORED_TOP_LEVEL = new Set(['apiVersion', 'kind', 'status']);
const IGNORED_METADATA = new Set([
  'name',
  'namespace',
  'resourceVersion',
  'managedFields',
  'uid',
  'creationTimestamp',
  'generation',
  'selfLink',
  'deletionTimestamp',
]);

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The leaf paths an object sets. Lists count as one leaf each: this fake
 * treats every list as atomic, where the real API server merges some lists
 * by key (`x-kubernetes-list-type: map`).
 */
export function fieldKeys(object: KubernetesObject): Set<FieldKey> {
  const keys = new Set<FieldKey>();
  const walk = (value: unknown, path: string[]) => {
    if (isMap(value) && Object.keys(value).length > 0) {
      for (const [key, child] of Object.entries(value)) {
        const ignored =
          (path.length === 0 && IGNORED_TOP_LEVEL.has(key)) ||
          (path.length === 1 &&
            path[0] === 'metadata' &&
            IGNORED_METADATA.has(key));
        if (!ignored) {
          walk(child, [...path, key]);
        }
      }
    } else if (path.length > 0) {
      keys.add(JSON.stringify(path));
    }
  };
  walk(object, []);
  return keys;
}

/**
 * Equality of JSON values. Not `isDeepStrictEqual`: that compares
 * prototypes, and objects from `structuredClone` may come from another realm
 * (Jest runs tests in a VM context).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => jsonEqual(item, b[i]))
    );
  }
  if (isMap(a) && isMap(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every(key => key in b && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}

export function decodeKey(key: FieldKey): string[] {
  return JSON.parse(key);
}

/** `.spec.hostnames`, as conflict messages print a field. */
export function formatKey(key: FieldKey): string {
  return `.${decodeKey(key).join('.')}`;
}

export function getAt(object: unknown, path: string[]): unknown {
  let current = object;
  for (const key of path) {
    if (!isMap(current)) {
      return undefined;
    }
    current = current[key];
  }
  return current;
}

export function setAt(
  object: Record<string, unknown>,
  path: string[],
  value: unknown,
) {
  let current = object;
  for (const key of path.slice(0, -1)) {
    if (!isMap(current[key])) {
      current[key] = {};
    }
    current = current[key] as Record<string, unknown>;
  }
  current[path[path.length - 1]] = value;
}

/** Removes a field and the maps it leaves empty. */
export function deleteAt(object: Record<string, unknown>, path: string[]) {
  const parents: Array<Record<string, unknown>> = [];
  let current = object;
  for (const key of path.slice(0, -1)) {
    if (!isMap(current[key])) {
      return;
    }
    parents.push(current);
    current = current[key] as Record<string, unknown>;
  }
  delete current[path[path.length - 1]];
  for (let i = parents.length - 1; i >= 0; i--) {
    const key = path[i];
    const child = parents[i][key];
    if (isMap(child) && Object.keys(child).length === 0) {
      delete parents[i][key];
    } else {
      break;
    }
  }
}

function toFieldsV1(fields: Set<FieldKey>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const key of [...fields].sort()) {
    let node = root;
    for (const segment of decodeKey(key)) {
      const name = `f:${segment}`;
      node[name] ??= {};
      node = node[name] as Record<string, unknown>;
    }
  }
  return root;
}

function fromFieldsV1(fieldsV1: Record<string, unknown>): Set<FieldKey> {
  const fields = new Set<FieldKey>();
  const walk = (node: Record<string, unknown>, path: string[]) => {
    const children = Object.keys(node).filter(k => k.startsWith('f:'));
    if (children.length === 0 && path.length > 0) {
      fields.add(JSON.stringify(path));
    }
    for (const child of children) {
      walk(node[child] as Record<string, unknown>, [...path, child.slice(2)]);
    }
  };
  walk(fieldsV1, []);
  return fields;
}

export function readOwners(object: KubernetesObject | undefined): FieldOwner[] {
  const entries = (object?.metadata.managedFields ??
    []) as ManagedFieldsEntry[];
  return entries.map(entry => ({
    manager: entry.manager,
    operation: entry.operation,
    apiVersion: entry.apiVersion,
    time: entry.time,
    fields: fromFieldsV1(entry.fieldsV1 ?? {}),
  }));
}

export function writeOwners(owners: FieldOwner[]): ManagedFieldsEntry[] {
  return owners
    .filter(owner => owner.fields.size > 0)
    .map(owner => ({
      manager: owner.manager,
      operation: owner.operation,
      apiVersion: owner.apiVersion,
      time: owner.time,
      fieldsType: 'FieldsV1',
      fieldsV1: toFieldsV1(owner.fields),
    }));
}

export function sameFields(a: Set<FieldKey>, b: Set<FieldKey>): boolean {
  return a.size === b.size && [...a].every(key => b.has(key));
}
