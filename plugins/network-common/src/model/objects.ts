/*
 * Reading untrusted Kubernetes objects. Everything in a manifest may be missing or of the wrong
 * type, so the model reads through these helpers instead of trusting casts.
 */
import type { KubernetesObject, Origin, SourcedObject } from './sources';
import type { ObjectRef } from './view';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Json {
  return isRecord(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Ports arrive as numbers or as quoted numbers (Cilium writes `'8080'`). */
export function asPort(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 65535
    ? n
    : undefined;
}

export function asStringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, v] of Object.entries(asRecord(value))) {
    if (typeof v === 'string') {
      result[key] = v;
    }
  }
  return result;
}

/** The API group, without the version: declared and live objects may use different versions. */
export function apiGroup(object: KubernetesObject): string {
  const apiVersion = object.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

const keys = new WeakMap<KubernetesObject, string>();

/** Identity of an object across sources: group, kind, namespace and name. */
export function objectKey(object: KubernetesObject): string {
  let key = keys.get(object);
  if (key === undefined) {
    key = computeKey(object);
    keys.set(object, key);
  }
  return key;
}

function computeKey(object: KubernetesObject): string {
  return [
    apiGroup(object),
    object.kind,
    object.metadata?.namespace ?? '',
    object.metadata?.name ?? '',
  ].join('/');
}

export function nameOf(object: KubernetesObject): string {
  return object.metadata?.name ?? '';
}

export function namespaceOf(object: KubernetesObject): string | undefined {
  return object.metadata?.namespace;
}

export function labelsOf(object: KubernetesObject): Record<string, string> {
  return asStringMap(object.metadata?.labels);
}

export function annotationsOf(
  object: KubernetesObject,
): Record<string, string> {
  return asStringMap(object.metadata?.annotations);
}

export function specOf(object: KubernetesObject): Json {
  return asRecord(object.spec);
}

export function originRef(
  kind: string,
  name: string,
  origin: Origin,
  namespace?: string,
): ObjectRef {
  const ref: ObjectRef = { kind, name, source: origin.source };
  if (namespace !== undefined) ref.namespace = namespace;
  if (origin.file !== undefined) ref.file = origin.file;
  if (origin.line !== undefined) ref.line = origin.line;
  if (origin.cluster !== undefined) ref.cluster = origin.cluster;
  if (origin.url !== undefined) ref.url = origin.url;
  return ref;
}

export function objectRefOf(sourced: SourcedObject): ObjectRef {
  const { object, origin } = sourced;
  return originRef(object.kind, nameOf(object), origin, namespaceOf(object));
}

/** `Kind ns/name`, the way findings and reasons name an object. */
export function describeRef(ref: ObjectRef): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}
