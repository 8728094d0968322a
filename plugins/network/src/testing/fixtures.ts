/**
 * Realistic answers of the network backend for the example estate, for component tests and the
 * fake API. svc-ledger is the estate's healthy service: public through api.localplus.io, private
 * as svc-ledger.internal.localplus.io, called by the Gateway, svc-payment and Prometheus.
 */
import type { Entity } from '@backstage/catalog-model';
import type {
  NetworkView,
  ObjectRef,
  PeerView,
  PolicyView,
  SourceStatus,
} from '@localplus/plugin-network-common';

const TUNNEL_ID = '6ff42ae2-765d-4adf-8112-31c55c1551ef';
const BUILT_AT = '2026-03-02T09:14:05.000Z';

/** The catalog entity the fixture describes. */
export const svcLedgerEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'svc-ledger',
    namespace: 'default',
    description: 'Double-entry ledger: every money movement is booked here.',
    annotations: {
      'backstage.io/kubernetes-id': 'svc-ledger',
      'backstage.io/kubernetes-namespace': 'svc-ledger',
    },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:team-payments',
  },
};

/** A catalog entity with no Kubernetes id: the tab and card must not show for it. */
export const plainEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'docs-site', namespace: 'default' },
  spec: {
    type: 'website',
    lifecycle: 'production',
    owner: 'group:team-platform',
  },
};

const route: ObjectRef = {
  kind: 'HTTPRoute',
  namespace: 'svc-ledger',
  name: 'svc-ledger',
  source: 'gitops',
  file: 'apps/svc-ledger/httproute.yaml',
  line: 1,
};
const service: ObjectRef = {
  kind: 'Service',
  namespace: 'svc-ledger',
  name: 'svc-ledger',
  source: 'gitops',
  file: 'apps/svc-ledger/workload.yaml',
  line: 28,
};
const policy: ObjectRef = {
  kind: 'CiliumNetworkPolicy',
  namespace: 'svc-ledger',
  name: 'svc-ledger',
  source: 'gitops',
  file: 'apps/svc-ledger/ciliumnetworkpolicy.yaml',
  line: 2,
};
const gateway: ObjectRef = {
  kind: 'Gateway',
  namespace: 'platform',
  name: 'public',
  source: 'gitops',
  file: 'platform/gateway.yaml',
  line: 10,
};
const tunnelRule: ObjectRef = {
  kind: 'TunnelRule',
  namespace: 'platform',
  name: 'cloudflared-config#2',
  source: 'gitops',
  file: 'platform/cloudflared.yaml',
  line: 3,
};
const publicRecord: ObjectRef = {
  kind: 'DNSRecord',
  name: 'api.localplus.io',
  source: 'gitops',
  file: 'platform/dns-public.yaml',
  line: 3,
};
const privateRecord: ObjectRef = {
  kind: 'DNSRecord',
  name: 'svc-ledger.internal.localplus.io',
  source: 'gitops',
  file: 'apps/svc-ledger/dns.yaml',
  line: 1,
};

const policyRules: PolicyView['rules'] = [
  {
    section: 'ingress',
    index: 0,
    summary: 'allow from entity ingress to TCP 8080,50051',
  },
  {
    section: 'ingress',
    index: 1,
    summary: 'allow from platform/prometheus to TCP 8080',
  },
  {
    section: 'ingress',
    index: 2,
    summary: 'allow from svc-payment/svc-payment to TCP 50051',
  },
  { section: 'ingress', index: 3, summary: 'allow from any pod of svc-ledger' },
  {
    section: 'egress',
    index: 0,
    summary: 'allow to kube-system/kube-dns UDP,TCP 53 (DNS *)',
  },
  {
    section: 'egress',
    index: 1,
    summary: 'allow to svc-wallet/svc-wallet TCP 50051',
  },
  {
    section: 'egress',
    index: 2,
    summary: 'allow to 10.100.0.0/16 TCP 5432,9092,6379',
  },
  { section: 'egress', index: 3, summary: 'allow to 10.0.16.0/20 TCP 443' },
  { section: 'egress', index: 4, summary: 'allow to any pod of svc-ledger' },
];

const rule = (section: string, index: number) =>
  `CiliumNetworkPolicy svc-ledger/svc-ledger ${section}[${index}] (${
    policyRules.find(r => r.section === section && r.index === index)?.summary
  })`;

const callers: PeerView[] = [
  {
    entityRef: 'component:default/cilium-gateway',
    peer: 'entity:ingress',
    peerKind: 'entity',
    ports: 'TCP 8080,50051',
    verdict: 'allowed',
    allowedBy: [rule('ingress', 0)],
    unknown: [],
  },
  {
    entityRef: 'component:default/svc-payment',
    peer: 'svc-payment/svc-payment[Deployment]',
    peerKind: 'workload',
    ports: 'TCP 50051',
    verdict: 'allowed',
    allowedBy: [rule('ingress', 2)],
    unknown: [],
  },
  {
    entityRef: 'component:default/prometheus',
    peer: 'platform/prometheus[Deployment]',
    peerKind: 'workload',
    ports: 'TCP 8080',
    verdict: 'allowed',
    allowedBy: [rule('ingress', 1)],
    unknown: [],
  },
];

