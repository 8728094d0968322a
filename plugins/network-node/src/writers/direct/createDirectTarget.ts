import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { createCloudflareClient } from '../../sources/cloudflare/createCloudflareClient';
import { readCloudflareSourceConfig } from '../../sources/cloudflare/readCloudflareSourceConfig';
import { readKubernetesSourceConfig } from '../../sources/kubernetes/config';
import { createKubeConfig } from '../../sources/kubernetes/kubeConfig';
import { createRoute53Client } from '../../sources/route53/createRoute53Client';
import { readRoute53SourceConfig } from '../../sources/route53/readRoute53SourceConfig';
import { CloudflarePublicDnsWriter } from './cloudflareDnsWriter';
import { CloudflareTunnelWriter } from './cloudflareTunnelWriter';
import { DirectWriter } from './directWriter';
import { KubernetesApplier } from './kubernetesApplier';
import type { RetryOptions } from './retry';
import { Route53PrivateDnsWriter, Route53SyncWait } from './route53DnsWriter';
import type { TunnelLock, TunnelRuleOwners } from './types';

/** The direct target's writers, built from `network.*`. @public */
export interface DirectTarget {
  writer: DirectWriter;
  /** Absent without `network.cloudflare`. */
  tunnel?: CloudflareTunnelWriter;
}

/**
 * Builds the direct target from the same config the live sources read: the one cluster of
 * `network.kubernetes` (required), `network.cloudflare` for the tunnel and public records, and
 * `network.route53` for private records (each optional; a run that needs a missing one fails
 * before writing anything).
 *
 * @public
 */
export function createDirectTarget(options: {
  config: Config;
  logger: LoggerService;
  privateZones: string[];
  lock: TunnelLock;
  owners: TunnelRuleOwners;
  retry?: RetryOptions;
  route53WaitForSync?: Route53SyncWait;
  cloudflareRequestTimeoutMs?: number;
  route53RequestTimeoutMs?: number;
}): DirectTarget {
  const { config, logger } = options;
  const kubernetes = readKubernetesSourceConfig(config);
  if (kubernetes.clusters.length !== 1) {
    throw new Error(
      `network.writeTarget is "direct", which applies routes and policies to one cluster: set network.kubernetes.enabled and configure exactly one cluster (network.kubernetes.clusters); found ${kubernetes.clusters.length}`,
    );
  }
  const [cluster] = kubernetes.clusters;
  const cloudflare = readCloudflareSourceConfig(config);
  const client = cloudflare
    ? createCloudflareClient({
        config: cloudflare,
        logger,
        requestTimeoutMs: options.cloudflareRequestTimeoutMs,
      })
    : undefined;
  const tunnel =
    cloudflare && client
      ? new CloudflareTunnelWriter({
          client,
          accountId: cloudflare.accountId,
          lock: options.lock,
          owners: options.owners,
        })
      : undefined;
  const route53 = readRoute53SourceConfig(config);
  const writer = new DirectWriter({
    'apply-object': new KubernetesApplier({
      kubeConfig: createKubeConfig(cluster),
      cluster: cluster.name,
      retry: options.retry,
    }),
    'put-tunnel-rule': tunnel,
    'put-public-record':
      cloudflare && client
        ? new CloudflarePublicDnsWriter({
            client,
            accountId: cloudflare.accountId,
            zones: cloudflare.zones,
          })
        : undefined,
    'put-private-record': route53
      ? new Route53PrivateDnsWriter({
          client: createRoute53Client({
            config,
            sourceConfig: route53,
            requestTimeoutMs: options.route53RequestTimeoutMs,
          }),
          zones: options.privateZones,
          hostedZoneIds: route53.hostedZoneIds,
          waitForSync: options.route53WaitForSync,
        })
      : undefined,
  });
  return { writer, tunnel };
}
