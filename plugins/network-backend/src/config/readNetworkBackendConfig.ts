import { type HumanDuration } from '@backstage/types';
import type { Config } from '@backstage/config';
import { readDurationFromConfig } from '@backstage/config';

/** How the backend keeps its index fresh. */
export interface NetworkRefreshConfig {
  frequency: HumanDuration;
  timeout: HumanDuration;
}

const DEFAULT_REFRESH: NetworkRefreshConfig = {
  frequency: { minutes: 5 },
  timeout: { minutes: 2 },
};

/** Reads `network.refresh`, with the defaults documented in config.d.ts. */
export function readNetworkRefreshConfig(config: Config): NetworkRefreshConfig {
  const refresh = config.getOptionalConfig('network.refresh');
  return {
    frequency: refresh?.has('frequency')
      ? readDurationFromConfig(refresh, { key: 'frequency' })
      : DEFAULT_REFRESH.frequency,
    timeout: refresh?.has('timeout')
      ? readDurationFromConfig(refresh, { key: 'timeout' })
      : DEFAULT_REFRESH.timeout,
  };
}
