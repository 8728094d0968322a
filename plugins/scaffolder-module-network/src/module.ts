import { createFrontendModule } from '@backstage/frontend-plugin-api';

/**
 * Scaffolder form fields of the network suite (the NetworkExposure field attaches here).
 * @public
 */
export const scaffolderModuleNetwork = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [],
});
