/**
 * One kind the live source keeps in its cache: where the API server serves
 * it and whether it is a custom resource (absent when its CRD is not installed).
 */
export interface WatchedKind {
  kind: string;
  apiVersion: string;
  /** The resource name in URLs, e.g. `httproutes`. */
  plural: string;
  namespaced: boolean;
  custom: boolean;
}

function kind(
  apiVersion: string,
  name: string,
  plural: string,
  options: { namespaced?: boolean; custom?: boolean } = {},
): WatchedKind {
  return {
    kind: name,
    apiVersion,
    plural,
    namespaced: options.namespaced ?? true,
    custom: options.custom ?? false,
  };
}

/**
 * Everything the exposure chain needs from a cluster, in the order the
 * snapshot lists it. Workloads are read for their labels: policy selectors
 * map to catalog entities through them.
 */
export const WATCHED_KINDS: readonly WatchedKind[] = [
  kind('v1', 'Namespace', 'namespaces', { namespaced: false }),
  kind('v1', 'Service', 'services'),
  kind('v1', 'ConfigMap', 'configmaps'),
  kind('apps/v1', 'Deployment', 'deployments'),
  kind('apps/v1', 'StatefulSet', 'statefulsets'),
  kind('apps/v1', 'DaemonSet', 'daemonsets'),
  kind('networking.k8s.io/v1', 'NetworkPolicy', 'networkpolicies'),
  kind('gateway.networking.k8s.io/v1', 'Gateway', 'gateways', { custom: true }),
  kind('gateway.networking.k8s.io/v1', 'HTTPRoute', 'httproutes', {
    custom: true,
  }),
  kind('cilium.io/v2', 'CiliumNetworkPolicy', 'ciliumnetworkpolicies', {
    custom: true,
  }),
  kind(
    'cilium.io/v2',
    'CiliumClusterwideNetworkPolicy',
    'ciliumclusterwidenetworkpolicies',
    {
      namespaced: false,
      custom: true,
    },
  ),
  kind('externaldns.k8s.io/v1alpha1', 'DNSEndpoint', 'dnsendpoints', {
    custom: true,
  }),
];

/** The list/watch path: `/api/v1/services`, `/apis/<group>/<version>/namespaces/<ns>/<plural>`. */
export function collectionPath(
  watched: WatchedKind,
  namespace?: string,
): string {
  const root = watched.apiVersion.includes('/')
    ? `/apis/${watched.apiVersion}`
    : `/api/${watched.apiVersion}`;
  const scope =
    watched.namespaced && namespace
      ? `/namespaces/${encodeURIComponent(namespace)}`
      : '';
  return `${root}${scope}/${watched.plural}`;
}

/** `httproutes.gateway.networking.k8s.io/v1`, as kubectl names a resource. */
export function describeKind(watched: WatchedKind): string {
  const [group, version] = watched.apiVersion.includes('/')
    ? watched.apiVersion.split('/')
    : ['', watched.apiVersion];
  return group
    ? `${watched.plural}.${group}/${version}`
    : `${watched.plural}/${version}`;
}
