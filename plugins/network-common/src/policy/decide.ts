import type { WorkloadIdentity } from './identities';
import type { Direction, PeerSpec } from './model';
import { Counterpart, matchPeer, PeerMatch } from './peerMatch';
import { PortSet } from './ports';
import { resolveRulePorts } from './rulePorts';
import { matchesAll } from './selectors';
import type { SideRule, SideRules } from './sides';
import { ruleText } from './summary';
import type { RuleRef } from './types';

/*
 * One side of a flow: may this workload send (egress) to, or receive
 * (ingress) from, that counterpart, and on which ports? Semantics (docs:
 * security/policy/intro, deny, layer3, layer4, layer7):
 * - without default deny everything is allowed, otherwise only the union of
 *   the allow rules whose peer matches;
 * - deny rules win over every allow, whatever policy kind they come from;
 * - a port allowed only through an L7 rule, a peer resolved at runtime or a
 *   possible deny is "possible" (unknown), never silently allowed.
 */

export interface Contribution {
  ref: RuleRef;
  ports: PortSet;
  /** False when the peer match or the ports are only possible. */
  certain: boolean;
}

export interface UnknownPart {
  ports: PortSet;
  reason: string;
}

export interface SideOutcome {
  direction: Direction;
  /** False when no policy (nor the enforcement mode) applies to this end. */
  policed: boolean;
  defaultDeny: boolean;
  defaultDenyBy: string[];
  /** Certainly allowed. */
  allowed: PortSet;
  /** Allowed or unknown: a superset of `allowed`. */
  possible: PortSet;
  allows: Contribution[];
  denies: Contribution[];
  unknowns: UnknownPart[];
  /** An allow that comes from the agent, not from a rule. */
  implicit?: string;
}

export interface DecideOptions {
  /** Cilium's allow-localhost is `always` (or `auto`, which is `always` under Kubernetes). */
  localhostAllowed: boolean;
  /**
   * For the connection listing: addresses ignore toFQDNs and cloud-group
   * allows, because the listing shows those as peers of their own.
   */
  listing: boolean;
}

export const LOCALHOST_REASON =
  "Cilium's allow-localhost (default auto, i.e. always under Kubernetes) lets the local node reach its pods";

export function unpoliced(direction: Direction): SideOutcome {
  return {
    direction,
    policed: false,
    defaultDeny: false,
    defaultDenyBy: [],
    allowed: PortSet.ALL,
    possible: PortSet.ALL,
    allows: [],
    denies: [],
    unknowns: [],
  };
}

function listedSeparately(spec: PeerSpec): boolean {
  return (
    spec.kind === 'fqdn' ||
    (spec.kind === 'opaque' && spec.scope === 'external')
  );
}

function matchRule(
  entry: SideRule,
  cp: Counterpart,
  forDeny: boolean,
  requiresOk: boolean,
  listing: boolean,
): PeerMatch {
  if (cp.kind === 'workload' && !entry.rule.podPeers.has(cp.index))
    return { result: 'no' };
  let best: PeerMatch = { result: 'no' };
  for (const spec of entry.rule.peers) {
    // fromRequires/toRequires are ANDed into every endpoint selector (incl. the wildcard).
    if (
      !requiresOk &&
      !forDeny &&
      (spec.kind === 'pods' || spec.kind === 'any')
    )
      continue;
    if (listing && !forDeny && cp.kind === 'ip' && listedSeparately(spec))
      continue;
    const m = matchPeer(spec, cp, forDeny);
    if (m.result === 'yes') return m;
    if (m.result === 'maybe' && best.result === 'no') best = m;
  }
  return best;
}

function requirementsMet(
  side: SideRules,
  labels: ReadonlyMap<string, string> | undefined,
): boolean {
  if (side.requires.length === 0) return true;
  if (!labels) return false;
  return side.requires.every(r => matchesAll(r.requirements, labels));
}

export function decideSide(
  side: SideRules | undefined,
  cp: Counterpart,
  counterpartLabels: ReadonlyMap<string, string> | undefined,
  destination: WorkloadIdentity | undefined,
  options: DecideOptions,
  direction: Direction,
): SideOutcome {
  if (!side) return unpoliced(direction);
  const requiresOk = requirementsMet(side, counterpartLabels);
  let allowCertain = side.defaultDeny ? PortSet.EMPTY : PortSet.ALL;
  let allowPossible = allowCertain;
  let implicit: string | undefined;
  if (
    direction === 'ingress' &&
    options.localhostAllowed &&
    cp.kind === 'entity' &&
    cp.entity === 'host'
  ) {
    allowCertain = PortSet.ALL;
    allowPossible = PortSet.ALL;
    implicit = LOCALHOST_REASON;
  }
  const allows: Contribution[] = [];
  const unknowns: UnknownPart[] = [];
  for (const entry of side.allows) {
    const m = matchRule(entry, cp, false, requiresOk, options.listing);
    if (m.result === 'no') continue;
    const resolved = resolveRulePorts(entry.ports, destination);
    const ports = resolved.all;
    if (ports.isEmpty()) continue;
    allowPossible = allowPossible.union(ports);
    if (m.result === 'yes') {
      allowCertain = allowCertain.union(resolved.plain);
      unknowns.push(...resolved.restricted);
    } else {
      unknowns.push({ ports, reason: m.reason });
    }
    allows.push({
      ref: entry.rule.ref,
      ports,
      certain: m.result === 'yes' && resolved.restricted.length === 0,
    });
  }
  let denyCertain = PortSet.EMPTY;
  let denyPossible = PortSet.EMPTY;
  const denies: Contribution[] = [];
  for (const entry of side.denies) {
    const m = matchRule(entry, cp, true, requiresOk, options.listing);
    if (m.result === 'no') continue;
    const ports = resolveRulePorts(entry.ports, destination).all;
    if (ports.isEmpty()) continue;
    denyPossible = denyPossible.union(ports);
    if (m.result === 'yes') denyCertain = denyCertain.union(ports);
    else
      unknowns.push({
        ports,
        reason: `may be denied by ${ruleText(entry.rule.ref)}: ${m.reason}`,
      });
    denies.push({ ref: entry.rule.ref, ports, certain: m.result === 'yes' });
  }
  return {
    direction,
    policed: true,
    defaultDeny: side.defaultDeny,
    defaultDenyBy: side.defaultDenyBy,
    allowed: allowCertain.subtract(denyPossible),
    possible: allowPossible.subtract(denyCertain),
    allows,
    denies,
    unknowns,
    implicit,
  };
}
