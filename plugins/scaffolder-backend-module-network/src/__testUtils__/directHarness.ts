import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readNetworkWriteSettings } from '@localplus/plugin-network-node';
import {
  CloudflareApiServer,
  KubernetesApiServer,
  Route53ApiServer,
  startCloudflareApiServer,
  startKubernetesApiServer,
  startRoute53ApiServer,
} from '@localplus/plugin-network-node/testing';
import { NetworkAvailabilityClient } from '../lib/availabilityClient';
import { CatalogWorkloadResolver } from '../lib/catalogWorkloads';
import { setUpDirectTarget } from '../lib/direct/setUpDirectTarget';
import { NetworkIndexRefresher } from '../lib/indexRefresher';
import type { NetworkActionsOptions } from '../lib/options';
import { estateEntities, estateNames, estateRoutes } from './estate';
import { LoopbackBackend, startLoopbackBackend } from './loopbackBackend';
import { warmUpCrdValidation } from './warmUp';

export const TUNNEL_ID = '6ff42ae2-765d-4adf-8112-31c55c1551ef';
export const GATEWAY =
  'https://cilium-gateway-public.platform.svc.cluster.local:443';
/** The platform's rules, as in the seed: none of them written by Backstage. */
export const FOREIGN_RULES = [
  { hostname: 'grafana.localplus.io', service: 'http://grafana.platform:3000' },
  { hostname: 'api.localplus.io', service: GATEWAY },
];
export const CATCH_ALL = { service: 'http_status:404' };

/** Everything a direct-target test needs, fresh per test. */
export interface DirectHarness {
  backend: LoopbackBackend;
  kubernetes: KubernetesApiServer;
  cloudflare: CloudflareApiServer;
  route53: Route53ApiServer;
  zoneId: string;
  hostedZoneId: string;
  database: { getClient(): Promise<any> };
  config: ConfigReader;
  /** A second replica's options: same database and providers, its own writers. */
  replica(): NetworkActionsOptions;
  options: NetworkActionsOptions;
  auditor: ReturnType<typeof mockServices.auditor.mock>;
}

/**
 * The providers of the direct target as loopback servers speaking their wire formats, seeded like
 * the seed platform, and the module's options wired to them and to a real SQLite database.
 */
export function setUpDirectTests() {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  const harness = {} as DirectHarness;
  beforeAll(async () => {
    const scratch = await startKubernetesApiServer();
    await warmUpCrdValidation(scratch);
    await scratch.close();
    harness.backend = await startLoopbackBackend({
      entities: estateEntities,
      routes: estateRoutes,
      names: estateNames,
    });
  });
  afterAll(() => harness.backend.close());

  beforeEach(async () => {
    harness.backend.requests.length = 0;
    harness.kubernetes = await startKubernetesApiServer();
    harness.cloudflare = await startCloudflareApiServer();
    harness.route53 = await startRoute53ApiServer();
    const { cloudflare, route53 } = harness;
    harness.zoneId = cloudflare.addZone({ name: 'localplus.io' });
    cloudflare.addDnsRecord(harness.zoneId, {
      name: 'api.localplus.io',
      type: 'CNAME',
      content: `${TUNNEL_ID}.cfargotunnel.com`,
      proxied: true,
    });
    cloudflare.setTunnelConfiguration(TUNNEL_ID, {
      ingress: [...FOREIGN_RULES, CATCH_ALL],
      'warp-routing': { enabled: false },
    });
    harness.hostedZoneId = route53.addHostedZone({
      name: 'internal.localplus.io',
    });
    const knex = await databases.init('SQLITE_3');
    harness.database = { getClient: async () => knex };
    harness.config = new ConfigReader({
      aws: {
        mainAccount: { accessKeyId: 'loopback', secretAccessKey: 'secret' },
      },
      kubernetes: {
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: [
              {
                name: 'prod',
                url: harness.kubernetes.url,
                authProvider: 'serviceAccount',
                serviceAccountToken: harness.kubernetes.token,
                skipTLSVerify: true,
              },
            ],
          },
        ],
      },
      network: {
        writeTarget: 'direct',
        tunnel: { id: TUNNEL_ID },
        kubernetes: { enabled: true },
        cloudflare: {
          apiToken: cloudflare.apiToken,
          accountId: cloudflare.accountId,
          baseUrl: cloudflare.baseUrl,
          zones: [{ name: 'localplus.io', id: harness.zoneId }],
        },
        route53: { endpoint: route53.endpoint },
      },
    });
    harness.replica = () => {
      const settings = readNetworkWriteSettings(harness.config);
      const auth = mockServices.auth();
      return {
        settings,
        direct: setUpDirectTarget({
          config: harness.config,
          settings,
          logger: mockServices.logger.mock(),
          database: harness.database,
          timeouts: { requestMs: 400, retry: { delayMs: 10, timeoutMs: 400 } },
        }),
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
      };
    };
    harness.auditor = mockServices.auditor.mock();
    harness.options = { ...harness.replica(), auditor: harness.auditor };
  });

  afterEach(async () => {
    await harness.kubernetes.close();
    await harness.cloudflare.close();
    await harness.route53.close();
  });
  return harness;
}
