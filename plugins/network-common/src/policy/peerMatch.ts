import {
  entityCovers,
  entityIncludes,
  fqdnMatches,
  normalizeFqdn,
  POD_ATOM,
} from './entities';
import type { PeerSpec } from './model';

/** The other end of a flow, as seen from the side being evaluated. */
export type Counterpart =
  | { kind: 'workload'; index: number }
  /** A single identity: host, remote-node, kube-apiserver, ingress, health, init, unmanaged, world. */
  | { kind: 'entity'; entity: string }
  /** An address; the estate has no pod or node IPs, so it is taken to be outside the cluster. */
  | { kind: 'ip'; v4?: number; text: string }
  /** A peer as written in some rule, for the connection listing. */
  | { kind: 'external'; spec: PeerSpec };

export type PeerMatch =
  | { result: 'yes' }
  | { result: 'no' }
  | { result: 'maybe'; reason: string };

const YES: PeerMatch = { result: 'yes' };
const NO: PeerMatch = { result: 'no' };
const maybe = (reason: string): PeerMatch => ({ result: 'maybe', reason });

function matchWorkload(spec: PeerSpec, index: number): PeerMatch {
  switch (spec.kind) {
    case 'any':
      return YES;
    case 'pods':
      return spec.pods.has(index) ? YES : NO;
    case 'entity':
      return entityIncludes(spec.entity, POD_ATOM) ? YES : NO;
    case 'service':
      return spec.pods.has(index) ? maybe(spec.reason) : NO;
    case 'opaque':
      return spec.scope === 'unknown' ? maybe(spec.reason) : NO;
    default:
      // CIDR rules never match pods (docs: layer3 "IP/CIDR based"), and
      // toFQDNs does not apply to in-cluster IPs (CRD: ToFQDN).
      return NO;
  }
}

function matchEntity(spec: PeerSpec, entity: string): PeerMatch {
  const world = entity === 'world';
  switch (spec.kind) {
    case 'any':
      return YES;
    case 'entity':
      return entityIncludes(spec.entity, entity) ? YES : NO;
    case 'cidr':
      if (!world) return NO;
      // docs: "Allowing to world is identical to allowing to CIDR 0.0.0.0/0".
      return spec.v4.isAll()
        ? YES
        : maybe(`only if the address is in ${spec.text}`);
    case 'fqdn':
      return world
        ? maybe(
            `only if the address is one DNS returned for ${spec.pattern} (toFQDNs is resolved at runtime)`,
          )
        : NO;
    case 'opaque':
      if (spec.scope === 'unknown') return maybe(spec.reason);
      if (spec.scope === 'external') return world ? maybe(spec.reason) : NO;
      return entity === 'host' || entity === 'remote-node'
        ? maybe(spec.reason)
        : NO;
    default:
      return NO;
  }
}

function matchIp(
  spec: PeerSpec,
  v4: number | undefined,
  text: string,
): PeerMatch {
  switch (spec.kind) {
    case 'any':
      return YES;
    case 'entity':
      return spec.entity === 'world' || spec.entity === 'all' ? YES : NO;
    case 'cidr':
      if (v4 !== undefined) return spec.v4.containsAddress(v4) ? YES : NO;
      return spec.v6
        ? maybe(
            `IPv6 CIDR matching is not implemented (${spec.v6} against ${text})`,
          )
        : NO;
    case 'fqdn':
      return maybe(
        `only if ${text} is an address DNS returned for ${spec.pattern} (toFQDNs is resolved at runtime)`,
      );
    case 'opaque':
      return spec.scope === 'nodes' ? NO : maybe(spec.reason);
    default:
      return NO;
  }
}

/**
 * Does rule peer `rule` cover the whole of listing peer `key`? Pods are
 * listed per workload, so `cluster`/`all` keys stand for their non-pod
 * identities here.
 */
