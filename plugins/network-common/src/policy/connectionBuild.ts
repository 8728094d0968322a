import { AddressGroup, worldOutcome } from './addresses';
import type { SideOutcome } from './decide';
import { Ipv4Ranges } from './ip';
import { PortSet } from './ports';
import { ruleName } from './summary';
import type { Connection, ConnectionPeer, RuleRef } from './types';

/* Turning side outcomes into Connection records. */

function rulesFor(outcomes: readonly SideOutcome[], ports: PortSet): RuleRef[] {
  const refs = new Map<string, RuleRef>();
  for (const o of outcomes) {
    for (const c of o.allows) {
      if (c.ports.overlaps(ports)) refs.set(ruleName(c.ref), c.ref);
    }
  }
  return [...refs.keys()].sort().map(k => refs.get(k)!);
}

function reasonsFor(
  outcomes: readonly SideOutcome[],
  ports: PortSet,
  extra: readonly string[],
): string[] {
  const reasons = new Set<string>(extra);
  for (const o of outcomes) {
    for (const u of o.unknowns)
      if (u.ports.overlaps(ports)) reasons.add(u.reason);
  }
  return [...reasons];
}

/** Up to two connections: the allowed ports, and the ports whose verdict is unknown. */
export function buildConnections(
  from: ConnectionPeer,
  to: ConnectionPeer,
  allowed: PortSet,
  unknown: PortSet,
  outcomes: readonly SideOutcome[],
  extraReasons: readonly string[] = [],
): Connection[] {
  const out: Connection[] = [];
  if (!allowed.isEmpty()) {
    out.push({
      from,
      to,
      ports: allowed.toConnectionPorts(),
      verdict: 'allowed',
      allowedBy: rulesFor(outcomes, allowed),
      unknown: [],
    });
  }
  if (!unknown.isEmpty()) {
    const reasons = reasonsFor(outcomes, unknown, extraReasons);
    out.push({
      from,
      to,
      ports: unknown.toConnectionPorts(),
      verdict: 'unknown',
      allowedBy: rulesFor(outcomes, unknown),
      unknown:
        reasons.length > 0
          ? reasons
          : ['the verdict depends on facts outside the estate'],
    });
  }
  return out;
}

/** Connections of one side's outcome against one peer (the other side is not policed). */
export function outcomeConnections(
  from: ConnectionPeer,
  to: ConnectionPeer,
  outcome: SideOutcome,
): Connection[] {
  return buildConnections(
    from,
    to,
    outcome.allowed,
    outcome.possible.subtract(outcome.allowed),
    [outcome],
  );
}

export const WORLD: ConnectionPeer = { kind: 'entity', entity: 'world' };

export interface WorldPorts {
  allowed: PortSet;
  possible: PortSet;
}

/**
 * Address groups as listing lines: `world` carries the ports every address
 * gets; a CIDR line only adds what its addresses get beyond that.
 */
export function addressConnections(
  groups: readonly AddressGroup[],
  pair: (peer: ConnectionPeer) => [ConnectionPeer, ConnectionPeer],
): { connections: Connection[]; world: WorldPorts } {
  const whole = worldOutcome(groups, groups[0].outcome.direction);
  let possible = PortSet.ALL;
  for (const g of groups) possible = possible.intersect(g.outcome.possible);
  const world = { allowed: whole.allowed, possible };
  const [wFrom, wTo] = pair(WORLD);
  const connections = buildConnections(
    wFrom,
    wTo,
    world.allowed,
    possible.subtract(whole.allowed),
    [whole],
  );
  const residual = new Map<
    string,
    {
      ranges: Ipv4Ranges;
      allowed: PortSet;
      unknown: PortSet;
      outcomes: SideOutcome[];
    }
  >();
  for (const g of groups) {
    const allowed = g.outcome.allowed.subtract(world.allowed);
    const unknown = g.outcome.possible
      .subtract(g.outcome.allowed)
      .subtract(possible);
    if (allowed.isEmpty() && unknown.isEmpty()) continue;
    const key = `${allowed.key()}#${unknown.key()}`;
    const entry = residual.get(key);
    if (entry) {
      entry.ranges = entry.ranges.union(g.ranges);
      entry.outcomes.push(g.outcome);
    } else {
      residual.set(key, {
        ranges: g.ranges,
        allowed,
        unknown,
        outcomes: [g.outcome],
      });
    }
  }
  for (const r of residual.values()) {
    const [from, to] = pair({ kind: 'cidr', ranges: r.ranges.toRanges() });
    connections.push(
      ...buildConnections(from, to, r.allowed, r.unknown, r.outcomes),
    );
  }
  return { connections, world };
}
