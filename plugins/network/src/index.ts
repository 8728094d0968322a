/**
 * The network frontend plugin: the entity Network tab and overview card.
 *
 * The default export is the plugin for the new frontend system (discovered by apps with
 * `app.packages: all`); the named `networkPlugin`, `EntityNetworkContent` and
 * `EntityNetworkOverviewCard` serve apps on the legacy system.
 *
 * @packageDocumentation
 */
export { networkFrontendPlugin as default } from './plugin';
export {
  networkPlugin,
  networkRouteRef,
  EntityNetworkContent,
  EntityNetworkOverviewCard,
} from './legacy';
export { NetworkClient, networkApiRef, type NetworkApi } from './api';
export { isNetworkAvailable, networkEntityFilter } from './entityFilter';
