/*
 * Label selectors (Kubernetes LabelSelector semantics, which Cilium's
 * EndpointSelector reuses), compiled into a flat list of requirements that
 * are ANDed together.
 */

export type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

export interface ParsedSelector {
  requirements: Requirement[];
  /** matchLabels keys exactly as written (Cilium treats `k8s:` specially). */
  rawMatchLabelKeys: string[];
  errors: string[];
}

/** Cilium puts the pod's namespace into this label of every endpoint. */
export const NAMESPACE_KEY = 'io.kubernetes.pod.namespace';
/** Cilium copies each namespace label k=v to the pod as this prefix + k. */
export const NAMESPACE_LABELS_PREFIX = 'io.cilium.k8s.namespace.labels.';
/** Cilium labels every pod with its service account. */
export const SERVICE_ACCOUNT_KEY = 'io.cilium.k8s.policy.serviceaccount';
/** Kubernetes sets this label on every namespace (since 1.21). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

const OPERATORS: readonly Operator[] = [
  'In',
  'NotIn',
  'Exists',
  'DoesNotExist',
];

/**
 * Cilium label keys may carry a source prefix. Pod labels have source `k8s`,
 * and `any:` (or no prefix) matches every source, so both reduce to the bare
 * key. Other sources (`reserved:`, `container:`, `cidr:`...) are kept as
 * written: Kubernetes label keys cannot contain ':', so no pod ever has them.
 */
export function normalizeKey(raw: string): string {
  const colon = raw.indexOf(':');
  if (colon < 0) return raw;
  const source = raw.slice(0, colon);
  return source === 'k8s' || source === 'any' ? raw.slice(colon + 1) : raw;
}

function labelValue(value: unknown): string {
  // YAML turns `true` or `8080` into non-strings; the API server would not.
  return value === null || value === undefined ? '' : String(value);
}

export function parseSelector(raw: unknown): ParsedSelector {
  const parsed: ParsedSelector = {
    requirements: [],
    rawMatchLabelKeys: [],
    errors: [],
  };
  if (raw === undefined || raw === null) return parsed;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    parsed.errors.push('selector is not an object');
    return parsed;
  }
  const { matchLabels, matchExpressions } = raw as Record<string, unknown>;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (typeof matchLabels !== 'object' || Array.isArray(matchLabels)) {
      parsed.errors.push('matchLabels is not an object');
    } else {
      for (const [key, value] of Object.entries(matchLabels)) {
        parsed.rawMatchLabelKeys.push(key);
        parsed.requirements.push({
          key: normalizeKey(key),
          operator: 'In',
          values: [labelValue(value)],
        });
      }
    }
  }
  if (matchExpressions !== undefined && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) {
      parsed.errors.push('matchExpressions is not a list');
    } else {
      for (const expression of matchExpressions) {
        const { key, operator, values } = (expression ?? {}) as Record<
          string,
          unknown
        >;
        if (
          typeof key !== 'string' ||
          !OPERATORS.includes(operator as Operator)
        ) {
          parsed.errors.push(
            `unsupported match expression ${JSON.stringify(expression)}`,
          );
          continue;
        }
        const list = Array.isArray(values) ? values.map(labelValue) : [];
        if ((operator === 'In' || operator === 'NotIn') && list.length === 0) {
          parsed.errors.push(
            `match expression on ${key} with ${operator} needs values`,
          );
          continue;
        }
        parsed.requirements.push({
          key: normalizeKey(key),
          operator: operator as Operator,
          values: list,
        });
      }
    }
  }
  return parsed;
}

export function matchesRequirement(
  req: Requirement,
  labels: ReadonlyMap<string, string>,
): boolean {
  const value = labels.get(req.key);
  switch (req.operator) {
    case 'In':
      return value !== undefined && req.values.includes(value);
    case 'NotIn':
      return value === undefined || !req.values.includes(value);
    case 'Exists':
      return value !== undefined;
    default:
      return value === undefined;
  }
}

export function matchesAll(
  reqs: readonly Requirement[],
  labels: ReadonlyMap<string, string>,
): boolean {
  return reqs.every(r => matchesRequirement(r, labels));
}

export function hasKey(reqs: readonly Requirement[], key: string): boolean {
  return reqs.some(r => r.key === key);
}

export function hasKeyPrefix(
  reqs: readonly Requirement[],
  prefix: string,
): boolean {
  return reqs.some(r => r.key.startsWith(prefix));
}

export function describeRequirement(req: Requirement): string {
  switch (req.operator) {
    case 'In':
      return req.values.length === 1
        ? `${req.key}=${req.values[0]}`
        : `${req.key} in (${req.values.join(',')})`;
    case 'NotIn':
      return `${req.key} notin (${req.values.join(',')})`;
    case 'Exists':
      return req.key;
    default:
      return `!${req.key}`;
  }
}

export function describeRequirements(reqs: readonly Requirement[]): string {
  return reqs.length === 0 ? '{}' : reqs.map(describeRequirement).join(', ');
}

/** A stable key for caching resolved selectors. */
export function requirementsKey(reqs: readonly Requirement[]): string {
  return reqs
    .map(
      r =>
        `${r.key}\u0001${r.operator}\u0001${[...r.values]
          .sort()
          .join('\u0002')}`,
    )
    .sort()
    .join('\u0003');
}
