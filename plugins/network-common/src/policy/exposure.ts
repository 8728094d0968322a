import { addressGroups } from './addresses';
import type { DecideOptions } from './decide';
import type { WorkloadIdentity } from './identities';
import type { PeerSpec } from './model';
import { PortSet } from './ports';
import { resolveRulePorts } from './rulePorts';
import {
  NAMESPACE_KEY,
  NAMESPACE_LABELS_PREFIX,
  NAMESPACE_NAME_LABEL,
} from './selectors';
import type { SideRules } from './sides';

/*
 * Exposure of one workload: reachable from outside the cluster, and from
 * every pod of the cluster, including pods the estate does not describe
 * (which is why "every pod" is decided on the selectors, not the estate).
 */

const EVERY_NAMESPACE = NAMESPACE_LABELS_PREFIX + NAMESPACE_NAME_LABEL;

/** A peer that matches any pod whatever its labels and namespace. */
function matchesEveryPod(spec: PeerSpec): boolean {
  if (spec.kind === 'any') return true;
  if (spec.kind === 'entity')
    return spec.entity === 'cluster' || spec.entity === 'all';
  if (spec.kind !== 'pods') return false;
  return spec.requirements.every(
    r =>
      r.operator === 'Exists' &&
      (r.key === NAMESPACE_KEY || r.key === EVERY_NAMESPACE),
  );
}

/** A peer that may match some pod (deny rules on it close the door to "every pod"). */
function mayMatchSomePod(spec: PeerSpec): boolean {
  if (matchesEveryPod(spec)) return true;
  return (
    spec.kind === 'pods' ||
    spec.kind === 'service' ||
    (spec.kind === 'opaque' && spec.scope === 'unknown')
  );
}

export function openToCluster(
  side: SideRules | undefined,
  identity: WorkloadIdentity,
): boolean {
  if (!side) return true;
  let open = side.defaultDeny ? PortSet.EMPTY : PortSet.ALL;
  // Requirements (fromRequires) narrow every pod selector, so no allow is universal.
  if (side.requires.length === 0) {
    for (const entry of side.allows) {
      if (entry.rule.peers.some(matchesEveryPod)) {
        open = open.union(resolveRulePorts(entry.ports, identity).all);
      }
    }
  }
  for (const entry of side.denies) {
    if (entry.rule.peers.some(mayMatchSomePod)) {
      open = open.subtract(resolveRulePorts(entry.ports, identity).all);
    }
  }
  return !open.isEmpty();
}

export function openToWorld(
  side: SideRules | undefined,
  identity: WorkloadIdentity,
  options: DecideOptions,
): boolean {
  return addressGroups(side, identity, options, 'ingress').some(
    g => !g.outcome.possible.isEmpty(),
  );
}
