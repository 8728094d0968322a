/*
 * Small hand-built estates for the model's tests: one healthy service (`shop`, public at
 * shop.localplus.io/api through tunnel → Gateway → route → Service → policy, private at
 * shop.internal.localplus.io) that each test breaks in one place.
 */
import { buildNetworkIndex } from '../buildNetworkIndex';
import type { EntityBinding } from '../bindings';
import type { NetworkModelOptions } from '../options';
import type {
  AccessApplication,
  DnsRecord,
  KubernetesObject,
  SourceSnapshot,
  TunnelConfiguration,
} from '../sources';
import type { NetworkIndex } from '../types';
import {
  GATEWAY_SERVICE,
  SHOP,
  cnp,
  deployment,
  dnsEndpoint,
  gateway,
  httpRoute,
  namespace,
  service,
  tunnelConfigMap,
  tunnelRecord,
} from './kubeObjects';

export * from './kubeObjects';

const APP = 'app.kubernetes.io/name';
export const SHOP_POD = { [APP]: 'shop', 'backstage.io/kubernetes-id': 'shop' };

/** The healthy estate, by role, so a test can replace one object. */
export function healthyEstate(): Record<string, KubernetesObject> {
  return {
    platformNs: namespace('platform'),
    shopNs: namespace('shop'),
    kubeSystemNs: namespace('kube-system'),
    gateway: gateway(),
    cloudflared: deployment('platform', 'cloudflared', {
      [APP]: 'cloudflared',
      'backstage.io/kubernetes-id': 'cloudflared',
    }),
    tunnel: tunnelConfigMap([
      { hostname: 'shop.localplus.io', service: GATEWAY_SERVICE },
      { service: 'http_status:404' },
    ]),
    coredns: deployment('kube-system', 'coredns', { 'k8s-app': 'kube-dns' }, [
      { containerPort: 53, protocol: 'UDP' },
      { containerPort: 53, protocol: 'TCP' },
    ]),
    kubeDns: service(
      'kube-system',
      'kube-dns',
      { 'k8s-app': 'kube-dns' },
      [
        { port: 53, protocol: 'UDP' },
        { port: 53, protocol: 'TCP' },
      ],
      {},
    ),
    publicDns: dnsEndpoint('platform', 'cloudflared', 'localplus.io', [
      tunnelRecord('shop.localplus.io'),
    ]),
    privateDns: dnsEndpoint('shop', 'shop', 'internal.localplus.io', [
      {
        dnsName: 'shop.internal.localplus.io',
        recordType: 'CNAME',
        targets: ['shop.shop.svc.cluster.local'],
      },
    ]),
    deployment: deployment('shop', 'shop', SHOP_POD, [
      { name: 'http', containerPort: 8080 },
    ]),
    service: service('shop', 'shop', { [APP]: 'shop' }, [
      { name: 'http', port: 8080, targetPort: 'http' },
    ]),
    route: httpRoute('shop', 'shop', {
      hostnames: ['shop.localplus.io'],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
          backendRefs: [{ name: 'shop', port: 8080 }],
        },
      ],
    }),
    policy: cnp('shop', 'shop', {
      endpointSelector: { matchLabels: { [APP]: 'shop' } },
      ingress: [
        {
          fromEntities: ['ingress'],
          toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
        },
      ],
      egress: [
        {
          toEndpoints: [
            {
              matchLabels: {
                'io.kubernetes.pod.namespace': 'kube-system',
                'k8s-app': 'kube-dns',
              },
            },
          ],
          toPorts: [
            {
              ports: [
                { port: '53', protocol: 'UDP' },
                { port: '53', protocol: 'TCP' },
              ],
            },
          ],
        },
      ],
    }),
  };
}

export const BINDINGS: EntityBinding[] = [
  { entityRef: SHOP, kubernetesId: 'shop', namespace: 'shop' },
  {
    entityRef: 'component:default/cloudflared',
    kubernetesId: 'cloudflared',
    namespace: 'platform',
  },
  {
    entityRef: 'component:default/cilium-gateway',
    kubernetesId: 'cilium-gateway',
    namespace: 'platform',
  },
];

export function snapshot(
  sourceId: string,
  state: 'declared' | 'live',
  part: Partial<SourceSnapshot> = {},
): SourceSnapshot {
  return {
    sourceId,
    state,
    readAt: '2026-12-01T00:00:00.000Z',
    objects: [],
    dnsRecords: [],
    tunnels: [],
    accessApplications: [],
    problems: [],
    ...part,
  };
}

export function declared(objects: KubernetesObject[]): SourceSnapshot {
  return snapshot('gitops', 'declared', {
    objects: objects.map((object, i) => ({
      object,
      origin: { source: 'gitops', file: `${object.kind}.yaml`, line: i + 1 },
    })),
  });
}

export function live(
  objects: KubernetesObject[],
  sourceId = 'kubernetes:prod',
): SourceSnapshot {
  return snapshot(sourceId, 'live', {
    objects: objects.map(object => ({
      object,
      origin: { source: sourceId, cluster: 'prod' },
    })),
  });
}

export interface IndexExtras {
  snapshots?: SourceSnapshot[];
  options?: NetworkModelOptions;
  bindings?: EntityBinding[];
  records?: DnsRecord[];
  tunnels?: TunnelConfiguration[];
  accessApplications?: AccessApplication[];
}

/** Builds the index of an estate given by role (undefined roles are left out). */
export function indexOf(
  estate: Record<string, KubernetesObject | undefined>,
  extras: IndexExtras = {},
): NetworkIndex {
  const objects = Object.values(estate).filter(
    (o): o is KubernetesObject => !!o,
  );
  const snapshots = [declared(objects), ...(extras.snapshots ?? [])];
  if (extras.records || extras.tunnels || extras.accessApplications) {
    snapshots.push(
      snapshot('cloudflare', 'live', {
        dnsRecords: extras.records ?? [],
        tunnels: extras.tunnels ?? [],
        accessApplications: extras.accessApplications ?? [],
      }),
    );
  }
  return buildNetworkIndex({
    snapshots,
    entities: extras.bindings ?? BINDINGS,
    sourceStatus: [],
    options: extras.options ?? {},
    now: new Date('2026-12-01T12:00:00.000Z'),
  });
}

export function publicRecord(
  name: string,
  values: string[],
  extra: Partial<DnsRecord> = {},
): DnsRecord {
  return {
    name,
    type: 'CNAME',
    values,
    proxied: true,
    ttl: 1,
    zone: 'localplus.io',
    visibility: 'public',
    provider: 'cloudflare',
    origin: { source: 'cloudflare' },
    ...extra,
  };
}
