import { buildCiliumNetworkPolicy, NetworkPolicyIntent } from './ciliumPolicy';
import { DEFAULT_NETWORK_WRITE_SETTINGS } from './settings';
import { sharedCrdValidator } from './__testUtils__/sharedCrdValidator';

const validator = sharedCrdValidator();
const describeIfCrds = validator ? describe : describe.skip;
const defaults = DEFAULT_NETWORK_WRITE_SETTINGS.policyDefaults;

const full: NetworkPolicyIntent = {
  name: 'svc-shop',
  namespace: 'svc-shop',
  owner: 'component:default/svc-shop',
  workloadLabels: { 'app.kubernetes.io/name': 'svc-shop' },
  routedPorts: [8080, 8080],
  callers: [
    {
      entityRef: 'component:default/svc-wallet',
      namespace: 'svc-wallet',
      labels: { 'app.kubernetes.io/name': 'svc-wallet' },
      ports: [50051],
    },
    {
      entityRef: 'component:default/svc-ledger',
      namespace: 'svc-ledger',
      labels: { 'app.kubernetes.io/name': 'svc-ledger' },
      ports: [50051, 8080],
    },
  ],
  metricsPort: 8080,
  intraNamespace: true,
  callees: [
    {
      namespace: 'svc-payment',
      labels: { 'app.kubernetes.io/name': 'svc-payment' },
      ports: [8080],
    },
  ],
  dataServices: ['valkey', 'postgresql'],
  vpcEndpoints: true,
};

const minimal: NetworkPolicyIntent = {
  ...full,
  routedPorts: [],
  callers: [],
  metricsPort: undefined,
  intraNamespace: false,
  callees: [],
  dataServices: [],
  vpcEndpoints: false,
};

type Spec = {
  ingress: Record<string, unknown>[];
  egress: Record<string, unknown>[];
  enableDefaultDeny: unknown;
};

describe('buildCiliumNetworkPolicy', () => {
  const spec = buildCiliumNetworkPolicy(full, defaults).spec as Spec;

  it('denies by default both ways', () => {
    expect(spec.enableDefaultDeny).toEqual({ ingress: true, egress: true });
  });

  it('lets the Gateway in through the reserved ingress identity, not a namespace', () => {
    expect(spec.ingress[0]).toEqual({
      fromEntities: ['ingress'],
      toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
    });
  });

  it('lets Prometheus scrape the metrics port', () => {
    expect(spec.ingress[1]).toEqual({
      fromEndpoints: [
        {
          matchLabels: {
            'io.kubernetes.pod.namespace': 'platform',
            'app.kubernetes.io/name': 'prometheus',
          },
        },
      ],
      toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
    });
  });

  it('lets callers in by namespace and workload label, sorted, on their ports', () => {
    expect(spec.ingress.slice(2, 4)).toEqual([
      {
        fromEndpoints: [
          {
            matchLabels: {
              'io.kubernetes.pod.namespace': 'svc-ledger',
              'app.kubernetes.io/name': 'svc-ledger',
            },
          },
        ],
        toPorts: [
          {
            ports: [
              { port: '8080', protocol: 'TCP' },
              { port: '50051', protocol: 'TCP' },
            ],
          },
        ],
      },
      expect.objectContaining({
        fromEndpoints: [
          {
            matchLabels: expect.objectContaining({
              'io.kubernetes.pod.namespace': 'svc-wallet',
            }),
          },
        ],
      }),
    ]);
    expect(spec.ingress[4]).toEqual({ fromEndpoints: [{}] });
  });

  it('always keeps DNS open, then callees, data services and VPC endpoints', () => {
    expect(spec.egress[0]).toMatchObject({
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
    });
    expect(spec.egress.slice(1)).toEqual([
      {
        toEndpoints: [
          {
            matchLabels: {
              'io.kubernetes.pod.namespace': 'svc-payment',
              'app.kubernetes.io/name': 'svc-payment',
            },
          },
        ],
        toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
      },
      {
        toCIDRSet: [{ cidr: '10.100.0.0/16' }],
        toPorts: [
          {
            ports: [
              { port: '5432', protocol: 'TCP' },
              { port: '6379', protocol: 'TCP' },
            ],
          },
        ],
      },
      {
        toCIDRSet: [{ cidr: '10.0.16.0/20' }],
        toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
      },
      { toEndpoints: [{}] },
    ]);
  });

  it('closes ingress entirely and keeps only DNS egress for a service that asks for nothing', () => {
    const closed = buildCiliumNetworkPolicy(minimal, defaults).spec as Spec;
    expect(closed.ingress).toEqual([{}]);
    expect(closed.egress).toHaveLength(1);
  });

  describeIfCrds('against the upstream CRD', () => {
    it.each([
      ['everything', full],
      ['nothing', minimal],
    ])('passes the schema when asking for %s', (_, intent) => {
      expect(
        validator!.validate(buildCiliumNetworkPolicy(intent, defaults)),
      ).toMatchObject({ status: 'valid', errors: [] });
    });
  });

  it('is the same object whatever the order of callers', () => {
    const reversed = { ...full, callers: [...full.callers].reverse() };
    expect(buildCiliumNetworkPolicy(reversed, defaults)).toEqual(
      buildCiliumNetworkPolicy(full, defaults),
    );
  });
});
