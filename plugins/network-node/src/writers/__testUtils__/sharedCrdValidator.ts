import fs from 'node:fs';
import path from 'node:path';
import {
  SHARED_CRDS_MISSING_WARNING,
  findSharedCrdsDir,
} from '../../testing/sharedCrds';
import { createManifestValidator } from '../../validation/createManifestValidator';
import { loadCustomResourceDefinitions } from '../../validation/loadCustomResourceDefinitions';
import type { ManifestValidator } from '../../validation/types';

/**
 * For the writers' tests: a validator of the upstream HTTPRoute and CiliumNetworkPolicy CRDs,
 * or undefined (after one warning) when the shared CRDs are not next to the repository.
 */
export function sharedCrdValidator(): ManifestValidator | undefined {
  const dir = findSharedCrdsDir(__dirname);
  if (!fs.existsSync(dir)) {
    // eslint-disable-next-line no-console
    console.warn(SHARED_CRDS_MISSING_WARNING);
    return undefined;
  }
  return createManifestValidator(
    loadCustomResourceDefinitions([
      path.join(dir, 'gateway-api-v1.6.1', 'httproutes.yaml'),
      path.join(dir, 'cilium-v2', 'ciliumnetworkpolicies.yaml'),
    ]),
  );
}
