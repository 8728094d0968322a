import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import type { DnsRecord } from '@localplus/plugin-network-common';
import { normaliseDnsName, normaliseRecordValue } from './normaliseDnsName';
import type { Route53Zone } from './listHostedZones';
import { assignTxtOwners } from './txtOwnership';

/**
 * The record sets of one zone in the model's form. Alias records carry their
 * target as their only value and no TTL (Route53 uses the target's). Owners
 * come from TXT ownership records of the same zone.
 */
export function toRoute53DnsRecords(
  zone: Route53Zone,
  sets: ResourceRecordSet[],
): DnsRecord[] {
  const url = `https://us-east-1.console.aws.amazon.com/route53/v2/hostedzones#ListRecordSets/${zone.id}`;
  const records = sets.map(set => {
    const type = set.Type ?? '';
    const values = set.AliasTarget?.DNSName
      ? [normaliseDnsName(set.AliasTarget.DNSName)]
      : (set.ResourceRecords ?? []).map(r =>
          normaliseRecordValue(type, r.Value ?? ''),
        );
    const record: DnsRecord = {
      name: normaliseDnsName(set.Name ?? ''),
      type,
      values,
      ttl: set.TTL,
      zone: zone.name,
      visibility: zone.privateZone ? 'private' : 'public',
      provider: 'route53',
      origin: { source: 'route53', url },
    };
    return record;
  });
  return assignTxtOwners(records);
}
