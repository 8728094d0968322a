import {
  ApiBlueprint,
  coreApis,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { RiGlobalLine } from '@remixicon/react';
import { NetworkClient, networkApiRef } from './api';
import { networkEntityFilter } from './entityFilter';

const networkApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: networkApiRef,
      deps: { discoveryApi: coreApis.discovery, fetchApi: coreApis.fetch },
      factory: ({ discoveryApi, fetchApi }) =>
        new NetworkClient({ discoveryApi, fetchApi }),
    }),
});

/** `entity-content:network/network`: the Network tab. */
export const networkEntityContent = EntityContentBlueprint.make({
  name: 'network',
  params: {
    path: '/network',
    title: 'Network',
    icon: <RiGlobalLine />,
    filter: networkEntityFilter,
    loader: () =>
      import('./components/content/NetworkContent').then(m => (
        <m.NetworkContent />
      )),
  },
});

/** `entity-card:network/overview`: the overview card. */
export const networkEntityCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    type: 'info',
    filter: networkEntityFilter,
    loader: () =>
      import('./components/card/NetworkOverviewCard').then(m => (
        <m.NetworkOverviewCard />
      )),
  },
});

/**
 * The network frontend plugin for the new frontend system: the entity Network tab, the overview
 * card and the API client.
 * @public
 */
export const networkFrontendPlugin = createFrontendPlugin({
  pluginId: 'network',
  title: 'Network',
  icon: <RiGlobalLine />,
  info: { packageJson: () => import('../package.json') },
  extensions: [networkApi, networkEntityContent, networkEntityCard],
});

export default networkFrontendPlugin;
