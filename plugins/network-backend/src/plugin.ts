import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { networkPermissions } from '@localplus/plugin-network-common';
import {
  networkSourcesExtensionPoint,
  type NetworkSource,
} from '@localplus/plugin-network-node';
import { durationToMilliseconds } from '@backstage/types';
import { readNetworkRefreshConfig } from './config/readNetworkBackendConfig';
import { readNetworkModelOptions } from './config/readNetworkModelOptions';
import { NetworkIndexService } from './index/NetworkIndexService';
import { SnapshotStore } from './index/SnapshotStore';
import { createRouter } from './router';
import { createConfiguredSources } from './sources/createConfiguredSources';

/**
 * The network backend plugin, mounted at `/api/network`: sources → index → REST API.
 * @public
 */
export const networkPlugin = createBackendPlugin({
  pluginId: 'network',
  register(env) {
    const extraSources: NetworkSource[] = [];
    env.registerExtensionPoint(networkSourcesExtensionPoint, {
      addSource(...sources) {
        extraSources.push(...sources);
      },
    });

    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler } = deps;
        deps.permissionsRegistry.addPermissions(networkPermissions);

        const sources = [
          ...createConfiguredSources({
            config,
            logger,
            urlReader: deps.urlReader,
          }),
          ...extraSources,
        ];
        const refresh = readNetworkRefreshConfig(config);
        const index = new NetworkIndexService({
          sources,
          store: await SnapshotStore.create(deps.database),
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
          modelOptions: readNetworkModelOptions(config),
          timeoutMs: durationToMilliseconds(refresh.timeout),
        });
        logger.info('Network sources configured', {
          sources: sources.map(s => s.id).join(', ') || '(none)',
        });

        // One replica reads the providers; every replica rebuilds from the stored snapshots.
        await scheduler.scheduleTask({
          id: 'network-sources-refresh',
          scope: 'global',
          frequency: refresh.frequency,
          timeout: refresh.timeout,
          fn: async () => {
            await index.refreshSources();
            await index.reload();
          },
        });
        await scheduler.scheduleTask({
          id: 'network-index-reload',
          scope: 'local',
          frequency: { seconds: 5 },
          timeout: { minutes: 1 },
          fn: () => index.reload(),
        });
        // New catalog entities (a service just created from a template) join the index.
        await scheduler.scheduleTask({
          id: 'network-entities-reload',
          scope: 'local',
          frequency: { seconds: 30 },
          timeout: { minutes: 1 },
          fn: () => index.reload({ force: true }),
        });
        deps.lifecycle.addStartupHook(() => index.startWatches());
        deps.lifecycle.addShutdownHook(() => index.stopWatches());

        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            index,
          }),
        );
      },
    });
  },
});
