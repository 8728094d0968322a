import { dnsRecordRef } from '../dns/recordRef';
import { tunnelIdOfRecord } from '../dns/dnsIndex';
import { longestZone } from '../names';
import type { DnsRecord } from '../sources';
import type { Hop } from '../view';
import type { World } from '../world';
import { hop } from './verdicts';

export interface PublicDnsHop {
  hop: Hop;
  record?: DnsRecord;
  /** The tunnel the name is sent to, when the record is a CNAME to one. */
  tunnelId?: string;
}

function describe(record: DnsRecord): string {
  const proxied = record.proxied ? ' (proxied)' : '';
  return `${record.name} ${record.type} → ${record.values.join(
    ', ',
  )}${proxied}`;
}

/** Cloudflare DNS: the name must be a proxied CNAME to the tunnel. */
export function publicDnsHop(world: World, host: string): PublicDnsHop {
  const zones = world.options.zones.public;
  if (!longestZone(host, zones)) {
    return {
      hop: hop(
        'dns',
        host,
        'broken',
        `${host} is outside the public zones (${zones.join(', ')})`,
      ),
    };
  }
  const records = world.dns.resolve(host, 'public');
  if (records.length === 0) {
    return {
      hop: hop(
        'dns',
        host,
        'broken',
        `no public DNS record answers for ${host}: clients cannot resolve it`,
      ),
    };
  }
  const record = records.find(r => tunnelIdOfRecord(r)) ?? records[0];
  const ref = dnsRecordRef(record);
  const tunnelId = tunnelIdOfRecord(record);
  if (!tunnelId) {
    return {
      record,
      hop: hop(
        'dns',
        describe(record),
        'broken',
        `${record.name} points at ${record.values.join(
          ', ',
        )}, not at a tunnel (<tunnel-id>.cfargotunnel.com)`,
        ref,
      ),
    };
  }
  if (record.proxied === false) {
    return {
      record,
      tunnelId,
      hop: hop(
        'dns',
        describe(record),
        'broken',
        `${record.name} is not proxied: clients get the cfargotunnel.com name itself, which only Cloudflare's edge can reach`,
        ref,
      ),
    };
  }
  if (record.proxied === undefined) {
    return {
      record,
      tunnelId,
      hop: hop(
        'dns',
        describe(record),
        'unknown',
        `${record.name} does not say whether it is proxied; external-dns then uses its --cloudflare-proxied default`,
        ref,
      ),
    };
  }
  return {
    record,
    tunnelId,
    hop: hop(
      'dns',
      describe(record),
      'ok',
      `proxied CNAME to tunnel ${tunnelId} in zone ${record.zone}`,
      ref,
    ),
  };
}

/** Route53 private zone (or any private record): the name must live in a private zone. */
export function privateDnsHop(world: World, record: DnsRecord): Hop {
  const ref = dnsRecordRef(record);
  if (record.visibility === 'public') {
    return hop(
      'dns',
      describe(record),
      'broken',
      `${record.name} is published in the public zone ${record.zone}: anyone can resolve an internal name`,
      ref,
    );
  }
  const configured = world.options.zones.private.includes(record.zone);
  return hop(
    'dns',
    describe(record),
    'ok',
    `${record.provider} private zone ${record.zone}${
      configured ? '' : ' (not a configured private zone)'
    } resolves it inside the VPC`,
    ref,
  );
}
