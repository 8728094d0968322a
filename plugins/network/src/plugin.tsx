import { createFrontendPlugin } from '@backstage/frontend-plugin-api';

/**
 * The network frontend plugin. The entity Network tab and overview card attach here.
 * @public
 */
export const networkPlugin = createFrontendPlugin({
  pluginId: 'network',
  info: { packageJson: () => import('../package.json') },
  extensions: [],
});
