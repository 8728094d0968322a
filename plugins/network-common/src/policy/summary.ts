import type { Direction, PeerSpec, PortRule } from './model';
import { describePortRules } from './portRules';
import type { PolicyRef, RuleRef } from './types';

/* Human text for rules and policies, used in RuleRef.summary and explanations. */

export function describePeer(spec: PeerSpec): string {
  switch (spec.kind) {
    case 'any':
      return 'any peer';
    case 'entity':
      return `entity ${spec.entity}`;
    case 'fqdn':
      return `FQDN ${spec.pattern}`;
    default:
      return spec.text;
  }
}

export function ruleSummary(
  direction: Direction,
  deny: boolean,
  peers: readonly PeerSpec[],
  portRules: readonly PortRule[] | undefined,
  icmpOnly: boolean,
): string {
  const verb = deny ? 'deny' : 'allow';
  if (peers.length === 0) {
    return `${verb} nothing (this rule only puts the selected pods into default deny)`;
  }
  const preposition = direction === 'ingress' ? 'from' : 'to';
  const ports = icmpOnly ? 'ICMP only' : describePortRules(portRules);
  return `${verb} ${preposition} ${peers
    .map(describePeer)
    .join(' or ')} on ${ports}`;
}

export function policyName(ref: PolicyRef): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

const names = new WeakMap<RuleRef, string>();

export function ruleName(ref: RuleRef): string {
  // Cached: the listing sorts the rules of every connection by name.
  let name = names.get(ref);
  if (name === undefined) {
    const spec = ref.specIndex === undefined ? '' : ` specs[${ref.specIndex}]`;
    name = `${policyName(ref.policy)}${spec} ${ref.section}[${ref.index}]`;
    names.set(ref, name);
  }
  return name;
}

/** "CiliumNetworkPolicy shop/api ingress[0] (allow from ... on TCP 8080)". */
export function ruleText(ref: RuleRef): string {
  return `${ruleName(ref)} (${ref.summary})`;
}
