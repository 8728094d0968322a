import type {
  DnsRecord,
  SourceProblem,
} from '@localplus/plugin-network-common';
import {
  normaliseDnsName,
  normaliseRecordValue,
} from '../route53/normaliseDnsName';
import { parseOwnershipComment } from './ownershipComment';

/** The fields of a Cloudflare DNS record the suite reads. */
export interface CloudflareRecordFields {
  id: string;
  name: string;
  type: string;
  content?: string;
  ttl?: number;
  proxied?: boolean;
  priority?: number;
  comment?: string | null;
}

// Cloudflare keeps the priority of MX, SRV and URI records apart from the
// content; the model holds values as zone files (and Route53) write them.
const PRIORITY_TYPES = new Set(['MX', 'SRV', 'URI']);

function valueOf(record: CloudflareRecordFields): string {
  const content = normaliseRecordValue(record.type, record.content ?? '');
  return PRIORITY_TYPES.has(record.type) && record.priority !== undefined
    ? `${record.priority} ${content}`
    : content;
}

/**
 * Groups one zone's Cloudflare records (one value each) into record sets (one
 * name and type, all values), the unit the model and Route53 use.
 */
export function toCloudflareDnsRecords(options: {
  zone: string;
  accountId: string;
  records: CloudflareRecordFields[];
}): { dnsRecords: DnsRecord[]; problems: SourceProblem[] } {
  const { zone, accountId } = options;
  const sets = new Map<string, CloudflareRecordFields[]>();
  for (const record of options.records) {
    const key = `${normaliseDnsName(record.name)}|${record.type}`;
    sets.set(key, [...(sets.get(key) ?? []), record]);
  }

  const problems: SourceProblem[] = [];
  const url = `https://dash.cloudflare.com/${accountId}/${zone}/dns/records`;
  const dnsRecords = [...sets.values()].map(members => {
    const [first] = members;
    const name = normaliseDnsName(first.name);
    const owners = new Set(members.map(m => parseOwnershipComment(m.comment)));
    const disagree = (
      [
        ['TTL', new Set(members.map(m => m.ttl))],
        ['proxied', new Set(members.map(m => m.proxied ?? false))],
        ['owner', owners],
      ] as const
    ).filter(([, values]) => values.size > 1);
    if (disagree.length) {
      problems.push({
        message: `Cloudflare record set ${name} ${
          first.type
        } in zone ${zone}: its ${members.length} records disagree on ${disagree
          .map(([field]) => field)
          .join(', ')}; the first record's are shown`,
      });
    }
    const record: DnsRecord = {
      name,
      type: first.type,
      values: members.map(valueOf),
      ttl: first.ttl,
      proxied: first.proxied ?? false,
      zone,
      visibility: 'public',
      provider: 'cloudflare',
      owner: parseOwnershipComment(first.comment),
      // a set of several records has several ids; the writer looks them up by name
      id: members.length === 1 ? first.id : undefined,
      origin: { source: 'cloudflare', url },
    };
    return record;
  });
  return { dnsRecords, problems };
}
