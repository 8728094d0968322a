import type { Config } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { SourceSnapshot } from '@localplus/plugin-network-common';
import type { NetworkSource } from '../types';
import { assignTxtOwners } from '../route53/txtOwnership';
import { createCloudflareClient } from './createCloudflareClient';
import { readCloudflareSourceConfig } from './readCloudflareSourceConfig';
import { readAccessApplications } from './readAccessApplications';
import { readTunnelConfigurations } from './readTunnelConfigurations';
import { readZoneRecords } from './readZoneRecords';

/** @public */
export const CLOUDFLARE_SOURCE_ID = 'cloudflare';

/** @public */
export interface CloudflareSourceOptions {
  /** The root config: `network.cloudflare` and `network.zones` are read. */
  config: Config;
  logger: LoggerService;
  /** Per request, before the client's two retries. Default 30 s. */
  requestTimeoutMs?: number;
}

/**
 * The live Cloudflare source: DNS records of the configured zones, the rules of
 * the remotely managed tunnels and the account's Access applications. Returns
 * undefined when `network.cloudflare` is absent.
 *
 * `read()` rejects with a `ServiceUnavailableError` naming the part that
 * failed when any call fails for good (bad token, rate limit or 5xx after the
 * retries, timeout, an answer that is not Cloudflare's), so the index keeps the
 * last complete snapshot rather than one that looks like deleted records.
 *
 * @public
 */
export function createCloudflareSource(
  options: CloudflareSourceOptions,
): NetworkSource | undefined {
  const sourceConfig = readCloudflareSourceConfig(options.config);
  if (!sourceConfig) {
    return undefined;
  }
  const logger = options.logger.child({ source: CLOUDFLARE_SOURCE_ID });
  const client = createCloudflareClient({
    config: sourceConfig,
    logger,
    requestTimeoutMs: options.requestTimeoutMs,
  });
  const { accountId } = sourceConfig;

  return {
    id: CLOUDFLARE_SOURCE_ID,
    state: 'live',
    async read(readOptions = {}): Promise<SourceSnapshot> {
      // the first failure cancels the calls still running: the read is lost anyway
      const failed = new AbortController();
      const signal = readOptions.signal
        ? AbortSignal.any([readOptions.signal, failed.signal])
        : failed.signal;
      const cancelOthers = (error: unknown) => {
        failed.abort();
        throw error;
      };
      const [zones, tunnels, access] = await Promise.all([
        Promise.all(
          sourceConfig.zones.map(zone =>
            readZoneRecords({ client, accountId, zone, signal }),
          ),
        ).catch(cancelOthers),
        readTunnelConfigurations({
          client,
          accountId,
          tunnelIds: sourceConfig.tunnelIds,
          signal,
        }).catch(cancelOthers),
        readAccessApplications({ client, accountId, signal }).catch(
          cancelOthers,
        ),
      ]);

      const snapshot: SourceSnapshot = {
        sourceId: CLOUDFLARE_SOURCE_ID,
        state: 'live',
        readAt: new Date().toISOString(),
        objects: [],
        dnsRecords: assignTxtOwners(zones.flatMap(z => z.dnsRecords)),
        tunnels: tunnels.tunnels,
        accessApplications: access.accessApplications,
        problems: [
          ...zones.flatMap(z => z.problems),
          ...tunnels.problems,
          ...access.problems,
        ],
      };
      logger.debug('read Cloudflare', {
        dnsRecords: snapshot.dnsRecords.length,
        tunnels: snapshot.tunnels.length,
        accessApplications: snapshot.accessApplications.length,
        problems: snapshot.problems.length,
      });
      return snapshot;
    },
  };
}
