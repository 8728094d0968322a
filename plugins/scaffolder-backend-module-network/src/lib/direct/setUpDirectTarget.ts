import type {
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  createDirectTarget,
  DirectTarget,
  NetworkWriteSettings,
  RetryOptions,
  Route53SyncWait,
} from '@localplus/plugin-network-node';
import { DatabaseTunnelLock } from './databaseTunnelLock';
import { DatabaseTunnelRuleOwners } from './databaseTunnelRuleOwners';

/**
 * `network.route53.waitForSync`: wait for INSYNC after each private record change.
 */
function readSyncWait(config: Config): Route53SyncWait | undefined {
  const wait = config.getOptionalConfig('network.route53.waitForSync');
  if (!wait) {
    return undefined;
  }
  return {
    minDelaySeconds: wait.getOptionalNumber('minDelaySeconds') ?? 2,
    maxDelaySeconds: wait.getOptionalNumber('maxDelaySeconds') ?? 10,
    maxWaitSeconds: wait.getOptionalNumber('maxWaitSeconds') ?? 120,
  };
}

/**
 * The direct target when `network.writeTarget` is `direct`, with the tunnel lock and the rule
 * owners in the scaffolder's database; undefined for the GitOps target.
 */
export function setUpDirectTarget(options: {
  config: Config;
  settings: NetworkWriteSettings;
  logger: LoggerService;
  database: DatabaseService;
  /** For tests: shorter timeouts and retry pauses. */
  timeouts?: { requestMs: number; retry: RetryOptions };
}): DirectTarget | undefined {
  const { config, settings, database, timeouts } = options;
  if (settings.writeTarget !== 'direct') {
    return undefined;
  }
  return createDirectTarget({
    config,
    logger: options.logger,
    privateZones: settings.zones.private,
    lock: new DatabaseTunnelLock(database),
    owners: new DatabaseTunnelRuleOwners(database),
    route53WaitForSync: readSyncWait(config),
    retry: timeouts?.retry,
    cloudflareRequestTimeoutMs: timeouts?.requestMs,
    route53RequestTimeoutMs: timeouts?.requestMs,
  });
}
