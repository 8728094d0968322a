import { dnsRecordsFromDnsEndpoint } from '../convert/dnsEndpoint';
import { readTunnelConfigMap } from '../convert/tunnelConfigMap';
import { nameOf, namespaceOf } from '../objects';
import type { ResolvedNetworkModelOptions } from '../options';
import type {
  AccessApplication,
  DnsRecord,
  SourceProblem,
  SourceSnapshot,
  SourcedObject,
  TunnelConfiguration,
} from '../sources';
import { MergedObjects, mergeObjects } from './mergeObjects';
import {
  DriftOf,
  FactRank,
  Ranked,
  mergeDnsRecords,
  mergeTunnels,
} from './mergeRecords';

/** Every fact of every source, merged: what the index reasons about. */
export interface Estate {
  objects: MergedObjects;
  records: DnsRecord[];
  recordDrift: DriftOf<DnsRecord>[];
  tunnels: TunnelConfiguration[];
  tunnelDrift: DriftOf<TunnelConfiguration>[];
  accessApplications: AccessApplication[];
  /** False when no source reads Cloudflare Access: "no application" then means "unknown". */
  accessKnown: boolean;
  problems: SourceProblem[];
}

function isTunnelConfigMap(
  sourced: SourcedObject,
  options: ResolvedNetworkModelOptions,
): boolean {
  const { object } = sourced;
  if (object.kind !== 'ConfigMap') return false;
  const wanted = options.tunnel.configMap;
  if (wanted.name && nameOf(object) !== wanted.name) return false;
  return !wanted.namespace || namespaceOf(object) === wanted.namespace;
}

export function collectEstate(
  snapshots: readonly SourceSnapshot[],
  options: ResolvedNetworkModelOptions,
): Estate {
  const records: Ranked<DnsRecord>[] = [];
  const tunnels: Ranked<TunnelConfiguration>[] = [];
  const problems: SourceProblem[] = [];
  const accessApplications: AccessApplication[] = [];
  let accessKnown = false;

  for (const snapshot of snapshots) {
    const live = snapshot.state === 'live';
    const objectRank: FactRank = live ? 1 : 0;
    const providerRank: FactRank = live ? 2 : 0;
    for (const sourced of snapshot.objects) {
      const { object, origin } = sourced;
      if (object?.kind === 'DNSEndpoint') {
        for (const fact of dnsRecordsFromDnsEndpoint(
          object,
          origin,
          options.zones,
        )) {
          records.push({ fact, rank: objectRank });
        }
      } else if (object && isTunnelConfigMap(sourced, options)) {
        const reading = readTunnelConfigMap(
          object,
          origin,
          options.tunnel.configMap.key,
        );
        if (reading.tunnel)
          tunnels.push({ fact: reading.tunnel, rank: objectRank });
        problems.push(...reading.problems);
      }
    }
    for (const fact of snapshot.dnsRecords)
      records.push({ fact, rank: providerRank });
    for (const fact of snapshot.tunnels)
      tunnels.push({ fact, rank: providerRank });
    accessApplications.push(...snapshot.accessApplications);
    if (
      snapshot.accessApplications.length > 0 ||
      snapshot.sourceId === 'cloudflare'
    ) {
      accessKnown = true;
    }
  }

  const mergedRecords = mergeDnsRecords(records);
  const mergedTunnels = mergeTunnels(tunnels);
  return {
    objects: mergeObjects(snapshots),
    records: mergedRecords.records,
    recordDrift: mergedRecords.drift,
    tunnels: mergedTunnels.tunnels,
    tunnelDrift: mergedTunnels.drift,
    accessApplications,
    accessKnown,
    problems,
  };
}