function covers(rule: PeerSpec, key: PeerSpec): 'yes' | 'partial' | 'no' {
  if (rule.kind === 'any') return 'yes';
  // The listing keys opaque peers by their text: a rule covers its own key.
  if (rule.kind === 'opaque' && key.kind === 'opaque' && key.text === rule.text)
    return 'yes';
  if (rule.kind === 'opaque' && rule.scope === 'unknown') return 'partial';
  if (key.kind === 'entity') {
    if (rule.kind === 'entity') return entityCovers(rule.entity, key.entity);
    const worldLike = key.entity === 'world' || key.entity === 'all';
    if (rule.kind === 'cidr') {
      if (!worldLike) return 'no';
      return rule.v4.isAll() && key.entity === 'world' ? 'yes' : 'partial';
    }
    if (rule.kind === 'opaque' && rule.scope === 'external')
      return worldLike ? 'partial' : 'no';
    if (rule.kind === 'opaque' && rule.scope === 'nodes') {
      return ['host', 'remote-node', 'cluster', 'all'].includes(key.entity)
        ? 'partial'
        : 'no';
    }
    return 'no';
  }
  if (rule.kind === 'entity') {
    const e = rule.entity;
    if (e === 'all') return 'yes';
    if (key.kind === 'pods' || key.kind === 'service')
      return e === 'cluster' ? 'yes' : 'no';
    if (key.kind === 'opaque' && key.scope === 'nodes') {
      if (e === 'cluster') return 'yes';
      return e === 'host' || e === 'remote-node' ? 'partial' : 'no';
    }
    if (key.kind === 'opaque' && key.scope === 'unknown')
      return e === 'none' ? 'no' : 'partial';
    return e === 'world' ? 'yes' : 'no'; // cidr, fqdn, external opaque: all outside the cluster
  }
  if (rule.kind === 'cidr') {
    if (key.kind === 'cidr') {
      if (key.v6 || rule.v6) return key.v6 === rule.v6 ? 'yes' : 'no';
      if (rule.v4.covers(key.v4)) return 'yes';
      return rule.v4.overlaps(key.v4) ? 'partial' : 'no';
    }
    if (key.kind === 'fqdn') return 'partial';
    // CIDR rules never select nodes (default policy-cidr-match-mode).
    return key.kind === 'opaque' && key.scope !== 'nodes' ? 'partial' : 'no';
  }
  if (rule.kind === 'opaque') {
    if (key.kind === 'opaque' && key.text === rule.text) return 'yes';
    if (rule.scope === 'external')
      return key.kind === 'cidr' || key.kind === 'fqdn' ? 'partial' : 'no';
    return 'no';
  }
  if (rule.kind === 'fqdn' && key.kind === 'fqdn') {
    return normalizeFqdn(rule.pattern) === normalizeFqdn(key.pattern) ||
      (!key.pattern.includes('*') && fqdnMatches(rule.pattern, key.pattern))
      ? 'yes'
      : 'no';
  }
  if (
    (rule.kind === 'pods' || rule.kind === 'service') &&
    rule.kind === key.kind
  ) {
    return rule.text === key.text ? 'yes' : 'no';
  }
  return 'no';
}

/**
 * Whether a rule peer matches the counterpart. For the connection listing a
 * partial overlap counts as "maybe" for deny rules (part of the listed peer
 * may be denied) and as "no" for allow rules (the overlapping part is
 * listed under the rule's own peer).
 */
export function matchPeer(
  spec: PeerSpec,
  cp: Counterpart,
  forDeny: boolean,
): PeerMatch {
  switch (cp.kind) {
    case 'workload':
      return matchWorkload(spec, cp.index);
    case 'entity':
      return matchEntity(spec, cp.entity);
    case 'ip':
      return matchIp(spec, cp.v4, cp.text);
    default: {
      const coverage = covers(spec, cp.spec);
      if (coverage === 'yes') return YES;
      if (coverage === 'partial' && forDeny) {
        return maybe(
          spec.kind === 'opaque'
            ? spec.reason
            : 'the rule covers part of this peer',
        );
      }
      return NO;
    }
  }
}

/** Peers of one rule are ORed: yes beats maybe beats no. */
export function matchPeers(
  specs: readonly PeerSpec[],
  cp: Counterpart,
  forDeny: boolean,
): PeerMatch {
  let best: PeerMatch = NO;
  for (const spec of specs) {
    const m = matchPeer(spec, cp, forDeny);
    if (m.result === 'yes') return m;
    if (m.result === 'maybe' && best.result === 'no') best = m;
  }
  return best;
}
