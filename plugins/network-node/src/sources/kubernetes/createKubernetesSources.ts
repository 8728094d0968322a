import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { readKubernetesSourceConfig } from './config';
import { KubernetesSource } from './KubernetesSource';

/**
 * One live source per configured cluster; none unless
 * `network.kubernetes.enabled` is true. Clusters the suite cannot read are
 * logged and left out.
 *
 * @public
 */
export function createKubernetesSources(options: {
  config: Config;
  logger: LoggerService;
}): KubernetesSource[] {
  const { enabled, clusters, tunnelConfigMap, warnings } =
    readKubernetesSourceConfig(options.config);
  for (const warning of warnings) {
    options.logger.warn(warning);
  }
  if (!enabled) {
    return [];
  }
  return clusters.map(cluster =>
    KubernetesSource.create({
      cluster,
      tunnelConfigMap,
      logger: options.logger.child({ source: `kubernetes:${cluster.name}` }),
    }),
  );
}
