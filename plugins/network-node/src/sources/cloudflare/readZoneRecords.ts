import type Cloudflare from 'cloudflare';
import type {
  DnsRecord,
  SourceProblem,
} from '@localplus/plugin-network-common';
import { listAll } from './cloudflareEnvelope';
import {
  cloudflareSourceError,
  describeCloudflareFailure,
  isPartialRefusal,
} from './cloudflareErrors';
import { toCloudflareDnsRecords } from './toCloudflareDnsRecords';

// Cloudflare accepts up to 5,000,000; 1000 keeps each answer small while
// spending few of the 1,200 requests per 5 minutes the token is allowed.
const DNS_PAGE_SIZE = 1000;

type ZoneRecords = { dnsRecords: DnsRecord[]; problems: SourceProblem[] };

const problem = (message: string): ZoneRecords => ({
  dnsRecords: [],
  problems: [{ message }],
});

/**
 * Runs one call; a refusal that concerns this zone only (unknown id, token
 * without access to it) becomes a problem so the other zones still show.
 */
async function partial<T>(
  zoneName: string,
  action: string,
  call: () => Promise<T>,
): Promise<T | ZoneRecords> {
  try {
    return await call();
  } catch (error) {
    if (isPartialRefusal(error)) {
      return problem(
        `Cloudflare zone ${zoneName}: could not ${action}: ${describeCloudflareFailure(
          error,
        )}`,
      );
    }
    throw cloudflareSourceError(`${action} of zone ${zoneName}`, error);
  }
}

const isProblem = (value: unknown): value is ZoneRecords =>
  typeof value === 'object' && value !== null && 'problems' in value;

/** The record sets of one zone, its id looked up by name when not configured. */
export async function readZoneRecords(options: {
  client: Cloudflare;
  accountId: string;
  zone: { name: string; id?: string };
  signal: AbortSignal;
}): Promise<ZoneRecords> {
  const { client, accountId, zone, signal } = options;
  let zoneId = zone.id;
  if (!zoneId) {
    const found = await partial(zone.name, 'look up the id', () =>
      listAll(
        client.zones.list(
          { name: zone.name, account: { id: accountId } },
          { signal },
        ),
        `the zone lookup of ${zone.name}`,
      ),
    );
    if (isProblem(found)) {
      return found;
    }
    zoneId = found.find(z => z.name === zone.name)?.id;
    if (!zoneId) {
      return problem(
        `Cloudflare zone ${zone.name} is not in account ${accountId} (or the token cannot see it); its records are not shown`,
      );
    }
  }

  const id = zoneId;
  const records = await partial(zone.name, 'list the DNS records', () =>
    listAll(
      client.dns.records.list(
        { zone_id: id, per_page: DNS_PAGE_SIZE },
        { signal },
      ),
      `the DNS record list of ${zone.name}`,
    ),
  );
  if (isProblem(records)) {
    return records;
  }
  return toCloudflareDnsRecords({ zone: zone.name, accountId, records });
}
