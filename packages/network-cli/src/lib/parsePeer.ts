import { InputError } from '@backstage/errors';
import type { Peer } from '@localplus/plugin-network-common';

/**
 * Reads a flow end as typed on the command line: `ns/name` (a workload), `entity:<name>`
 * (a Cilium entity such as ingress or world) or `ip:<address>`.
 */
export function parsePeer(text: string): Peer {
  if (text.startsWith('entity:')) {
    return { entity: text.slice('entity:'.length) };
  }
  if (text.startsWith('ip:')) {
    return { ip: text.slice('ip:'.length) };
  }
  const match = /^([a-z0-9-]+)\/([a-z0-9.-]+)$/.exec(text);
  if (!match) {
    throw new InputError(
      `"${text}" is not a flow end: use namespace/workload, entity:<name> (ingress, world, …) or ip:<address>`,
    );
  }
  return { workload: { namespace: match[1], name: match[2] } };
}
