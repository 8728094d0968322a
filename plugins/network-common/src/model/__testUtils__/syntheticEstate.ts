/*
 * A generated estate of the size the backend must handle: per service a namespace, a Deployment,
 * a Service, an HTTPRoute, two CiliumNetworkPolicies, a tunnel rule and three DNS records.
 */
import type { EntityBinding } from '../bindings';
import type {
  DnsRecord,
  KubernetesObject,
  SourceSnapshot,
  SourcedObject,
} from '../sources';

const TUNNEL = '0e5b0c2a-1111-4222-8333-444455556666';

function service(i: number): KubernetesObject[] {
  const name = `svc-${i}`;
  const ns = `team-${i % 200}`;
  const labels = { 'backstage.io/kubernetes-id': name };
  const app = { 'app.kubernetes.io/name': name };
  // svc-i may be called by svc-(i+1), so svc-i calls svc-(i-1).
  const peer = `svc-${(i + 1) % 2000}`;
  const callee = (i + 1999) % 2000;
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: ns, labels },
      spec: {
        selector: { matchLabels: app },
        template: {
          metadata: { labels: { ...app, ...labels } },
          spec: {
            containers: [
              { name, ports: [{ name: 'http', containerPort: 8080 }] },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: ns, labels },
      spec: {
        selector: app,
        ports: [{ name: 'http', port: 8080, targetPort: 'http' }],
      },
    },
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name, namespace: ns, labels },
      spec: {
        parentRefs: [
          { name: 'public', namespace: 'platform', sectionName: 'https' },
        ],
        hostnames: [`${name}.localplus.io`],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/v1' } }],
            backendRefs: [{ name, port: 8080 }],
          },
        ],
      },
    },
    {
      apiVersion: 'cilium.io/v2',
      kind: 'CiliumNetworkPolicy',
      metadata: { name: `${name}-ingress`, namespace: ns, labels },
      spec: {
        endpointSelector: { matchLabels: app },
        ingress: [
          {
            fromEntities: ['ingress'],
            toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
          },
          {
            fromEndpoints: [
              {
                matchLabels: {
                  'app.kubernetes.io/name': peer,
                  'io.kubernetes.pod.namespace': `team-${
                    ((i + 1) % 2000) % 200
                  }`,
                },
              },
            ],
            toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
          },
        ],
      },
    },
    {
      apiVersion: 'cilium.io/v2',
      kind: 'CiliumNetworkPolicy',
      metadata: { name: `${name}-egress`, namespace: ns, labels },
      spec: {
        endpointSelector: { matchLabels: app },
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
          {
            toCIDRSet: [{ cidr: '10.100.0.0/16' }],
            toPorts: [{ ports: [{ port: '5432', protocol: 'TCP' }] }],
          },
          {
            toEndpoints: [
              {
                matchLabels: {
                  'app.kubernetes.io/name': `svc-${callee}`,
                  'io.kubernetes.pod.namespace': `team-${callee % 200}`,
                },
              },
            ],
            toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
          },
        ],
      },
    },
  ];
}

function records(i: number): DnsRecord[] {
  const origin = { source: 'cloudflare' };
  const owner = `svc-${i}`;
  return [
    {
      name: `svc-${i}.localplus.io`,
      type: 'CNAME',
      values: [`${TUNNEL}.cfargotunnel.com`],
      proxied: true,
      ttl: 1,
      zone: 'localplus.io',
      visibility: 'public',
      provider: 'cloudflare',
      owner,
      origin,
    },
    {
      name: `svc-${i}.localplus.io`,
      type: 'TXT',
      values: ['"heritage=external-dns"'],
      ttl: 1,
      zone: 'localplus.io',
      visibility: 'public',
      provider: 'cloudflare',
      owner,
      origin,
    },
    {
      name: `svc-${i}.internal.localplus.io`,
      type: 'CNAME',
      values: [`svc-${i}.team-${i % 200}.svc.cluster.local`],
      ttl: 60,
      zone: 'internal.localplus.io',
      visibility: 'private',
      provider: 'route53',
      owner,
      origin: { source: 'route53' },
    },
  ];
}

function platform(count: number): KubernetesObject[] {
  const rules = Array.from({ length: count }, (_, i) => ({
    hostname: `svc-${i}.localplus.io`,
    service: 'https://cilium-gateway-public.platform.svc.cluster.local:443',
  }));
  return [
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'public', namespace: 'platform' },
      spec: {
        gatewayClassName: 'cilium',
        listeners: [
          {
            name: 'https',
            protocol: 'HTTPS',
            port: 443,
            hostname: '*.localplus.io',
            allowedRoutes: { namespaces: { from: 'All' } },
          },
        ],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cloudflared-config', namespace: 'platform' },
      data: {
        'config.yaml': JSON.stringify({
          tunnel: TUNNEL,
          ingress: [...rules, { service: 'http_status:404' }],
        }),
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace: 'kube-system' },
      spec: {
        template: {
          metadata: { labels: { 'k8s-app': 'kube-dns' } },
          spec: {
            containers: [
              {
                name: 'coredns',
                ports: [{ containerPort: 53, protocol: 'UDP' }],
              },
            ],
          },
        },
      },
    },
  ];
}

export function syntheticEstate(count: number): {
  snapshots: SourceSnapshot[];
  entities: EntityBinding[];
} {
  const sourced = (object: KubernetesObject): SourcedObject => ({
    object,
    origin: { source: 'gitops', file: 'generated.yaml', line: 1 },
  });
  const objects = [
    ...platform(count),
    ...Array.from({ length: count }, (_, i) => service(i)).flat(),
  ].map(sourced);
  const snapshot = (
    sourceId: string,
    state: 'declared' | 'live',
    part: Partial<SourceSnapshot>,
  ): SourceSnapshot => ({
    sourceId,
    state,
    readAt: '2026-12-01T00:00:00.000Z',
    objects: [],
    dnsRecords: [],
    tunnels: [],
    accessApplications: [],
    problems: [],
    ...part,
  });
  return {
    snapshots: [
      snapshot('gitops', 'declared', { objects }),
      snapshot('cloudflare', 'live', {
        dnsRecords: Array.from({ length: count }, (_, i) => records(i)).flat(),
      }),
    ],
    entities: Array.from({ length: count }, (_, i) => ({
      entityRef: `component:default/svc-${i}`,
      kubernetesId: `svc-${i}`,
      namespace: `team-${i % 200}`,
    })),
  };
}
