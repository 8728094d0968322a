import { KubeConfig } from '@kubernetes/client-node';
import type { KubernetesClusterConfig } from './config';

/** Where a pod's projected service account token lives; it is rotated, so it is re-read. */
export const IN_CLUSTER_TOKEN_FILE =
  '/var/run/secrets/kubernetes.io/serviceaccount/token';

/** A client configuration for one cluster of the config. */
export function createKubeConfig(cluster: KubernetesClusterConfig): KubeConfig {
  const user = 'backstage-network';
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [
      {
        name: cluster.name,
        server: cluster.url,
        skipTLSVerify: cluster.skipTLSVerify,
        caData: cluster.caData,
        caFile: cluster.caFile,
      },
    ],
    users: [
      cluster.serviceAccountToken
        ? { name: user, token: cluster.serviceAccountToken }
        : {
            name: user,
            authProvider: {
              name: 'tokenFile',
              config: { tokenFile: IN_CLUSTER_TOKEN_FILE },
            },
          },
    ],
    contexts: [{ name: cluster.name, cluster: cluster.name, user }],
    currentContext: cluster.name,
  });
  return kc;
}
