import { createApiRef } from '@backstage/frontend-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  AvailabilityRequest,
  AvailabilityResult,
  FindingsQuery,
  FindingsResponse,
  NetworkView,
  SourcesResponse,
} from '@localplus/plugin-network-common';

/**
 * What the frontend asks the network backend. The tab, the card and the scaffolder wizard all go
 * through it, so a fake of this interface is the whole boundary in component tests.
 * @public
 */
export interface NetworkApi {
  /** Everything the Network tab shows for one entity. */
  getView(entityRef: string | CompoundEntityRef): Promise<NetworkView>;
  /** Findings across the estate, narrowed by severity, check or entity. */
  getFindings(query?: FindingsQuery): Promise<FindingsResponse>;
  /** Health and freshness of every source the index reads. */
  getSources(): Promise<SourcesResponse>;
  /** "May I use this hostname + path / DNS name?" */
  checkAvailability(request: AvailabilityRequest): Promise<AvailabilityResult>;
}

/** @public */
export const networkApiRef = createApiRef<NetworkApi>().with({
  id: 'plugin.network.client',
  pluginId: 'network',
});
