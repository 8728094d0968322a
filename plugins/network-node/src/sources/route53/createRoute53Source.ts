import type { Config } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  DnsRecord,
  SourceSnapshot,
} from '@localplus/plugin-network-common';
import type { NetworkSource } from '../types';
import { createRoute53Client } from './createRoute53Client';
import { listHostedZones } from './listHostedZones';
import { listRecordSets } from './listRecordSets';
import { readRoute53SourceConfig } from './readRoute53SourceConfig';
import { toRoute53DnsRecords } from './toRoute53DnsRecords';

/** @public */
export const ROUTE53_SOURCE_ID = 'route53';

/** @public */
export interface Route53SourceOptions {
  /** The root config: `network.route53` and the AWS integration's `aws` are read. */
  config: Config;
  logger: LoggerService;
  /** Per request attempt; the client makes three attempts. Default 30 s. */
  requestTimeoutMs?: number;
}

/**
 * The live Route53 source: the records of the private hosted zones (or of
 * `network.route53.hostedZoneIds`). Returns undefined when `network.route53`
 * is absent.
 *
 * Zones are read one after the other: Route53 throttles per account, and the
 * SDK's retries absorb short bursts only. `read()` rejects with a
 * `ServiceUnavailableError` naming the zone and the cause when a call fails for
 * good, so the index keeps the last complete snapshot.
 *
 * @public
 */
export function createRoute53Source(
  options: Route53SourceOptions,
): NetworkSource | undefined {
  const sourceConfig = readRoute53SourceConfig(options.config);
  if (!sourceConfig) {
    return undefined;
  }
  const logger = options.logger.child({ source: ROUTE53_SOURCE_ID });
  const client = createRoute53Client({
    config: options.config,
    sourceConfig,
    requestTimeoutMs: options.requestTimeoutMs,
  });

  return {
    id: ROUTE53_SOURCE_ID,
    state: 'live',
    async read(readOptions = {}): Promise<SourceSnapshot> {
      const signal = readOptions.signal ?? new AbortController().signal;
      const { zones, problems } = await listHostedZones({
        client,
        hostedZoneIds: sourceConfig.hostedZoneIds,
        signal,
      });
      const dnsRecords: DnsRecord[] = [];
      for (const zone of zones) {
        const sets = await listRecordSets({ client, zone, signal });
        dnsRecords.push(...toRoute53DnsRecords(zone, sets));
      }
      logger.debug('read Route53', {
        zones: zones.length,
        dnsRecords: dnsRecords.length,
        problems: problems.length,
      });
      return {
        sourceId: ROUTE53_SOURCE_ID,
        state: 'live',
        readAt: new Date().toISOString(),
        objects: [],
        dnsRecords,
        tunnels: [],
        accessApplications: [],
        problems,
      };
    },
  };
}
