import { addressGroups } from './addresses';
import {
  addressConnections,
  buildConnections,
  outcomeConnections,
} from './connectionBuild';
import { decideSide, DecideOptions } from './decide';
import { FLOW_ENTITIES } from './entities';
import type { WorkloadIdentity, WorkloadIndex } from './identities';
import { namedPeerConnections } from './namedPeers';
import type { Sides } from './sides';
import type { Connection, ConnectionPeer } from './types';

/*
 * The connection listing. Workload pairs are only evaluated when both the
 * source's egress and the destination's ingress have an allow rule that may
 * match the other (Bitset candidates), so the cost follows the number of
 * real connections, not workloads squared. Peers outside the estate are
 * listed as the single Cilium identities (host, ingress, ...), address
 * ranges (world or CIDR pieces), and the FQDN patterns, cloud groups and
 * selectors the rules name.
 */

const SINGLE_ENTITIES = FLOW_ENTITIES.filter(e => e !== 'world');

export function workloadPeer(w: WorkloadIdentity): ConnectionPeer {
  return {
    kind: 'workload',
    namespace: w.namespace,
    name: w.name,
    workloadKind: w.kind,
  };
}

export class Listing {
  constructor(
    private readonly index: WorkloadIndex,
    private readonly sides: Sides,
    private readonly options: DecideOptions,
  ) {}

  /** Every connection of the estate, unsorted. */
  all(): Connection[] {
    const out: Connection[] = [];
    for (let i = 0; i < this.index.size; i++) {
      out.push(
        ...this.fromWorkload(i),
        ...this.toOutside(i),
        ...this.fromOutside(i),
      );
    }
    return out;
  }

  callers(d: number): Connection[] {
    const out: Connection[] = [];
    const ingress = this.sides.ingress[d]?.candidates;
    const visit = (s: number) => {
      if (this.egressMayReach(s, d)) out.push(...this.pair(s, d));
    };
    if (ingress) ingress.forEach(visit);
    else for (let s = 0; s < this.index.size; s++) visit(s);
    return [...out, ...this.fromOutside(d)];
  }

  callees(s: number): Connection[] {
    return [...this.fromWorkload(s), ...this.toOutside(s)];
  }

  private egressMayReach(s: number, d: number): boolean {
    return this.sides.egress[s]?.candidates.has(d) ?? true;
  }

  private ingressMayAccept(d: number, s: number): boolean {
    return this.sides.ingress[d]?.candidates.has(s) ?? true;
  }

  private fromWorkload(s: number): Connection[] {
    const out: Connection[] = [];
    const egress = this.sides.egress[s]?.candidates;
    const visit = (d: number) => {
      if (this.ingressMayAccept(d, s)) out.push(...this.pair(s, d));
    };
    if (egress) egress.forEach(visit);
    else for (let d = 0; d < this.index.size; d++) visit(d);
    return out;
  }

  pair(s: number, d: number): Connection[] {
    const source = this.index.workloads[s];
    const target = this.index.workloads[d];
    const cp = { kind: 'workload', index: d } as const;
    const egress = decideSide(
      this.sides.egress[s],
      cp,
      target.labels,
      target,
      this.options,
      'egress',
    );
    if (egress.possible.isEmpty()) return [];
    const back = { kind: 'workload', index: s } as const;
    const ingress = decideSide(
      this.sides.ingress[d],
      back,
      source.labels,
      target,
      this.options,
      'ingress',
    );
    const allowed = egress.allowed.intersect(ingress.allowed);
    const unknown = egress.possible
      .intersect(ingress.possible)
      .subtract(allowed);
    return buildConnections(
      workloadPeer(source),
      workloadPeer(target),
      allowed,
      unknown,
      [egress, ingress],
    );
  }

  toOutside(s: number): Connection[] {
    const source = workloadPeer(this.index.workloads[s]);
    const side = this.sides.egress[s];
    const out: Connection[] = [];
    for (const entity of SINGLE_ENTITIES) {
      const outcome = decideSide(
        side,
        { kind: 'entity', entity },
        undefined,
        undefined,
        this.options,
        'egress',
      );
      out.push(
        ...outcomeConnections(source, { kind: 'entity', entity }, outcome),
      );
    }
    const groups = addressGroups(side, undefined, this.options, 'egress');
    const addresses = addressConnections(groups, peer => [source, peer]);
    out.push(...addresses.connections);
    out.push(
      ...namedPeerConnections(
        side,
        addresses.world,
        peer => [source, peer],
        'egress',
        this.options,
      ),
    );
    return out;
  }

  fromOutside(d: number): Connection[] {
    const targetIdentity = this.index.workloads[d];
    const target = workloadPeer(targetIdentity);
    const side = this.sides.ingress[d];
    const out: Connection[] = [];
    for (const entity of SINGLE_ENTITIES) {
      const cp = { kind: 'entity', entity } as const;
      const outcome = decideSide(
        side,
        cp,
        undefined,
        targetIdentity,
        this.options,
        'ingress',
      );
      out.push(
        ...outcomeConnections({ kind: 'entity', entity }, target, outcome),
      );
    }
    const groups = addressGroups(side, targetIdentity, this.options, 'ingress');
    const addresses = addressConnections(groups, peer => [peer, target]);
    out.push(...addresses.connections);
    out.push(
      ...namedPeerConnections(
        side,
        addresses.world,
        peer => [peer, target],
        'ingress',
        this.options,
      ),
    );
    return out;
  }
}
