import appBackend from '@backstage/plugin-app-backend';
import proxyBackend from '@backstage/plugin-proxy-backend';
import authBackend from '@backstage/plugin-auth-backend';
import authBackendModuleGuestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import authBackendModuleGithubProvider from '@backstage/plugin-auth-backend-module-github-provider';
import catalogBackend from '@backstage/plugin-catalog-backend';
import catalogBackendModuleScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import catalogBackendModuleLogs from '@backstage/plugin-catalog-backend-module-logs';
import permissionBackend from '@backstage/plugin-permission-backend';
import permissionBackendModuleAllowAllPolicy from '@backstage/plugin-permission-backend-module-allow-all-policy';
import scaffolderBackend from '@backstage/plugin-scaffolder-backend';
import searchBackend from '@backstage/plugin-search-backend';
import searchBackendModuleCatalog from '@backstage/plugin-search-backend-module-catalog';
import kubernetesBackend from '@backstage/plugin-kubernetes-backend';
import userSettingsBackend from '@backstage/plugin-user-settings-backend';
import signalsBackend from '@backstage/plugin-signals-backend';
import networkBackend from '@localplus/plugin-network-backend';
import scaffolderBackendModuleNetwork from '@localplus/plugin-scaffolder-backend-module-network';

/**
 * Every plugin and module of this Backstage, in one list, so that the integration test starts
 * exactly the backend that `yarn start` runs.
 */
export const backendFeatures = [
  appBackend,
  proxyBackend,

  // Sign-in: guest in the embedded default, GitHub in production (app-config.production.yaml).
  authBackend,
  authBackendModuleGuestProvider,
  authBackendModuleGithubProvider,

  catalogBackend,
  catalogBackendModuleScaffolderEntityModel,
  catalogBackendModuleLogs,

  permissionBackend,
  permissionBackendModuleAllowAllPolicy,

  scaffolderBackend,

  searchBackend,
  searchBackendModuleCatalog,

  kubernetesBackend,
  userSettingsBackend,
  // User settings push changes to open browsers through signals.
  signalsBackend,

  // The network suite.
  networkBackend,
  scaffolderBackendModuleNetwork,
];
