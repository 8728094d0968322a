import { normalizeDnsName } from '../names';
import {
  asArray,
  asPort,
  asRecord,
  asString,
  nameOf,
  namespaceOf,
  objectRefOf,
  specOf,
} from '../objects';
import type { SourcedObject } from '../sources';
import type { ObjectRef, RouteView } from '../view';

export interface PathMatch {
  type: 'Exact' | 'PathPrefix' | 'RegularExpression';
  value: string;
}

export interface RouteMatch {
  path: PathMatch;
  method?: string;
  headers: { name: string; value: string }[];
  queryParams: number;
}

export interface BackendRef {
  group: string;
  kind: string;
  namespace: string;
  name: string;
  port?: number;
}

export interface RouteRuleFacts {
  index: number;
  matches: RouteMatch[];
  backends: BackendRef[];
}

export interface ParentRef {
  group: string;
  kind: string;
  namespace: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface RouteFacts {
  namespace: string;
  name: string;
  hostnames: string[];
  declaredHostnames: string[];
  parentRefs: ParentRef[];
  rules: RouteRuleFacts[];
  createdAt?: string;
  /** `status.parents` of a live object. */
  status: { parentRef: ParentRef; conditions: RouteView['conditions'] }[];
  sourced: SourcedObject;
  ref: ObjectRef;
}

/** Gateway API's default when a rule has no matches: every path. */
const DEFAULT_MATCH: RouteMatch = {
  path: { type: 'PathPrefix', value: '/' },
  headers: [],
  queryParams: 0,
};

function matchOf(raw: unknown): RouteMatch {
  const match = asRecord(raw);
  const path = asRecord(match.path);
  const type = asString(path.type);
  return {
    path: {
      type:
        type === 'Exact' || type === 'RegularExpression' ? type : 'PathPrefix',
      value: asString(path.value) ?? '/',
    },
    method: asString(match.method),
    headers: asArray(match.headers).map(h => ({
      name: asString(asRecord(h).name) ?? '',
      value: asString(asRecord(h).value) ?? '',
    })),
    queryParams: asArray(match.queryParams).length,
  };
}

function parentRefOf(raw: unknown, routeNamespace: string): ParentRef {
  const ref = asRecord(raw);
  return {
    group: asString(ref.group) ?? 'gateway.networking.k8s.io',
    kind: asString(ref.kind) ?? 'Gateway',
    namespace: asString(ref.namespace) ?? routeNamespace,
    name: asString(ref.name) ?? '',
    sectionName: asString(ref.sectionName),
    port: asPort(ref.port),
  };
}

function conditionsOf(raw: unknown): RouteView['conditions'] {
  return asArray(raw).map(c => {
    const condition = asRecord(c);
    const entry: RouteView['conditions'][number] = {
      type: asString(condition.type) ?? '',
      status: asString(condition.status) ?? 'Unknown',
    };
    const reason = asString(condition.reason);
    if (reason) entry.reason = reason;
    const message = asString(condition.message);
    if (message) entry.message = message;
    return entry;
  });
}

export function routeFacts(sourced: SourcedObject): RouteFacts | undefined {
  if (sourced.object.kind !== 'HTTPRoute') return undefined;
  const namespace = namespaceOf(sourced.object) ?? 'default';
  const spec = specOf(sourced.object);
  const declaredHostnames = asArray(spec.hostnames).filter(
    (h): h is string => typeof h === 'string',
  );
  const rules = asArray(spec.rules);
  return {
    namespace,
    name: nameOf(sourced.object),
    declaredHostnames,
    hostnames: declaredHostnames.map(normalizeDnsName),
    parentRefs: asArray(spec.parentRefs).map(p => parentRefOf(p, namespace)),
    // Gateway API defaults an absent rule list to one rule matching every path.
    rules: (rules.length > 0 ? rules : [{}]).map((raw, index) => {
      const rule = asRecord(raw);
      const matches = asArray(rule.matches);
      return {
        index,
        matches: matches.length > 0 ? matches.map(matchOf) : [DEFAULT_MATCH],
        backends: asArray(rule.backendRefs).map(b => {
          const backend = asRecord(b);
          return {
            group: asString(backend.group) ?? '',
            kind: asString(backend.kind) ?? 'Service',
            namespace: asString(backend.namespace) ?? namespace,
            name: asString(backend.name) ?? '',
            port: asPort(backend.port),
          };
        }),
      };
    }),
    createdAt: asString(sourced.object.metadata?.creationTimestamp),
    status: asArray(asRecord(sourced.object.status).parents).map(p => {
      const parent = asRecord(p);
      return {
        parentRef: parentRefOf(parent.parentRef, namespace),
        conditions: conditionsOf(parent.conditions),
      };
    }),
    sourced,
    ref: objectRefOf(sourced),
  };
}

/** Element-wise prefix matching, as Gateway API defines PathPrefix: `/abc` does not match `/abcd`. */
export function pathPrefixMatches(prefix: string, path: string): boolean {
  const trimmed = prefix.replace(/\/+$/, '');
  if (trimmed === '') return true;
  return path === trimmed || path.startsWith(`${trimmed}/`);
}

/**
 * Whether a request path meets a route match. Regular expressions are implementation-specific;
 * Envoy (Cilium's data plane) matches them against the whole path.
 */
export function pathMatches(
  match: PathMatch,
  path: string,
  fullRegex: (pattern: string, input: string) => boolean,
): boolean {
  switch (match.type) {
    case 'Exact':
      return match.value === path;
    case 'RegularExpression':
      return fullRegex(match.value, path);
    default:
      return pathPrefixMatches(match.value, path);
  }
}

/** The path a chain follows for a match: its value for Exact and PathPrefix. */
export function representativePath(match: PathMatch): string {
  return match.type === 'RegularExpression' ? '/' : match.value || '/';
}
