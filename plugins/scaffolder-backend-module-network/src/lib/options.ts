import type { AuditorService } from '@backstage/backend-plugin-api';
import type {
  DirectTarget,
  NetworkWriteSettings,
} from '@localplus/plugin-network-node';
import type { AvailabilityClient } from './availabilityClient';
import type { CatalogLookup } from './catalogLookup';
import type { WorkloadResolver } from './catalogWorkloads';
import type { IndexRefresher } from './indexRefresher';

/** What every network action closes over. @public */
export interface NetworkActionsOptions {
  settings: NetworkWriteSettings;
  availability: AvailabilityClient;
  workloads: WorkloadResolver;
  /** Finds entities the catalog already has, so a new service cannot take an existing name. */
  catalog?: CatalogLookup;
  /** Rebuilds the network index after a write; without it the periodic refresh catches up. */
  refresher?: IndexRefresher;
  auditor?: AuditorService;
  /**
   * Absolute path of the GitOps folder for runs without `targetPath`. Default:
   * `network.gitops.path` resolved against the backend's working directory.
   */
  gitopsRoot?: string;
  /** The provider writers, when `network.writeTarget` is `direct`. */
  direct?: DirectTarget;
  /**
   * Absolute path of the catalog folder new services' catalog-info.yaml go to. Default:
   * `settings.catalogOutputPath` resolved against the backend's working directory.
   */
  catalogRoot?: string;
}
