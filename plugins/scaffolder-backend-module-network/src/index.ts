/**
 * Scaffolder actions that create routes, policies, tunnel entries and DNS records.
 *
 * @packageDocumentation
 */
export { scaffolderModuleNetwork as default } from './module';
export {
  createNetworkActions,
  createCatalogWriteAction,
  createDnsPrivateCreateAction,
  createExposeAction,
  createHttpRouteCreateAction,
  createPolicyCreateAction,
  createRetireAction,
  createTunnelAddAction,
} from './actions';
export type { NetworkActionsOptions } from './lib/options';
export type { AvailabilityClient } from './lib/availabilityClient';
export type { CatalogLookup } from './lib/catalogLookup';
export type { IndexRefresher } from './lib/indexRefresher';
export type { WorkloadResolver, Workload } from './lib/catalogWorkloads';
