import type { NetworkActionsOptions } from '../lib/options';
import { createCatalogWriteAction } from './catalogWrite';
import { createDnsPrivateCreateAction } from './dnsPrivateCreate';
import { createExposeAction } from './expose';
import { createHttpRouteCreateAction } from './httpRouteCreate';
import { createPolicyCreateAction } from './policyCreate';
import { createRetireAction } from './retire';
import { createTunnelAddAction } from './tunnelAdd';

export {
  createCatalogWriteAction,
  createDnsPrivateCreateAction,
  createExposeAction,
  createHttpRouteCreateAction,
  createPolicyCreateAction,
  createRetireAction,
  createTunnelAddAction,
};

/** Every network action, in the order the actions page lists them. @public */
export function createNetworkActions(options: NetworkActionsOptions) {
  return [
    createExposeAction(options),
    createHttpRouteCreateAction(options),
    createPolicyCreateAction(options),
    createTunnelAddAction(options),
    createDnsPrivateCreateAction(options),
    createRetireAction(options),
    createCatalogWriteAction(options),
  ];
}
