import type { JsonObject } from '@backstage/types';
import {
  startCloudflareApiServer,
  startKubernetesApiServer,
  startRoute53ApiServer,
  type CloudflareApiServer,
  type KubernetesApiServer,
  type Route53ApiServer,
} from '@localplus/plugin-network-node/testing';
import {
  seedCloudflareZone,
  seedRoute53Zone,
  type LiveEstate,
} from './liveEstate';

/** The cluster name the backend is configured with: its source is `kubernetes:<name>`. */
export const LIVE_CLUSTER = 'test';
export const KUBERNETES_SOURCE = `kubernetes:${LIVE_CLUSTER}`;
export const PUBLIC_ZONE = 'localplus.io';
export const PRIVATE_ZONE = 'internal.localplus.io';

/** The three loopback provider APIs, seeded with one estate. */
export interface LiveServers {
  kubernetes: KubernetesApiServer;
  cloudflare: CloudflareApiServer;
  route53: Route53ApiServer;
  publicZoneId: string;
  privateZoneId: string;
  /**
   * The backend config reading every live source from these servers, the way an operator writes
   * it: the Kubernetes plugin's cluster locator, `network.*` and the AWS integration's account.
   */
  config(extra?: { network?: JsonObject }): JsonObject;
  close(): Promise<void>;
}

export interface LiveServersOptions {
  /** Extra comment on each Cloudflare record, e.g. the suite's ownership marker. */
  publicComment?: Parameters<typeof seedCloudflareZone>[3];
  /** Remotely managed tunnels Cloudflare keeps the rules of. */
  tunnels?: Array<{
    id: string;
    ingress: Array<Record<string, unknown>>;
    source?: 'local' | 'cloudflare';
  }>;
  /** Extra record sets of the private zone, published as they are (TXT ownership records…). */
  extraPrivateRecords?: LiveEstate['privateRecords'];
  /** Per-page cap of the Cloudflare fake, so paging shows. */
  cloudflareMaxPerPage?: number;
  /** CRDs the Kubernetes fake validates writes against; `null` turns validation off. */
  crdsDir?: string | null;
}

const AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';

/** Starts the Kubernetes, Cloudflare and Route53 fakes on 127.0.0.1 holding `estate`. */
export async function startLiveServers(
  estate: LiveEstate,
  options: LiveServersOptions = {},
): Promise<LiveServers> {
  const [kubernetes, cloudflare, route53] = await Promise.all([
    startKubernetesApiServer({
      objects: estate.objects,
      crdsDir: options.crdsDir,
    }),
    startCloudflareApiServer({ maxPerPage: options.cloudflareMaxPerPage }),
    startRoute53ApiServer({ accessKeyId: AWS_ACCESS_KEY_ID }),
  ]);

  const publicZoneId = cloudflare.addZone({ name: PUBLIC_ZONE });
  seedCloudflareZone(
    cloudflare,
    publicZoneId,
    estate.publicRecords,
    options.publicComment,
  );
  for (const tunnel of options.tunnels ?? []) {
    cloudflare.setTunnelConfiguration(
      tunnel.id,
      { ingress: tunnel.ingress },
      { source: tunnel.source ?? 'cloudflare' },
    );
  }

  const privateZoneId = route53.addHostedZone({ name: PRIVATE_ZONE });
  seedRoute53Zone(route53, privateZoneId, [
    ...estate.privateRecords,
    ...(options.extraPrivateRecords ?? []),
  ]);

  return {
    kubernetes,
    cloudflare,
    route53,
    publicZoneId,
    privateZoneId,
    config(extra = {}) {
      return {
        kubernetes: {
          clusterLocatorMethods: [
            {
              type: 'config',
              clusters: [
                {
                  name: LIVE_CLUSTER,
                  url: kubernetes.url,
                  authProvider: 'serviceAccount',
                  serviceAccountToken: kubernetes.token,
                  skipTLSVerify: true,
                },
              ],
            },
          ],
        },
        aws: {
          mainAccount: {
            accessKeyId: AWS_ACCESS_KEY_ID,
            secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          },
        },
        network: {
          kubernetes: { enabled: true },
          cloudflare: {
            apiToken: cloudflare.apiToken,
            accountId: cloudflare.accountId,
            baseUrl: cloudflare.baseUrl,
            zones: [{ name: PUBLIC_ZONE, id: publicZoneId }],
            tunnelIds: (options.tunnels ?? []).map(t => t.id),
          },
          route53: {
            endpoint: route53.endpoint,
            region: 'eu-west-1',
            hostedZoneIds: [privateZoneId],
          },
          ...extra.network,
        },
      };
    },
    async close() {
      await Promise.all([
        kubernetes.close(),
        cloudflare.close(),
        route53.close(),
      ]);
    },
  };
}
