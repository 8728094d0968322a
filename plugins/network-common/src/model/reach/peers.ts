import type { Connection, ConnectionPeer } from '../../policy/types';
import type { WorkloadFacts } from '../estate/workloads';
import { gatewayKey } from '../gateway/gateways';
import { objectKey } from '../objects';
import type { Relations } from '../relations';
import type { PeerView } from '../view';
import type { World } from '../world';
import { peerView } from './reachability';

/** The catalog entity behind a connection peer: a workload's owner, or the Gateway's for `ingress`. */
export function peerEntity(
  world: World,
  relations: Relations,
  workloadEntities: ReadonlyMap<string, string[]>,
  peer: ConnectionPeer,
): string | undefined {
  if (peer.kind === 'workload') {
    return workloadEntities.get(`${peer.namespace}/${peer.name}`)?.[0];
  }
  if (peer.kind === 'entity' && peer.entity === 'ingress') {
    // Cilium's `ingress` identity is the Envoy of the Gateway: it belongs to the Gateway's entity.
    const { namespace, name } = world.options.gateway;
    const gateway = world.gateways.get(gatewayKey(namespace, name));
    return gateway
      ? relations.objectEntities.get(objectKey(gateway.sourced.object))?.[0]
      : undefined;
  }
  return undefined;
}

/** Workload `ns/name` → the entities it belongs to. */
export function workloadEntityMap(
  world: World,
  relations: Relations,
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const workload of world.workloads) {
    const entities = relations.objectEntities.get(
      objectKey(workload.sourced.object),
    );
    if (entities) map.set(`${workload.namespace}/${workload.name}`, entities);
  }
  return map;
}

function comparePeers(a: PeerView, b: PeerView): number {
  if (a.peer !== b.peer) return a.peer < b.peer ? -1 : 1;
  return a.ports.localeCompare(b.ports);
}

/** Callers and callees of an entity's workloads, as the tab lists them. */
export function peersOf(
  world: World,
  relations: Relations,
  workloadEntities: ReadonlyMap<string, string[]>,
  workloads: readonly WorkloadFacts[],
): { callers: PeerView[]; callees: PeerView[] } {
  const collect = (side: 'caller' | 'callee') => {
    const views: PeerView[] = [];
    for (const w of workloads) {
      const ref = { namespace: w.namespace, name: w.name };
      const connections: Connection[] =
        side === 'caller' ? world.reach.callers(ref) : world.reach.callees(ref);
      for (const connection of connections) {
        const peer = side === 'caller' ? connection.from : connection.to;
        views.push(
          peerView(
            connection,
            side,
            peerEntity(world, relations, workloadEntities, peer),
          ),
        );
      }
    }
    return views.sort(comparePeers);
  };
  return { callers: collect('caller'), callees: collect('callee') };
}