const callees: PeerView[] = [
  {
    peer: 'kube-system/coredns[Deployment]',
    peerKind: 'workload',
    ports: 'UDP 53, TCP 53',
    verdict: 'allowed',
    allowedBy: [rule('egress', 0)],
    unknown: [],
  },
  {
    entityRef: 'component:default/svc-wallet',
    peer: 'svc-wallet/svc-wallet[Deployment]',
    peerKind: 'workload',
    ports: 'TCP 50051',
    verdict: 'allowed',
    allowedBy: [rule('egress', 1)],
    unknown: [],
  },
  {
    peer: '10.100.0.0-10.100.255.255',
    peerKind: 'cidr',
    ports: 'TCP 5432,6379,9092',
    verdict: 'allowed',
    allowedBy: [rule('egress', 2)],
    unknown: [],
  },
  {
    peer: '10.0.16.0-10.0.31.255',
    peerKind: 'cidr',
    ports: 'TCP 443',
    verdict: 'allowed',
    allowedBy: [rule('egress', 3)],
    unknown: [],
  },
];

const sources: SourceStatus[] = [
  {
    sourceId: 'gitops',
    state: 'declared',
    status: 'ok',
    lastRefreshAt: BUILT_AT,
    lastSuccessAt: BUILT_AT,
    counts: { objects: 61, dnsRecords: 9, tunnels: 1, accessApplications: 0 },
  },
  { sourceId: 'kubernetes', state: 'live', status: 'off' },
  { sourceId: 'cloudflare', state: 'live', status: 'off' },
  { sourceId: 'route53', state: 'live', status: 'off' },
];

