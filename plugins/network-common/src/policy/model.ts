import type { Bitset } from './bitset';
import type { WorkloadIndex } from './identities';
import type { Ipv4Ranges } from './ip';
import type { PortSet } from './ports';
import type { Requirement } from './selectors';
import type { EstateService, PolicyRef, Protocol, RuleRef } from './types';

/*
 * The compiled form of every policy kind. CNP, CCNP and Kubernetes
 * NetworkPolicy all become lists of CompiledRule, because Cilium itself
 * evaluates them as one rule set (allows are a union, denies win).
 */

export type Direction = 'ingress' | 'egress';

/** One peer of a rule; the peers of a rule are ORed. */
export type PeerSpec =
  /** No L3 field at all (only toPorts), or an empty Kubernetes from/to: every peer. */
  | { kind: 'any' }
  /** An endpoint selector, already scoped to its namespace(s). */
  | { kind: 'pods'; requirements: Requirement[]; pods: Bitset; text: string }
  | { kind: 'entity'; entity: string }
  /** One CIDR entry after its `except` list; IPv6 entries are kept as text. */
  | { kind: 'cidr'; v4: Ipv4Ranges; v6?: string; text: string }
  | { kind: 'fqdn'; pattern: string }
  /** toServices on a Service with a selector: its backends, version-dependent. */
  | { kind: 'service'; pods: Bitset; text: string; reason: string }
  /**
   * A peer that cannot be resolved offline: cloud groups, CiliumCIDRGroups,
   * node selectors, Services the estate does not describe.
   * `external` ones can only be addresses outside the cluster, `nodes` only
   * host/remote-node, `unknown` anything.
   */
  | {
      kind: 'opaque';
      scope: 'external' | 'nodes' | 'unknown';
      text: string;
      reason: string;
    };

export interface L7Spec {
  /** False for allow-all L7 rules (e.g. DNS matchPattern "*"): proxied, nothing refused. */
  restrictive: boolean;
  description: string;
}

export interface NamedPort {
  protocol: Protocol | 'ANY';
  name: string;
}

/** One `toPorts` entry (or the ports of one Kubernetes rule). */
export interface PortRule {
  numeric: PortSet;
  named: NamedPort[];
  l7?: L7Spec;
  /** True when it carries `rules.dns`, i.e. it feeds Cilium's DNS proxy. */
  dns: boolean;
}

export interface CompiledRule {
  ref: RuleRef;
  direction: Direction;
  deny: boolean;
  peers: PeerSpec[];
  /** Workloads any peer may match (certainly or possibly): candidate pairs. */
  podPeers: Bitset;
  /** Undefined: every port of every protocol, no L7. */
  portRules?: PortRule[];
  /** Only `icmps` and no `toPorts`: it never matches TCP/UDP/SCTP. */
  icmpOnly: boolean;
  /** Set when the rule needs mutual authentication, which is decided at runtime. */
  authentication?: string;
}

export interface RequirementRule {
  requirements: Requirement[];
  ref: RuleRef;
  text: string;
}

export interface CompiledPolicy {
  ref: PolicyRef;
  subject: Bitset;
  /** Whether this policy puts the workloads it selects into default deny. */
  defaultDeny: Record<Direction, boolean>;
  rules: CompiledRule[];
  /** fromRequires / toRequires: constraints on every peer of the subject. */
  requires: Record<Direction, RequirementRule[]>;
}

export interface CompileContext {
  index: WorkloadIndex;
  services: readonly EstateService[];
  problem(policy: PolicyRef, message: string): void;
}
