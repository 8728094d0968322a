import { addressGroups, worldOutcome } from './addresses';
import { decideSide, DecideOptions, SideOutcome, unpoliced } from './decide';
import { ENTITY_NAMES, FLOW_ENTITIES } from './entities';
import { flowVerdict, sideDecision } from './explain';
import type { WorkloadIdentity, WorkloadIndex } from './identities';
import { looksLikeIPv6, parseIPv4 } from './ip';
import type { Direction } from './model';
import { PROTOCOLS } from './ports';
import type { Counterpart } from './peerMatch';
import type { Sides } from './sides';
import type { Flow, FlowVerdict, Peer, SideDecision } from './types';

/* evaluate(): one flow, one port, both sides, with the explanation. */

type End =
  | { kind: 'workload'; identity: WorkloadIdentity; text: string }
  | { kind: 'entity'; entity: string; text: string }
  | { kind: 'ip'; v4?: number; text: string }
  | { kind: 'invalid'; text: string; reason: string };

export interface FlowContext {
  index: WorkloadIndex;
  sides: Sides;
  options: DecideOptions;
}

function resolveEnd(peer: Peer, index: WorkloadIndex): End {
  if ('workload' in peer) {
    const text = `${peer.workload.namespace}/${peer.workload.name}`;
    const found = index.find(peer.workload);
    if (found === undefined)
      return {
        kind: 'invalid',
        text,
        reason: `workload ${text} is not in the estate`,
      };
    const identity = index.workloads[found];
    return { kind: 'workload', identity, text: `${text}[${identity.kind}]` };
  }
  if ('entity' in peer) {
    const entity = peer.entity;
    if (FLOW_ENTITIES.includes(entity))
      return { kind: 'entity', entity, text: entity };
    const reason = ENTITY_NAMES.includes(entity)
      ? `"${entity}" is a group of identities, not one end of a flow; name a workload or a single entity`
      : `"${entity}" is not a Cilium entity`;
    return { kind: 'invalid', text: entity, reason };
  }
  const v4 = parseIPv4(peer.ip);
  if (v4 !== undefined) return { kind: 'ip', v4, text: peer.ip };
  if (looksLikeIPv6(peer.ip)) return { kind: 'ip', text: peer.ip };
  return {
    kind: 'invalid',
    text: peer.ip,
    reason: `"${peer.ip}" is not an IP address`,
  };
}

function counterpartOf(end: End): Counterpart {
  if (end.kind === 'workload')
    return { kind: 'workload', index: end.identity.index };
  if (end.kind === 'entity') return { kind: 'entity', entity: end.entity };
  return {
    kind: 'ip',
    v4: end.kind === 'ip' ? end.v4 : undefined,
    text: end.text,
  };
}

function outcomeFor(
  ctx: FlowContext,
  direction: Direction,
  self: End,
  other: End,
  destination: End,
): SideOutcome {
  if (self.kind !== 'workload') return unpoliced(direction);
  const side = ctx.sides[direction][self.identity.index];
  const target =
    destination.kind === 'workload' ? destination.identity : undefined;
  if (other.kind === 'entity' && other.entity === 'world') {
    return worldOutcome(
      addressGroups(side, target, ctx.options, direction),
      direction,
    );
  }
  const labels = other.kind === 'workload' ? other.identity.labels : undefined;
  return decideSide(
    side,
    counterpartOf(other),
    labels,
    target,
    ctx.options,
    direction,
  );
}

function invalidSide(side: 'egress' | 'ingress', reason: string): SideDecision {
  return {
    side,
    policed: false,
    defaultDeny: false,
    verdict: 'unknown',
    allowedBy: [],
    deniedBy: [],
    unknown: [reason],
    explanation: `unknown: ${reason}`,
  };
}

export function evaluateFlow(ctx: FlowContext, flow: Flow): FlowVerdict {
  const from = resolveEnd(flow.from, ctx.index);
  const to = resolveEnd(flow.to, ctx.index);
  const invalid = [from, to].flatMap(e =>
    e.kind === 'invalid' ? [e.reason] : [],
  );
  const validPort =
    Number.isInteger(flow.port) && flow.port >= 0 && flow.port <= 65535;
  if (!validPort) invalid.push(`${flow.port} is not a port number`);
  if (!PROTOCOLS.includes(flow.protocol)) {
    invalid.push(
      `${flow.protocol} is not TCP, UDP or SCTP (policies only filter ports of these)`,
    );
  }
  if (invalid.length > 0) {
    const reason = invalid.join('; ');
    return {
      verdict: 'unknown',
      egress: invalidSide('egress', reason),
      ingress: invalidSide('ingress', reason),
      explanation: `unknown: ${reason}`,
    };
  }
  const egress = outcomeFor(ctx, 'egress', from, to, to);
  const ingress = outcomeFor(ctx, 'ingress', to, from, to);
  const pod = (e: End) => (e.kind === 'workload' ? e.text : undefined);
  const e = sideDecision(
    egress,
    { pod: pod(from), self: from.text, other: to.text },
    flow.protocol,
    flow.port,
  );
  const i = sideDecision(
    ingress,
    { pod: pod(to), self: to.text, other: from.text },
    flow.protocol,
    flow.port,
  );
  return flowVerdict(e, i, from.text, to.text, flow.protocol, flow.port);
}
