import { dnsRecordRef, tunnelRef } from '../dns/recordRef';
import type { DnsRecord, TunnelConfiguration } from '../sources';
import type { DriftItem } from '../view';

/**
 * How close a fact is to what serves traffic: a provider's own record beats the live
 * DNSEndpoint asking for it, which beats the declared one.
 */
export type FactRank = 0 | 1 | 2;

export interface Ranked<T> {
  fact: T;
  rank: FactRank;
}

export interface DriftOf<T> {
  fact: T;
  item: DriftItem;
}

const recordKey = (r: DnsRecord) => `${r.name}|${r.type}|${r.visibility}`;

function recordDifferences(declared: DnsRecord, live: DnsRecord): string[] {
  const out: string[] = [];
  const sorted = (values: string[]) => [...values].sort().join(',');
  if (sorted(declared.values) !== sorted(live.values)) out.push('values');
  if (
    declared.ttl !== undefined &&
    live.ttl !== undefined &&
    declared.ttl !== live.ttl
  ) {
    out.push('ttl');
  }
  if (
    declared.proxied !== undefined &&
    live.proxied !== undefined &&
    declared.proxied !== live.proxied
  ) {
    out.push('proxied');
  }
  return out;
}

/**
 * One record per name, type and visibility. Ownership survives the merge: a provider record
 * written by external-dns carries no owner of ours, the DNSEndpoint behind it does.
 */
export function mergeDnsRecords(candidates: readonly Ranked<DnsRecord>[]): {
  records: DnsRecord[];
  drift: DriftOf<DnsRecord>[];
} {
  const groups = new Map<string, Ranked<DnsRecord>[]>();
  const providerZones = new Set<string>();
  for (const candidate of candidates) {
    const key = recordKey(candidate.fact);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
    if (candidate.rank === 2) providerZones.add(candidate.fact.zone);
  }
  const records: DnsRecord[] = [];
  const drift: DriftOf<DnsRecord>[] = [];
  for (const group of groups.values()) {
    const best = group.reduce((a, b) => (b.rank > a.rank ? b : a));
    // The DNSEndpoint names the entity (live before declared); an external-dns TXT record on the
    // provider's side only names the external-dns instance that wrote it.
    const endpointOwner = group
      .filter(c => c.rank < 2 && c.fact.owner)
      .sort((a, b) => b.rank - a.rank)[0]?.fact.owner;
    const owner =
      endpointOwner ??
      best.fact.owner ??
      group.find(c => c.fact.owner)?.fact.owner;
    const record = owner ? { ...best.fact, owner } : best.fact;
    records.push(record);
    const declared = group.find(c => c.rank === 0)?.fact;
    if (!declared) continue;
    if (best.rank === 2) {
      const differences = recordDifferences(declared, best.fact);
      drift.push({
        fact: record,
        item: {
          object: dnsRecordRef(declared),
          status: differences.length > 0 ? 'drifted' : 'in-sync',
          differences,
        },
      });
    } else if (providerZones.has(declared.zone)) {
      drift.push({
        fact: record,
        item: {
          object: dnsRecordRef(declared),
          status: 'declared-only',
          differences: [],
        },
      });
    }
  }
  return { records, drift };
}

function ruleDifferences(
  declared: TunnelConfiguration,
  live: TunnelConfiguration,
): string[] {
  if (declared.rules.length !== live.rules.length) return ['rules'];
  const out: string[] = [];
  declared.rules.forEach((rule, i) => {
    for (const field of ['hostname', 'path', 'service'] as const) {
      if (rule[field] !== live.rules[i][field])
        out.push(`rules[${i}].${field}`);
    }
  });
  return out;
}

/** One configuration per tunnel id; live (the ConfigMap in the cluster, Cloudflare's copy) wins. */
export function mergeTunnels(
  candidates: readonly Ranked<TunnelConfiguration>[],
): {
  tunnels: TunnelConfiguration[];
  drift: DriftOf<TunnelConfiguration>[];
} {
  const groups = new Map<string, Ranked<TunnelConfiguration>[]>();
  for (const candidate of candidates) {
    const key = candidate.fact.tunnelId;
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const tunnels: TunnelConfiguration[] = [];
  const drift: DriftOf<TunnelConfiguration>[] = [];
  for (const group of groups.values()) {
    const best = group.reduce((a, b) => (b.rank > a.rank ? b : a));
    tunnels.push(best.fact);
    const declared = group.find(c => c.rank === 0)?.fact;
    // A live ConfigMap is compared as an object already; only Cloudflare's copy needs this.
    if (declared && best.rank > 0 && best.fact.management === 'remote') {
      const differences = ruleDifferences(declared, best.fact);
      drift.push({
        fact: best.fact,
        item: {
          object: tunnelRef(declared),
          status: differences.length > 0 ? 'drifted' : 'in-sync',
          differences,
        },
      });
    }
  }
  return { tunnels, drift };
}