/** What the backend answers for `component:default/svc-ledger`. */
export const svcLedgerView: NetworkView = {
  entityRef: 'component:default/svc-ledger',
  exposure: 'public',
  names: {
    public: ['api.localplus.io'],
    private: ['svc-ledger.internal.localplus.io'],
    cluster: ['svc-ledger.svc-ledger.svc.cluster.local'],
  },
  chains: [
    {
      entry: {
        kind: 'public-hostname',
        name: 'api.localplus.io',
        path: '/v1/ledger',
      },
      verdict: 'ok',
      hops: [
        {
          kind: 'dns',
          title: `api.localplus.io CNAME → ${TUNNEL_ID}.cfargotunnel.com`,
          verdict: 'ok',
          reason:
            'The public record points at the tunnel and is proxied by Cloudflare.',
          object: publicRecord,
        },
        {
          kind: 'edge',
          title: 'Cloudflare edge (proxied, no Access app)',
          verdict: 'ok',
          reason:
            '/v1/ledger is not a protected path, so no Access application is required.',
        },
        {
          kind: 'tunnel',
          title: 'rule #2 api.localplus.io → cilium-gateway-public:443',
          verdict: 'ok',
          reason:
            'The first rule that matches api.localplus.io/v1/ledger sends it to the Gateway.',
          object: tunnelRule,
        },
        {
          kind: 'gateway',
          title: 'platform/public listener https (HTTPS 443, *.localplus.io)',
          verdict: 'ok',
          reason:
            'The listener accepts api.localplus.io and routes from all namespaces.',
          object: gateway,
        },
        {
          kind: 'route',
          title:
            'HTTPRoute svc-ledger rule 0: PathPrefix /v1/ledger → svc-ledger:8080',
          verdict: 'ok',
          reason:
            'The route is attached to listener https and its backend exists.',
          object: route,
        },
        {
          kind: 'service',
          title: 'Service svc-ledger:8080 → pods :http',
          verdict: 'ok',
          reason: 'Port 8080 exists and targets the container port named http.',
          object: service,
        },
        {
          kind: 'policy',
          title: 'ingress[0] allows entity ingress on TCP 8080',
          verdict: 'ok',
          reason:
            "The Gateway's Envoy carries the reserved ingress identity, which ingress[0] allows.",
          object: policy,
        },
      ],
    },
    {
      entry: { kind: 'private-name', name: 'svc-ledger.internal.localplus.io' },
      verdict: 'unknown',
      hops: [
        {
          kind: 'dns',
          title:
            'svc-ledger.internal.localplus.io CNAME → svc-ledger.svc-ledger.svc.cluster.local',
          verdict: 'ok',
          reason:
            'The private record resolves inside the VPC to the cluster Service name.',
          object: privateRecord,
        },
        {
          kind: 'service',
          title: 'Service svc-ledger:8080,50051',
          verdict: 'ok',
          reason: 'The Service selects the svc-ledger pods.',
          object: service,
        },
        {
          kind: 'policy',
          title: 'default deny ingress: only listed callers',
          verdict: 'unknown',
          reason:
            'Whether a caller passes depends on who it is: see "Who may call me".',
          object: policy,
        },
      ],
    },
  ],
  routes: [
    {
      object: route,
      declaredHostnames: ['api.localplus.io'],
      parents: [
        {
          gateway: { namespace: 'platform', name: 'public' },
          sectionName: 'https',
          listeners: ['https'],
          effectiveHostnames: ['api.localplus.io'],
          verdict: 'ok',
          reason: 'Attached to listener https.',
        },
      ],
      rules: [
        {
          index: 0,
          matches: [{ path: { type: 'PathPrefix', value: '/v1/ledger' } }],
          backends: [
            {
              kind: 'Service',
              namespace: 'svc-ledger',
              name: 'svc-ledger',
              port: 8080,
              resolved: true,
            },
          ],
        },
      ],
      conditions: [],
    },
  ],
  services: [
    {
      object: service,
      clusterName: 'svc-ledger.svc-ledger.svc.cluster.local',
      selector: { 'app.kubernetes.io/name': 'svc-ledger' },
      ports: [
        { name: 'http', port: 8080, targetPort: 'http', protocol: 'TCP' },
        { name: 'grpc', port: 50051, targetPort: 'grpc', protocol: 'TCP' },
      ],
    },
  ],
  policies: [
    {
      object: policy,
      defaultDeny: { ingress: true, egress: true },
      rules: policyRules,
    },
  ],
  callers,
  callees,
  openTo: { world: false, cluster: false },
  tunnelRules: [
    {
      object: tunnelRule,
      tunnelId: TUNNEL_ID,
      position: 2,
      hostname: 'api.localplus.io',
      service: 'https://cilium-gateway-public.platform.svc.cluster.local:443',
      wins: true,
    },
  ],
  dnsRecords: [
    {
      name: 'api.localplus.io',
      type: 'CNAME',
      values: [`${TUNNEL_ID}.cfargotunnel.com`],
      ttl: 1,
      proxied: true,
      zone: 'localplus.io',
      visibility: 'public',
      provider: 'external-dns',
      owner: 'component:default/cloudflared',
      origin: {
        source: 'gitops',
        file: 'platform/dns-public.yaml',
        line: 3,
        url: 'https://dash.cloudflare.com/?to=/:account/localplus.io/dns/records',
      },
    },
    {
      name: 'svc-ledger.internal.localplus.io',
      type: 'CNAME',
      values: ['svc-ledger.svc-ledger.svc.cluster.local'],
      ttl: 60,
      zone: 'internal.localplus.io',
      visibility: 'private',
      provider: 'external-dns',
      owner: 'component:default/svc-ledger',
      origin: { source: 'gitops', file: 'apps/svc-ledger/dns.yaml', line: 1 },
    },
  ],
  accessApplications: [],
  findings: [
    {
      id: 'record-without-owner:DNSRecord:api.localplus.io',
      check: 'record-without-owner',
      severity: 'info',
      message:
        'api.localplus.io is published by the platform DNSEndpoint localplus-io-public, not by svc-ledger.',
      objects: [publicRecord],
      fixHint:
        'Ask team-platform before changing the public record; it serves every /v1 API.',
      entityRefs: ['component:default/svc-ledger'],
    },
  ],
  drift: [
    { object: route, status: 'declared-only', differences: [] },
    { object: policy, status: 'declared-only', differences: [] },
  ],
  sources,
  builtAt: BUILT_AT,
};

/**
 * A view with `count` policy rules and as many callers, the size a busy shared service reaches;
 * the tab must stay usable (paged) at this size.
 */
export function largeView(count: number): NetworkView {
  const bigPolicy: PolicyView = {
    object: { ...policy, name: 'svc-big' },
    defaultDeny: { ingress: true, egress: false },
    rules: Array.from({ length: count }, (_, index) => ({
      section: 'ingress' as const,
      index,
      summary: `allow from team-${index}/client-${index} to TCP ${
        8000 + index
      }`,
    })),
  };
  return {
    ...svcLedgerView,
    entityRef: 'component:default/svc-big',
    policies: [bigPolicy],
    callers: bigPolicy.rules.map(r => ({
      peer: `team-${r.index}/client-${r.index}[Deployment]`,
      peerKind: 'workload' as const,
      ports: `TCP ${8000 + r.index}`,
      verdict: 'allowed' as const,
      allowedBy: [`CiliumNetworkPolicy svc-ledger/svc-big ingress[${r.index}]`],
      unknown: [],
    })),
  };
}

/** A view with nothing in it: the entity has an id but no object of the estate names it. */
export const emptyView: NetworkView = {
  entityRef: 'component:default/svc-new',
  exposure: 'none',
  names: { public: [], private: [], cluster: [] },
  chains: [],
  routes: [],
  services: [],
  policies: [],
  callers: [],
  callees: [],
  openTo: { world: false, cluster: false },
  tunnelRules: [],
  dnsRecords: [],
  accessApplications: [],
  findings: [],
  drift: [],
  sources,
  builtAt: BUILT_AT,
};
