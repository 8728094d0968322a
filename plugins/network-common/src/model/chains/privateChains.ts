import { parseClusterServiceName } from '../names';
import type { DnsRecord } from '../sources';
import type { ExposureChain, Hop } from '../view';
import type { World } from '../world';
import { privateDnsHop } from './dnsHops';
import { clusterPolicyHop } from './policyHops';
import { serviceHop } from './serviceHops';
import { chainVerdict, hop } from './verdicts';

/** Whether a record is a private name: in a private zone, or named inside one (even if misplaced). */
export function isPrivateName(world: World, record: DnsRecord): boolean {
  return (
    record.visibility === 'private' ||
    world.options.zones.private.some(
      zone => record.name === zone || record.name.endsWith(`.${zone}`),
    )
  );
}

/** Private chains: record → Service → pods, for each private name of the entity. */
export function privateChains(
  world: World,
  records: readonly DnsRecord[],
): ExposureChain[] {
  const chains: ExposureChain[] = [];
  for (const record of records) {
    if (!isPrivateName(world, record)) continue;
    const hops: Hop[] = [privateDnsHop(world, record)];
    const ref =
      record.type === 'CNAME'
        ? record.values.map(v => parseClusterServiceName(v)).find(r => r)
        : undefined;
    if (ref) {
      const service = serviceHop(
        world,
        ref,
        world.services.get(`${ref.namespace}/${ref.name}`),
        undefined,
      );
      hops.push(service.hop, clusterPolicyHop(world, service.workloads));
    } else {
      hops.push(
        hop(
          'service',
          record.values.join(', '),
          'unknown',
          `${record.name} points at ${record.values.join(
            ', ',
          )}, which is not a cluster Service name; the target cannot be followed offline`,
        ),
      );
    }
    chains.push({
      entry: { kind: 'private-name', name: record.name },
      verdict: chainVerdict(hops),
      hops,
    });
  }
  return chains;
}
