/*
 * The policy evaluator, wrapped for the index: one evaluator per build, every connection listed
 * once and grouped by workload, so callers and callees of 2,000 services cost one listing rather
 * than 4,000 queries.
 */
import {
  createPolicyEvaluator,
  formatPorts,
  policyEstateFromObjects,
} from '../../policy';
import type {
  Connection,
  ConnectionPeer,
  Flow,
  FlowVerdict,
  PolicyEvaluator,
  WorkloadRef,
} from '../../policy/types';
import type { KubernetesObject } from '../sources';
import type { PeerView } from '../view';

const workloadKey = (ref: WorkloadRef) => `${ref.namespace}/${ref.name}`;

function push(
  map: Map<string, Connection[]>,
  key: string,
  connection: Connection,
) {
  const list = map.get(key);
  if (list) list.push(connection);
  else map.set(key, [connection]);
}

/** `ns/name[Kind]`, `entity:ingress`, `10.100.0.0-10.100.255.255`, `fqdn:*.aiven.io`. */
export function peerText(peer: ConnectionPeer): string {
  switch (peer.kind) {
    case 'workload':
      return `${peer.namespace}/${peer.name}[${peer.workloadKind}]`;
    case 'entity':
      return `entity:${peer.entity}`;
    case 'cidr':
      return peer.ranges.map(r => `${r.first}-${r.last}`).join(',');
    case 'fqdn':
      return `fqdn:${peer.pattern}`;
    default:
      return `selector:${peer.description}`;
  }
}

/** `TCP 8080`, `TCP 5432,6379,9092`, `ANY`: the evaluator's own wording. */
export function portsText(connection: Connection): string {
  return formatPorts(connection.ports);
}

export class Reachability {
  readonly evaluator: PolicyEvaluator;
  private readonly byDestination = new Map<string, Connection[]>();
  private readonly bySource = new Map<string, Connection[]>();

  constructor(objects: readonly KubernetesObject[]) {
    this.evaluator = createPolicyEvaluator(
      policyEstateFromObjects([...objects]),
    );
    for (const connection of this.evaluator.connections()) {
      if (connection.to.kind === 'workload')
        push(this.byDestination, workloadKey(connection.to), connection);
      if (connection.from.kind === 'workload')
        push(this.bySource, workloadKey(connection.from), connection);
    }
  }

  evaluate(flow: Flow): FlowVerdict {
    return this.evaluator.evaluate(flow);
  }

  callers(workload: WorkloadRef): Connection[] {
    return this.byDestination.get(workloadKey(workload)) ?? [];
  }

  callees(workload: WorkloadRef): Connection[] {
    return this.bySource.get(workloadKey(workload)) ?? [];
  }

  openTo(workload: WorkloadRef): { world: boolean; cluster: boolean } {
    return this.evaluator.openTo(workload);
  }
}

/** A connection as the tab lists it, from the point of view of `side`'s workload. */
export function peerView(
  connection: Connection,
  side: 'caller' | 'callee',
  entityRef: string | undefined,
): PeerView {
  const peer = side === 'caller' ? connection.from : connection.to;
  const view: PeerView = {
    peer: peerText(peer),
    peerKind: peer.kind,
    ports: portsText(connection),
    verdict: connection.verdict,
    allowedBy: connection.allowedBy.map(
      r =>
        `${r.policy.kind} ${
          r.policy.namespace ? `${r.policy.namespace}/` : ''
        }${r.policy.name} ${r.section}[${r.index}] (${r.summary})`,
    ),
    unknown: connection.unknown,
  };
  if (entityRef) view.entityRef = entityRef;
  return view;
}
