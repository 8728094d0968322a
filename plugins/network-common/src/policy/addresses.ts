import {
  Contribution,
  decideSide,
  DecideOptions,
  SideOutcome,
  UnknownPart,
} from './decide';
import type { WorkloadIdentity } from './identities';
import { formatIPv4, Ipv4Ranges } from './ip';
import type { Direction } from './model';
import { PortSet } from './ports';
import type { SideRules } from './sides';

/*
 * Addresses outside the cluster (`world`, docs: layer3 "Allowing to world is
 * identical to allowing to CIDR 0.0.0.0/0"). The IPv4 space is cut at every
 * CIDR boundary of one side's rules; inside each piece every address gets
 * the same verdict, so one evaluation per piece is exact. Pieces with equal
 * ports are merged into groups.
 */

const TOP = 0xffffffff;

export interface AddressGroup {
  ranges: Ipv4Ranges;
  outcome: SideOutcome;
}

function pieces(side: SideRules | undefined): [number, number][] {
  const cuts = new Set<number>([0]);
  for (const entry of side ? [...side.allows, ...side.denies] : []) {
    for (const spec of entry.rule.peers) {
      if (spec.kind !== 'cidr') continue;
      const b = spec.v4.bounds;
      for (let i = 0; i < b.length; i += 2) {
        cuts.add(b[i]);
        if (b[i + 1] < TOP) cuts.add(b[i + 1] + 1);
      }
    }
  }
  const starts = [...cuts].sort((a, b) => a - b);
  return starts.map((first, i) => [
    first,
    i + 1 < starts.length ? starts[i + 1] - 1 : TOP,
  ]);
}

function mergeContributions(
  into: Contribution[],
  more: readonly Contribution[],
): void {
  for (const c of more) {
    const same = into.findIndex(x => x.ref === c.ref);
    if (same < 0) into.push(c);
    else
      into[same] = {
        ...into[same],
        ports: into[same].ports.union(c.ports),
        certain: into[same].certain && c.certain,
      };
  }
}

function mergeUnknowns(
  into: UnknownPart[],
  more: readonly UnknownPart[],
): void {
  for (const u of more) {
    const same = into.findIndex(x => x.reason === u.reason);
    if (same < 0) into.push(u);
    else
      into[same] = { reason: u.reason, ports: into[same].ports.union(u.ports) };
  }
}

/** One outcome per group of addresses with the same allowed and possible ports. */
export function addressGroups(
  side: SideRules | undefined,
  destination: WorkloadIdentity | undefined,
  options: DecideOptions,
  direction: Direction,
): AddressGroup[] {
  const groups = new Map<string, AddressGroup>();
  for (const [first, last] of pieces(side)) {
    const text =
      first === last
        ? formatIPv4(first)
        : `${formatIPv4(first)}-${formatIPv4(last)}`;
    const outcome = decideSide(
      side,
      { kind: 'ip', v4: first, text },
      undefined,
      destination,
      options,
      direction,
    );
    const key = `${outcome.allowed.key()}#${outcome.possible.key()}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        ranges: Ipv4Ranges.of(first, last),
        outcome: {
          ...outcome,
          allows: [...outcome.allows],
          denies: [...outcome.denies],
          unknowns: [...outcome.unknowns],
        },
      });
      continue;
    }
    group.ranges = group.ranges.union(Ipv4Ranges.of(first, last));
    mergeContributions(group.outcome.allows, outcome.allows);
    mergeContributions(group.outcome.denies, outcome.denies);
    mergeUnknowns(group.outcome.unknowns, outcome.unknowns);
  }
  return [...groups.values()];
}

export function describeRanges(ranges: Ipv4Ranges): string {
  if (ranges.isAll()) return 'every address';
  return ranges
    .toRanges()
    .map(r => `${r.first}-${r.last}`)
    .join(', ');
}

/**
 * `world` as one flow end: allowed where every address is allowed, denied
 * where none may be, unknown in between ("only some addresses").
 */
export function worldOutcome(
  groups: readonly AddressGroup[],
  direction: Direction,
): SideOutcome {
  let allowed = PortSet.ALL;
  let possible = PortSet.EMPTY;
  const allows: Contribution[] = [];
  const denies: Contribution[] = [];
  const unknowns: UnknownPart[] = [];
  for (const g of groups) {
    allowed = allowed.intersect(g.outcome.allowed);
    possible = possible.union(g.outcome.possible);
    mergeContributions(allows, g.outcome.allows);
    mergeContributions(denies, g.outcome.denies);
    mergeUnknowns(unknowns, g.outcome.unknowns);
  }
  if (groups.length > 1) {
    for (const g of groups) {
      const partial = g.outcome.allowed.subtract(allowed);
      if (!partial.isEmpty()) {
        unknowns.push({
          ports: partial,
          reason: `allowed only for some addresses outside the cluster: ${describeRanges(
            g.ranges,
          )}`,
        });
      }
    }
  }
  const first = groups[0].outcome;
  return { ...first, direction, allowed, possible, allows, denies, unknowns };
}
