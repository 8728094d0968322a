import type {
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  createCloudflareSource,
  createGitOpsSource,
  createKubernetesSources,
  createRoute53Source,
  readGitOpsSourceConfig,
  type NetworkSource,
} from '@localplus/plugin-network-node';

/** The built-in sources the config asks for; each is optional. */
export function createConfiguredSources(options: {
  config: Config;
  logger: LoggerService;
  urlReader: UrlReaderService;
}): NetworkSource[] {
  const { config, logger, urlReader } = options;
  const sources: NetworkSource[] = [];
  const gitops = readGitOpsSourceConfig(config);
  if (gitops) {
    sources.push(
      createGitOpsSource({
        config: gitops,
        urlReader,
        logger: logger.child({ source: 'gitops' }),
      }),
    );
  }
  sources.push(...createKubernetesSources({ config, logger }));
  for (const live of [
    createCloudflareSource({
      config,
      logger: logger.child({ source: 'cloudflare' }),
    }),
    createRoute53Source({
      config,
      logger: logger.child({ source: 'route53' }),
    }),
  ]) {
    if (live) sources.push(live);
  }
  return sources;
}
