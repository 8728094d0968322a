/*
 * Declared vs live, field by field. Only fields the declared object sets are compared: the API
 * server and controllers add defaults (Service clusterIP, backendRef weight, parentRef group…)
 * that look exactly like fields someone added by hand, and reporting those would bury real
 * drift. Lists of a different length are reported as a whole.
 */
import { isRecord } from '../objects';

const IGNORED_METADATA = new Set([
  'resourceVersion',
  'managedFields',
  'uid',
  'creationTimestamp',
  'generation',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'ownerReferences',
  'finalizers',
]);

const IGNORED_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'argocd.argoproj.io/tracking-id',
  'deployment.kubernetes.io/revision',
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function childPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) {
    return parent ? `${parent}.${key}` : key;
  }
  return `${parent}[${JSON.stringify(key)}]`;
}

function ignored(path: string, key: string): boolean {
  // The API server answers in any served version: v1beta1 vs v1 is not drift.
  if (path === '' && (key === 'status' || key === 'apiVersion')) return true;
  if (path === 'metadata' && IGNORED_METADATA.has(key)) return true;
  return path === 'metadata.annotations' && IGNORED_ANNOTATIONS.has(key);
}

// YAML authors write `port: '8080'` where the API server answers 8080 and vice versa.
function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const loose = (v: unknown) => typeof v === 'number' || typeof v === 'string';
  return loose(a) && loose(b) && String(a) === String(b);
}

function compare(
  declared: unknown,
  live: unknown,
  path: string,
  out: string[],
): void {
  if (Array.isArray(declared)) {
    if (!Array.isArray(live) || live.length !== declared.length) {
      out.push(path);
      return;
    }
    declared.forEach((item, i) => compare(item, live[i], `${path}[${i}]`, out));
    return;
  }
  if (isRecord(declared)) {
    if (!isRecord(live)) {
      out.push(path);
      return;
    }
    for (const [key, value] of Object.entries(declared)) {
      if (ignored(path, key)) continue;
      const next = childPath(path, key);
      if (!(key in live)) {
        if (value !== null && value !== undefined) out.push(next);
        continue;
      }
      compare(value, live[key], next, out);
    }
    return;
  }
  if (!sameScalar(declared, live)) {
    out.push(path);
  }
}

/**
 * Field paths where the live object differs from the declared one, e.g.
 * `spec.rules[0].backendRefs[0].port`. Empty when in sync.
 */
export function objectDifferences(declared: unknown, live: unknown): string[] {
  const out: string[] = [];
  compare(declared, live, '', out);
  return out;
}
