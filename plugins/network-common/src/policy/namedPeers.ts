import { buildConnections, WorldPorts } from './connectionBuild';
import { decideSide, DecideOptions } from './decide';
import type { Direction, PeerSpec } from './model';
import { PortSet } from './ports';
import type { SideRules } from './sides';
import { describePeer } from './summary';
import type { Connection, ConnectionPeer } from './types';

/*
 * Peers the rules name but the estate cannot resolve to pods or addresses:
 * toFQDNs patterns, cloud groups, CIDR groups, node selectors, unknown
 * Services, and IPv6 CIDRs. Each gets a listing line of its own, with the
 * ports the rules give it beyond what every address already gets.
 */

const FQDN_RUNTIME =
  'toFQDNs is resolved at runtime: only addresses DNS returned for this name to the workload, ' +
  "as seen by Cilium's DNS proxy, are allowed";
const NO_DNS_PROXY =
  'no egress rule of this workload sends DNS through the DNS proxy (toPorts with rules.dns), ' +
  'so toFQDNs learns no address and this connection fails';

function keyPeer(spec: PeerSpec): ConnectionPeer {
  if (spec.kind === 'fqdn') return { kind: 'fqdn', pattern: spec.pattern };
  return { kind: 'selector', description: describePeer(spec) };
}

function namedKeys(side: SideRules | undefined): PeerSpec[] {
  const keys = new Map<string, PeerSpec>();
  for (const entry of side?.allows ?? []) {
    for (const spec of entry.rule.peers) {
      const keyed =
        spec.kind === 'fqdn' ||
        spec.kind === 'opaque' ||
        (spec.kind === 'cidr' && spec.v6 !== undefined);
      if (keyed) keys.set(`${spec.kind}:${describePeer(spec)}`, spec);
    }
  }
  return [...keys.values()];
}

/** toFQDNs only learns addresses from lookups that go through the DNS proxy. */
function usesDnsProxy(side: SideRules | undefined): boolean {
  return (side?.allows ?? []).some(e =>
    (e.rule.portRules ?? []).some(p => p.dns),
  );
}

function keyConnections(
  side: SideRules | undefined,
  spec: PeerSpec,
  world: WorldPorts,
  pair: (peer: ConnectionPeer) => [ConnectionPeer, ConnectionPeer],
  direction: Direction,
  options: DecideOptions,
): Connection[] {
  const outsideCluster = spec.kind !== 'opaque' || spec.scope === 'external';
  const covered = outsideCluster
    ? world
    : { allowed: PortSet.EMPTY, possible: PortSet.EMPTY };
  const outcome = decideSide(
    side,
    { kind: 'external', spec },
    undefined,
    undefined,
    options,
    direction,
  );
  const [from, to] = pair(keyPeer(spec));
  if (spec.kind === 'cidr') {
    // IPv6 CIDRs are matched as written, so their verdict can be certain.
    const allowed = outcome.allowed.subtract(covered.allowed);
    const unknown = outcome.possible
      .subtract(outcome.allowed)
      .subtract(covered.possible);
    return buildConnections(from, to, allowed, unknown, [outcome]);
  }
  let reasons = [FQDN_RUNTIME];
  if (spec.kind === 'opaque') reasons = [spec.reason];
  else if (!usesDnsProxy(side)) reasons = [FQDN_RUNTIME, NO_DNS_PROXY];
  const unknown = outcome.possible.subtract(covered.allowed);
  return buildConnections(from, to, PortSet.EMPTY, unknown, [outcome], reasons);
}

export function namedPeerConnections(
  side: SideRules | undefined,
  world: WorldPorts,
  pair: (peer: ConnectionPeer) => [ConnectionPeer, ConnectionPeer],
  direction: Direction,
  options: DecideOptions,
): Connection[] {
  return namedKeys(side).flatMap(spec =>
    keyConnections(side, spec, world, pair, direction, options),
  );
}
