import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { networkPermissions } from '@localplus/plugin-network-common';
import { createRouter } from './router';

/**
 * The network backend plugin, mounted at `/api/network`.
 * @public
 */
export const networkPlugin = createBackendPlugin({
  pluginId: 'network',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissionsRegistry: coreServices.permissionsRegistry,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({
        httpRouter,
        httpAuth,
        permissionsRegistry,
        config,
        logger,
      }) {
        permissionsRegistry.addPermissions(networkPermissions);
        const gitopsPath = config.getOptionalString('network.gitops.path');
        logger.info('Network plugin started', {
          gitopsPath: gitopsPath ?? '(not configured)',
        });
        httpRouter.use(await createRouter({ httpAuth }));
      },
    });
  },
});
