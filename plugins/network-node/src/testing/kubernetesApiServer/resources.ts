import { apiServerError } from './status';

/** One resource type the fake serves, as discovery describes it. */
export interface ServedResource {
  /** '' for the core group (`/api/v1`). */
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  /** Defined by a CRD: list items keep `apiVersion`/`kind`, schema validation applies. */
  custom: boolean;
}

function core(kind: string, plural: string, namespaced = true): ServedResource {
  const singular = kind.toLowerCase();
  return {
    group: '',
    version: 'v1',
    kind,
    plural,
    singular,
    namespaced,
    custom: false,
  };
}

function builtIn(group: string, kind: string, plural: string): ServedResource {
  const singular = kind.toLowerCase();
  return {
    group,
    version: 'v1',
    kind,
    plural,
    singular,
    namespaced: true,
    custom: false,
  };
}

function crd(
  groupVersion: string,
  kind: string,
  plural: string,
  namespaced = true,
): ServedResource {
  const [group, version] = groupVersion.split('/');
  const singular = kind.toLowerCase();
  return { group, version, kind, plural, singular, namespaced, custom: true };
}

/**
 * What the LOCAL-PLUS clusters serve: the built-ins the suite reads, and the
 * Gateway API, Cilium and external-dns CRDs.
 */
export const SERVED_RESOURCES: readonly ServedResource[] = [
  core('Namespace', 'namespaces', false),
  core('Service', 'services'),
  core('ConfigMap', 'configmaps'),
  core('Secret', 'secrets'),
  builtIn('apps', 'Deployment', 'deployments'),
  builtIn('apps', 'StatefulSet', 'statefulsets'),
  builtIn('apps', 'DaemonSet', 'daemonsets'),
  builtIn('networking.k8s.io', 'NetworkPolicy', 'networkpolicies'),
  crd('gateway.networking.k8s.io/v1', 'GatewayClass', 'gatewayclasses', false),
  crd('gateway.networking.k8s.io/v1', 'Gateway', 'gateways'),
  crd('gateway.networking.k8s.io/v1', 'HTTPRoute', 'httproutes'),
  crd('gateway.networking.k8s.io/v1', 'GRPCRoute', 'grpcroutes'),
  crd('gateway.networking.k8s.io/v1beta1', 'ReferenceGrant', 'referencegrants'),
  crd('cilium.io/v2', 'CiliumNetworkPolicy', 'ciliumnetworkpolicies'),
  crd(
    'cilium.io/v2',
    'CiliumClusterwideNetworkPolicy',
    'ciliumclusterwidenetworkpolicies',
    false,
  ),
  crd('externaldns.k8s.io/v1alpha1', 'DNSEndpoint', 'dnsendpoints'),
];

export function groupVersionOf(resource: ServedResource): string {
  return resource.group
    ? `${resource.group}/${resource.version}`
    : resource.version;
}

/** Store key: one object set per group and plural, whatever the version. */
export function resourceKey(resource: ServedResource): string {
  return `${resource.plural}.${resource.group}`;
}

/** A request path, resolved against the served resources. */
export type ParsedPath =
  | { type: 'discovery'; body: unknown }
  | {
      type: 'resource';
      resource: ServedResource;
      namespace?: string;
      name?: string;
      subresource?: string;
    };

const VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

function resourceList(groupVersion: string, resources: ServedResource[]) {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources: resources.flatMap(r => [
      {
        name: r.plural,
        singularName: r.singular,
        namespaced: r.namespaced,
        kind: r.kind,
        verbs: VERBS,
        storageVersionHash: Buffer.from(r.kind).toString('base64'),
      },
      ...(r.custom
        ? [
            {
              name: `${r.plural}/status`,
              singularName: '',
              namespaced: r.namespaced,
              kind: r.kind,
              verbs: ['get', 'patch', 'update'],
            },
          ]
        : []),
    ]),
  };
}

function apiGroup(group: string, resources: ServedResource[]) {
  const versions = [
    ...new Set(resources.filter(r => r.group === group).map(r => r.version)),
  ].map(version => ({ groupVersion: `${group}/${version}`, version }));
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: group,
    versions,
    preferredVersion: versions[0],
  };
}

function notFound() {
  return apiServerError(
    404,
    'the server could not find the requested resource',
  );
}

/**
 * Resolves `/api…` and `/apis…` paths: discovery documents, or a resource
 * with its optional namespace, name and subresource.
 */
export function parsePath(
  pathname: string,
  served: readonly ServedResource[],
  serverAddress: string,
): ParsedPath {
  const parts = pathname.split('/').filter(Boolean);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api') {
    if (parts.length === 1) {
      return {
        type: 'discovery',
        body: {
          kind: 'APIVersions',
          versions: ['v1'],
          serverAddressByClientCIDRs: [
            { clientCIDR: '0.0.0.0/0', serverAddress },
          ],
        },
      };
    }
    [group, version, rest] = ['', parts[1], parts.slice(2)];
  } else if (parts[0] === 'apis') {
    if (parts.length === 1) {
      const groups = [
        ...new Set(served.filter(r => r.group).map(r => r.group)),
      ];
      return {
        type: 'discovery',
        body: {
          kind: 'APIGroupList',
          apiVersion: 'v1',
          groups: groups.map(g => apiGroup(g, [...served])),
        },
      };
    }
    if (parts.length === 2) {
      if (!served.some(r => r.group === parts[1])) {
        throw notFound();
      }
      return { type: 'discovery', body: apiGroup(parts[1], [...served]) };
    }
    [group, version, rest] = [parts[1], parts[2], parts.slice(3)];
  } else {
    throw notFound();
  }

  const inVersion = served.filter(
    r => r.group === group && r.version === version,
  );
  if (inVersion.length === 0) {
    throw notFound();
  }
  if (rest.length === 0) {
    return {
      type: 'discovery',
      body: resourceList(group ? `${group}/${version}` : version, inVersion),
    };
  }
  const namespaced = rest[0] === 'namespaces' && rest.length >= 3;
  const namespace = namespaced ? rest[1] : undefined;
  const tail = namespaced ? rest.slice(2) : rest;
  const [plural, name, subresource] = tail;
  const resource = inVersion.find(r => r.plural === plural);
  if (!resource || (namespaced && !resource.namespaced) || tail.length > 3) {
    throw notFound();
  }
  return { type: 'resource', resource, namespace, name, subresource };
}
