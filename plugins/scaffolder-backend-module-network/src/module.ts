import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { readNetworkWriteSettings } from '@localplus/plugin-network-node';
import { createNetworkActions } from './actions';
import { NetworkAvailabilityClient } from './lib/availabilityClient';
import { CatalogRestLookup } from './lib/catalogLookup';
import { CatalogWorkloadResolver } from './lib/catalogWorkloads';
import { setUpDirectTarget } from './lib/direct/setUpDirectTarget';
import { NetworkIndexRefresher } from './lib/indexRefresher';

/**
 * Adds the network suite's actions to the scaffolder.
 * @public
 */
export const scaffolderModuleNetwork = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'network',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        logger: coreServices.logger,
        database: coreServices.database,
      },
      async init(deps) {
        const { scaffolderActions, config, discovery, auth, auditor } = deps;
        const settings = readNetworkWriteSettings(config);
        scaffolderActions.addActions(
          ...createNetworkActions({
            settings,
            direct: setUpDirectTarget({
              config,
              settings,
              logger: deps.logger,
              database: deps.database,
            }),
            availability: new NetworkAvailabilityClient({ discovery, auth }),
            workloads: new CatalogWorkloadResolver({ discovery, auth }),
            refresher: new NetworkIndexRefresher({ discovery, auth }),
            catalog: new CatalogRestLookup({ discovery, auth }),
            auditor,
          }),
        );
      },
    });
  },
});
