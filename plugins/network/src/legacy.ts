import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { NetworkClient, networkApiRef } from './api';

/** Where a legacy app mounts the Network tab (inside its entity page layout). @public */
export const networkRouteRef = createRouteRef({ id: 'network' });

/**
 * The same plugin for apps still on the legacy frontend system.
 * @public
 */
export const networkPlugin = createPlugin({
  id: 'network',
  apis: [
    createApiFactory({
      api: networkApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new NetworkClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { entityContent: networkRouteRef },
});

/**
 * The Network tab for a legacy entity page:
 * `<EntityLayout.Route path="/network" title="Network" if={isNetworkAvailable}><EntityNetworkContent /></EntityLayout.Route>`.
 * @public
 */
export const EntityNetworkContent = networkPlugin.provide(
  createRoutableExtension({
    name: 'EntityNetworkContent',
    component: () =>
      import('./components/content/NetworkContent').then(m => m.NetworkContent),
    mountPoint: networkRouteRef,
  }),
);

/** The overview card for a legacy entity page. @public */
export const EntityNetworkOverviewCard = networkPlugin.provide(
  createComponentExtension({
    name: 'EntityNetworkOverviewCard',
    component: {
      lazy: () =>
        import('./components/card/NetworkOverviewCard').then(
          m => m.NetworkOverviewCard,
        ),
    },
  }),
);
