import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** One cluster the live source reads, from `kubernetes.clusterLocatorMethods`. @public */
export interface KubernetesClusterConfig {
  name: string;
  url: string;
  /** Absent: the backend pod's own service account token, as the Kubernetes plugin does. */
  serviceAccountToken?: string;
  skipTLSVerify: boolean;
  /** Base64 PEM of the API server's CA. */
  caData?: string;
  caFile?: string;
}

/** Which ConfigMaps hold the cloudflared configuration. @public */
export interface TunnelConfigMapSelector {
  namespace?: string;
  /** Unset: every ConfigMap whose `key` holds a config with an `ingress:` list. */
  name?: string;
  /** Default `config.yaml`. */
  key: string;
}

/** @public */
export interface KubernetesSourceConfig {
  /** `network.kubernetes.enabled`; off by default. */
  enabled: boolean;
  clusters: KubernetesClusterConfig[];
  tunnelConfigMap: TunnelConfigMapSelector;
  /** Clusters or locators left out, and why, for the caller to log. */
  warnings: string[];
}

// the key the Kubernetes plugin reads from a cluster's `authMetadata`
const AUTH_PROVIDER_KEY = 'kubernetes.io/auth-provider';
const SUPPORTED_AUTH_PROVIDER = 'serviceAccount';

function readCluster(
  c: Config,
): KubernetesClusterConfig & { authProvider?: string } {
  const authMetadata =
    c.getOptional<Record<string, unknown>>('authMetadata') ?? {};
  const fromMetadata = (key: string) =>
    typeof authMetadata[key] === 'string'
      ? (authMetadata[key] as string)
      : undefined;
  const name = c.getString('name');
  const url = c.getString('url');
  const skipTLSVerify = c.getOptionalBoolean('skipTLSVerify') ?? false;
  if (url.startsWith('http:') && !skipTLSVerify) {
    throw new InputError(
      `Kubernetes cluster "${name}" has a plain http url; the client refuses it unless skipTLSVerify is true`,
    );
  }
  const token =
    c.getOptionalString('serviceAccountToken') ??
    fromMetadata('serviceAccountToken');
  const caData = c.getOptionalString('caData');
  const caFile = c.getOptionalString('caFile');
  return {
    name,
    url: url.replace(/\/+$/, ''),
    authProvider:
      fromMetadata(AUTH_PROVIDER_KEY) ?? c.getOptionalString('authProvider'),
    skipTLSVerify,
    ...(token && { serviceAccountToken: token }),
    ...(caData && { caData }),
    ...(caFile && { caFile }),
  };
}

function readTunnelConfigMap(config: Config): TunnelConfigMapSelector {
  const c = config.getOptionalConfig('network.tunnel.configMap');
  const namespace = c?.getOptionalString('namespace');
  const name = c?.getOptionalString('name');
  return {
    ...(namespace && { namespace }),
    ...(name && { name }),
    key: c?.getOptionalString('key') ?? 'config.yaml',
  };
}

/**
 * Reads the live Kubernetes source's configuration: `network.kubernetes`
 * and the `type: config` clusters of `kubernetes.clusterLocatorMethods`,
 * the same block the Kubernetes plugin uses. Only `serviceAccount` auth is
 * supported; other clusters are skipped with a warning, or refused when
 * `network.kubernetes.clusters` names them.
 *
 * @public
 */
export function readKubernetesSourceConfig(
  config: Config,
): KubernetesSourceConfig {
  const enabled =
    config.getOptionalBoolean('network.kubernetes.enabled') ?? false;
  const tunnelConfigMap = readTunnelConfigMap(config);
  if (!enabled) {
    return { enabled, clusters: [], tunnelConfigMap, warnings: [] };
  }
  const wanted = config.getOptionalStringArray('network.kubernetes.clusters');
  const warnings: string[] = [];
  const clusters: KubernetesClusterConfig[] = [];
  const seen = new Set<string>();

  for (const method of config.getOptionalConfigArray(
    'kubernetes.clusterLocatorMethods',
  ) ?? []) {
    const type = method.getString('type');
    if (type !== 'config') {
      warnings.push(
        `kubernetes cluster locator of type ${type} is not read by the network suite; only type config is`,
      );
      continue;
    }
    for (const c of method.getOptionalConfigArray('clusters') ?? []) {
      const { authProvider, ...cluster } = readCluster(c);
      if (seen.has(cluster.name)) {
        throw new InputError(
          `Duplicate Kubernetes cluster name "${cluster.name}"`,
        );
      }
      seen.add(cluster.name);
      if (wanted && !wanted.includes(cluster.name)) {
        continue;
      }
      if (authProvider !== SUPPORTED_AUTH_PROVIDER) {
        const reason = `Kubernetes cluster "${
          cluster.name
        }" uses authProvider ${
          authProvider ?? '(none)'
        }; the network suite supports only ${SUPPORTED_AUTH_PROVIDER}`;
        if (wanted) {
          throw new InputError(
            `network.kubernetes.clusters lists it, but ${reason}`,
          );
        }
        warnings.push(`${reason}; skipped`);
        continue;
      }
      clusters.push(cluster);
    }
  }

  const unknown = (wanted ?? []).filter(name => !seen.has(name));
  if (unknown.length > 0) {
    throw new InputError(
      `network.kubernetes.clusters lists ${unknown
        .map(n => `"${n}"`)
        .join(
          ', ',
        )}, which kubernetes.clusterLocatorMethods does not configure`,
    );
  }
  if (clusters.length === 0) {
    warnings.push(
      'network.kubernetes.enabled is true, but no cluster can be read; the live Kubernetes source is off',
    );
  }
  return { enabled, clusters, tunnelConfigMap, warnings };
}
