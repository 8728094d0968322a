import { dnsRecordRef, tunnelRef } from '../dns/recordRef';
import { tunnelIdOfRecord } from '../dns/dnsIndex';
import { isPrivateAddress, isWithinZone } from '../names';
import type { Relations } from '../relations';
import type { DnsRecord } from '../sources';
import { World, tunnelFor } from '../world';
import type { FindingSet } from './findingSet';

const isClusterName = (value: string) => /\.cluster\.local$|\.svc$/.test(value);

function entitiesOf(relations: Relations, record: DnsRecord): string[] {
  return [...(relations.recordEntities.get(record) ?? [])];
}

/** Public names that reach the tunnel but that no tunnel rule serves: cloudflared answers 404. */
function withoutTunnelRule(
  world: World,
  relations: Relations,
  record: DnsRecord,
  findings: FindingSet,
) {
  const tunnelId = tunnelIdOfRecord(record);
  if (!tunnelId || record.visibility !== 'public') return;
  const table = tunnelFor(world, tunnelId);
  if (!table || table.servesHost(record.name)) return;
  findings.add({
    check: 'dns-without-tunnel-rule',
    severity: 'error',
    subject: [record.name],
    message: `${record.name} points at tunnel ${tunnelId}, but no ingress rule of the tunnel serves it: cloudflared's catch-all answers`,
    objects: [dnsRecordRef(record), tunnelRef(table.tunnel)],
    fixHint: `Add an ingress rule for ${record.name} to the tunnel configuration (before the catch-all), or delete the record.`,
    entityRefs: entitiesOf(relations, record),
  });
}

function notProxied(
  world: World,
  relations: Relations,
  record: DnsRecord,
  findings: FindingSet,
) {
  if (record.visibility !== 'public' || record.proxied !== false) return;
  // Mail, TXT and other names no tunnel serves are fine unproxied.
  const routed =
    tunnelIdOfRecord(record) ||
    world.tunnels.some(t => t.servesHost(record.name));
  if (!routed) return;
  findings.add({
    check: 'hostname-not-proxied',
    severity: 'error',
    subject: [record.name],
    message: `${record.name} is not proxied by Cloudflare: clients bypass the edge (WAF, Access) and a tunnel name does not resolve for them`,
    objects: [dnsRecordRef(record)],
    fixHint: `Set proxied: true on ${
      record.name
    } (external-dns: providerSpecific ${'external-dns.alpha.kubernetes.io/cloudflare-proxied'}: "true").`,
    entityRefs: entitiesOf(relations, record),
  });
}

function privateInPublic(
  world: World,
  relations: Relations,
  record: DnsRecord,
  findings: FindingSet,
) {
  if (record.visibility !== 'public') return;
  const privateZone = world.options.zones.private.find(zone =>
    isWithinZone(record.name, zone),
  );
  const privateTarget = record.values.find(
    v => isClusterName(v) || isPrivateAddress(v),
  );
  if (!privateZone && !privateTarget) return;
  findings.add({
    check: 'private-name-in-public-zone',
    severity: privateZone ? 'error' : 'warning',
    subject: [record.name, record.type],
    message: privateZone
      ? `${record.name} belongs to the private zone ${privateZone} but is published in the public zone ${record.zone}`
      : `${record.name} in the public zone ${record.zone} points at the internal address ${privateTarget}`,
    objects: [dnsRecordRef(record)],
    fixHint: `Publish ${
      record.name
    } in the private hosted zone (${world.options.zones.private.join(
      ', ',
    )}) only.`,
    entityRefs: entitiesOf(relations, record),
  });
}

function withoutOwner(
  world: World,
  relations: Relations,
  record: DnsRecord,
  findings: FindingSet,
) {
  if (world.resolver.entitiesForOwner(record.owner).length > 0) return;
  const users = entitiesOf(relations, record);
  findings.add({
    check: 'record-without-owner',
    severity: users.length > 0 ? 'warning' : 'info',
    subject: [record.name, record.type, record.visibility],
    message: record.owner
      ? `${record.name} ${record.type} is owned by "${record.owner}", which is no catalog entity we know`
      : `${record.name} ${record.type} carries no ownership marker: no one we know claims it`,
    objects: [dnsRecordRef(record)],
    fixHint: `Label the record's DNSEndpoint with backstage.io/kubernetes-id (or annotate network.localplus.io/owner with the owning entity), or delete the record if it is unused.`,
    entityRefs: users,
  });
}

export function dnsFindings(
  world: World,
  relations: Relations,
  findings: FindingSet,
): void {
  for (const record of world.dns.records) {
    withoutTunnelRule(world, relations, record, findings);
    notProxied(world, relations, record, findings);
    privateInPublic(world, relations, record, findings);
    withoutOwner(world, relations, record, findings);
  }
}
