import type { WorkloadIdentity } from './identities';
import type { CompiledRule, NamedPort } from './model';
import { PortSet } from './ports';

/*
 * The ports of one compiled rule, split by how sure the allow is: `plain`
 * ports pass on L3/L4 alone, `restricted` ports only pass what an L7 rule or
 * a runtime check (mutual authentication) lets through, which cannot be
 * known offline. Computed once per rule; named ports are resolved per
 * destination because they name the destination pod's container ports.
 */

export interface RestrictedPorts {
  ports: PortSet;
  reason: string;
}

interface NamedEntry extends NamedPort {
  restricted?: string;
}

export interface ResolvedPorts {
  plain: PortSet;
  restricted: RestrictedPorts[];
  /** plain ∪ restricted. */
  all: PortSet;
}

export interface RulePorts extends ResolvedPorts {
  named: NamedEntry[];
}

function withAll(plain: PortSet, restricted: RestrictedPorts[]): ResolvedPorts {
  return {
    plain,
    restricted,
    all: restricted.reduce((acc, r) => acc.union(r.ports), plain),
  };
}

export function compileRulePorts(rule: CompiledRule): RulePorts {
  if (rule.icmpOnly) return { ...withAll(PortSet.EMPTY, []), named: [] };
  const auth = rule.authentication;
  if (rule.portRules === undefined) {
    if (auth)
      return {
        ...withAll(PortSet.EMPTY, [{ ports: PortSet.ALL, reason: auth }]),
        named: [],
      };
    return { ...withAll(PortSet.ALL, []), named: [] };
  }
  let plain = PortSet.EMPTY;
  const restricted: RestrictedPorts[] = [];
  const named: NamedEntry[] = [];
  for (const portRule of rule.portRules) {
    const l7 = portRule.l7?.restrictive
      ? `decided at L7: only ${portRule.l7.description}`
      : undefined;
    const reason = auth ?? l7;
    if (reason === undefined) plain = plain.union(portRule.numeric);
    else if (!portRule.numeric.isEmpty())
      restricted.push({ ports: portRule.numeric, reason });
    for (const n of portRule.named) named.push({ ...n, restricted: reason });
  }
  return { ...withAll(plain, restricted), named };
}

/**
 * Cilium: a named port "may narrow this down, but may not contradict" the
 * protocol (CRD PortProtocol); a name the destination does not declare
 * matches nothing, as does any name when the destination is not a pod.
 */
export function resolveRulePorts(
  ports: RulePorts,
  destination: WorkloadIdentity | undefined,
): ResolvedPorts {
  if (ports.named.length === 0 || destination === undefined) return ports;
  let plain = ports.plain;
  const restricted = ports.restricted.slice();
  for (const entry of ports.named) {
    for (const declared of destination.ports) {
      if (declared.name !== entry.name) continue;
      if (entry.protocol !== 'ANY' && entry.protocol !== declared.protocol)
        continue;
      const set = PortSet.single(declared.protocol, declared.port);
      if (entry.restricted === undefined) plain = plain.union(set);
      else restricted.push({ ports: set, reason: entry.restricted });
    }
  }
  return withAll(plain, restricted);
}
