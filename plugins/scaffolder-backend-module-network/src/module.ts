import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createNetworkActions } from './actions';

/**
 * Adds the network suite's actions to the scaffolder.
 * @public
 */
export const scaffolderModuleNetwork = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'network',
  register({ registerInit }) {
    registerInit({
      deps: { scaffolderActions: scaffolderActionsExtensionPoint },
      async init({ scaffolderActions }) {
        scaffolderActions.addActions(...createNetworkActions());
      },
    });
  },
});
