import { formatPorts } from './ports';
import type { Connection, ConnectionPeer } from './types';

/*
 * The one-line form of a connection, used by the `reach` command, the golden
 * file and as the sort key of connections():
 *   svc-ledger/svc-ledger[Deployment] => svc-wallet/svc-wallet[Deployment] : TCP 50051
 * Unknown connections end in " (unknown)"; their reasons are in `unknown`.
 */

export function formatConnectionPeer(peer: ConnectionPeer): string {
  switch (peer.kind) {
    case 'workload':
      return `${peer.namespace}/${peer.name}[${peer.workloadKind}]`;
    case 'entity':
      return peer.entity;
    case 'cidr':
      return peer.ranges.map(r => `${r.first}-${r.last}`).join(',');
    case 'fqdn':
      return `fqdn:${peer.pattern}`;
    default:
      return `selector:${peer.description}`;
  }
}

/** @public */
export function formatConnection(connection: Connection): string {
  const line = `${formatConnectionPeer(
    connection.from,
  )} => ${formatConnectionPeer(connection.to)} : ${formatPorts(
    connection.ports,
  )}`;
  return connection.verdict === 'unknown' ? `${line} (unknown)` : line;
}

/** Code-unit order, so that the result does not depend on the locale. */
export function compareLines(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function sortConnections(
  connections: readonly Connection[],
): Connection[] {
  return connections
    .map(c => ({ c, line: formatConnection(c) }))
    .sort((x, y) => compareLines(x.line, y.line))
    .map(x => x.c);
}
