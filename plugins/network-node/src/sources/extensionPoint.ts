import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { NetworkSource } from './types';

/**
 * Lets a backend module add a source of network state (a CMDB, another DNS provider, another
 * tunnel vendor) to the network index, next to the built-in ones.
 * @public
 */
export interface NetworkSourcesExtensionPoint {
  addSource(...sources: NetworkSource[]): void;
}

/** @public */
export const networkSourcesExtensionPoint =
  createExtensionPoint<NetworkSourcesExtensionPoint>({
    id: 'network.sources',
  });
