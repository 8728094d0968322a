/*
 * A generated estate of N services shaped like the platform's: each service in a namespace of its
 * own name with a Deployment, a Service, an HTTPRoute on the shared Gateway, an ingress and an
 * egress CiliumNetworkPolicy, a public name (a proxied Cloudflare CNAME to a remotely managed
 * tunnel, one tunnel rule each) and a private name (a Route53 CNAME plus its TXT ownership record).
 */
import type { Entity } from '@backstage/catalog-model';
import type {
  DnsRecord,
  KubernetesObject,
} from '@localplus/plugin-network-common';
import type { LiveEstate } from '../src/__testUtils__/liveEstate';

export const BENCH_TUNNEL_ID = '3c1e2f7a-9b4d-4e5f-8a6b-7c8d9e0f1a2b';
const GATEWAY_SERVICE =
  'https://cilium-gateway-public.platform.svc.cluster.local:443';
const ORIGIN = { source: 'bench' };

export interface GeneratedEstate extends LiveEstate {
  /** The remotely managed tunnel's ingress rules, catch-all last. */
  tunnelRules: Array<Record<string, unknown>>;
  entities: Entity[];
  names: string[];
}

export const serviceName = (i: number) => `svc-${String(i).padStart(4, '0')}`;

function label(name: string) {
  return { 'backstage.io/kubernetes-id': name };
}

const tcp = (...ports: number[]) => [
  { ports: ports.map(port => ({ port: String(port), protocol: 'TCP' })) },
];
const peer = (namespace: string, name: string) => ({
  matchLabels: {
    'io.kubernetes.pod.namespace': namespace,
    'app.kubernetes.io/name': name,
  },
});

function serviceObjects(
  name: string,
  caller: string,
  callee: string,
): KubernetesObject[] {
  const metadata = { name, namespace: name, labels: label(name) };
  const selector = { 'app.kubernetes.io/name': name };
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: {
        replicas: 2,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: { ...selector, ...label(name) } },
          spec: {
            containers: [
              {
                name,
                image: `registry.localplus.io/${name}:1.0.0`,
                ports: [
                  { name: 'http', containerPort: 8080 },
                  { name: 'grpc', containerPort: 50051 },
                ],
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata,
      spec: {
        selector,
        ports: [
          { name: 'http', port: 8080, targetPort: 'http' },
          { name: 'grpc', port: 50051, targetPort: 'grpc' },
        ],
      },
    },
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata,
      spec: {
        parentRefs: [
          { name: 'public', namespace: 'platform', sectionName: 'https' },
        ],
        hostnames: [`${name}.localplus.io`],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs: [{ name, port: 8080 }],
          },
        ],
      },
    },
    {
      apiVersion: 'cilium.io/v2',
      kind: 'CiliumNetworkPolicy',
      metadata,
      spec: {
        endpointSelector: { matchLabels: selector },
        ingress: [
          { fromEntities: ['ingress'], toPorts: tcp(8080) },
          {
            fromEndpoints: [peer('platform', 'prometheus')],
            toPorts: tcp(8080),
          },
          { fromEndpoints: [peer(caller, caller)], toPorts: tcp(50051) },
        ],
      },
    },
    {
      apiVersion: 'cilium.io/v2',
      kind: 'CiliumNetworkPolicy',
      metadata: { ...metadata, name: `${name}-egress` },
      spec: {
        endpointSelector: { matchLabels: selector },
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
          { toEndpoints: [peer(callee, callee)], toPorts: tcp(50051) },
          { toCIDRSet: [{ cidr: '10.100.0.0/16' }], toPorts: tcp(5432, 6379) },
        ],
      },
    },
  ];
}

function serviceRecords(name: string): {
  public: DnsRecord;
  private: DnsRecord[];
} {
  const owner = `component:default/${name}`;
  const privateName = `${name}.internal.localplus.io`;
  const privateRecord = (type: string, values: string[], recordName: string) =>
    ({
      name: recordName,
      type,
      values,
      ttl: 60,
      zone: 'internal.localplus.io',
      visibility: 'private',
      provider: 'route53',
      origin: ORIGIN,
    } satisfies DnsRecord);
  return {
    public: {
      name: `${name}.localplus.io`,
      type: 'CNAME',
      values: [`${BENCH_TUNNEL_ID}.cfargotunnel.com`],
      proxied: true,
      zone: 'localplus.io',
      visibility: 'public',
      provider: 'cloudflare',
      owner,
      origin: ORIGIN,
    },
    private: [
      privateRecord(
        'CNAME',
        [`${name}.${name}.svc.cluster.local`],
        privateName,
      ),
      // Route53 has no comments: the suite's ownership marker lives in a TXT record
      privateRecord(
        'TXT',
        [`"managed-by=backstage owner=${owner}"`],
        `cname-${privateName}`,
      ),
    ],
  };
}

function entity(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'backstage.io/kubernetes-id': name },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments',
    },
  };
}

/**
 * `count` services around the example estate's platform objects (Gateway, cloudflared, Prometheus,
 * CoreDNS), which `platform` supplies.
 */
export function generateEstate(
  count: number,
  platform: { objects: KubernetesObject[]; entities: Entity[] },
): GeneratedEstate {
  const names = Array.from({ length: count }, (_, i) => serviceName(i));
  const objects = [...platform.objects];
  const publicRecords: DnsRecord[] = [];
  const privateRecords: DnsRecord[] = [];
  const tunnelRules: Array<Record<string, unknown>> = [];
  names.forEach((name, i) => {
    const caller = names[(i + count - 1) % count];
    const callee = names[(i + 1) % count];
    objects.push(...serviceObjects(name, caller, callee));
    const records = serviceRecords(name);
    publicRecords.push(records.public);
    privateRecords.push(...records.private);
    tunnelRules.push({
      hostname: `${name}.localplus.io`,
      service: GATEWAY_SERVICE,
      originRequest: { originServerName: `${name}.localplus.io` },
    });
  });
  tunnelRules.push({ service: 'http_status:404' });
  return {
    objects,
    publicRecords,
    privateRecords,
    tunnelRules,
    entities: [...platform.entities, ...names.map(entity)],
    names,
  };
}
