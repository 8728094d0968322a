/*
 * Cilium entities (docs: security/policy/layer3 "Entities based"; the
 * members of `cluster` follow pkg/policy/api/entity.go InitEntities, which
 * is more complete than the prose: host, remote-node, init, ingress, health,
 * unmanaged, kube-apiserver and every endpoint of the local cluster).
 */

export const ENTITY_NAMES: readonly string[] = [
  'all',
  'world',
  'cluster',
  'host',
  'remote-node',
  'kube-apiserver',
  'ingress',
  'health',
  'init',
  'unmanaged',
  'none',
];

/** Identities that are neither pods of the estate nor outside the cluster. */
export const CLUSTER_ENTITIES: readonly string[] = [
  'host',
  'remote-node',
  'kube-apiserver',
  'ingress',
  'health',
  'init',
  'unmanaged',
];

/** Entities a flow may start or end at: single identities, not groups. */
export const FLOW_ENTITIES: readonly string[] = [...CLUSTER_ENTITIES, 'world'];

/** Pseudo-atom for "a pod of the estate". */
export const POD_ATOM = 'pod';

/** Whether entity `entity` contains the single identity `atom`. */
export function entityIncludes(entity: string, atom: string): boolean {
  if (entity === 'all') return atom !== 'none';
  if (entity === 'cluster')
    return atom === POD_ATOM || CLUSTER_ENTITIES.includes(atom);
  return entity === atom && entity !== 'none';
}

/**
 * Coverage between two entities as peers of a connection listing, where
 * `cluster` and `all` stand for their identities outside the estate's pods.
 */
export function entityCovers(
  rule: string,
  key: string,
): 'yes' | 'partial' | 'no' {
  if (rule === 'none' || key === 'none') return 'no';
  if (rule === key || rule === 'all') return 'yes';
  if (rule === 'cluster') {
    if (CLUSTER_ENTITIES.includes(key)) return 'yes';
    return key === 'all' ? 'partial' : 'no';
  }
  if (key === 'all') return 'partial';
  if (key === 'cluster')
    return CLUSTER_ENTITIES.includes(rule) ? 'partial' : 'no';
  return 'no';
}

/**
 * toFQDNs matchPattern semantics (docs: layer3 "DNS based"): `*` alone
 * matches every name, `*` inside a label matches DNS characters but not
 * `.`, and a `**.` prefix matches any number of subdomain labels.
 */
export function fqdnMatches(pattern: string, name: string): boolean {
  const p = normalizeFqdn(pattern);
  const n = normalizeFqdn(name);
  if (p === '*') return true;
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  let source: string;
  if (p.startsWith('**.')) {
    source = `(?:[-a-z0-9_]+\\.)+${escape(p.slice(3)).replace(
      /\*/g,
      '[-a-z0-9_]*',
    )}`;
  } else {
    source = escape(p).replace(/\*/g, '[-a-z0-9_]*');
  }
  return new RegExp(`^${source}$`).test(n);
}

export function normalizeFqdn(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}
