import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { readNetworkWriteSettings } from '@localplus/plugin-network-node';
import { NetworkAvailabilityClient } from '../lib/availabilityClient';
import { CatalogRestLookup } from '../lib/catalogLookup';
import { CatalogWorkloadResolver } from '../lib/catalogWorkloads';
import { NetworkIndexRefresher } from '../lib/indexRefresher';
import type { NetworkActionsOptions } from '../lib/options';
import {
  copyEstate,
  estateEntities,
  estateNames,
  estateRoutes,
} from './estate';
import { LoopbackBackend, startLoopbackBackend } from './loopbackBackend';

/**
 * Everything an action test needs: a copy of the estate to write into, the loopback network and
 * catalog backends, and the options the module would build, wired to them.
 */
export function setUpActionTests() {
  const dir = createMockDirectory();
  const harness = {} as {
    backend: LoopbackBackend;
    options: NetworkActionsOptions;
    auditor: ReturnType<typeof mockServices.auditor.mock>;
    root: string;
  };
  beforeAll(async () => {
    harness.backend = await startLoopbackBackend({
      entities: estateEntities,
      routes: estateRoutes,
      names: estateNames,
    });
  });
  afterAll(() => harness.backend.close());
  beforeEach(async () => {
    dir.clear();
    harness.root = dir.resolve('gitops');
    await copyEstate(harness.root);
    harness.backend.requests.length = 0;
    harness.backend.failAvailabilityWith = undefined;
    harness.backend.failRefreshWith = undefined;
    const auth = mockServices.auth();
    harness.auditor = mockServices.auditor.mock();
    harness.options = {
      settings: readNetworkWriteSettings(mockServices.rootConfig({ data: {} })),
      availability: new NetworkAvailabilityClient({
        discovery: harness.backend.discovery,
        auth,
      }),
      workloads: new CatalogWorkloadResolver({
        discovery: harness.backend.discovery,
        auth,
      }),
      refresher: new NetworkIndexRefresher({
        discovery: harness.backend.discovery,
        auth,
      }),
      catalog: new CatalogRestLookup({
        discovery: harness.backend.discovery,
        auth,
      }),
      auditor: harness.auditor,
      gitopsRoot: harness.root,
      catalogRoot: dir.resolve('generated'),
    };
  });
  return { dir, harness };
}
