import fc from 'fast-check';
import { FLOW_ENTITIES } from '../entities';
import type {
  EstateWorkload,
  KubernetesPolicyObject,
  PolicyEstate,
} from '../types';

/*
 * Random small estates for property tests: a few workloads in two
 * namespaces and a few CNP, CCNP and NetworkPolicy objects built from a
 * small vocabulary, so that selectors, ports and CIDRs often overlap.
 */

const NAMESPACES = ['a', 'b'];
const APPS = ['p', 'q', 'r'];
export const SAMPLE_PORTS = [
  ['TCP', 80],
  ['TCP', 443],
  ['UDP', 443],
  ['TCP', 8080],
  ['SCTP', 8080],
  ['TCP', 9999],
] as const;
export const SAMPLE_ADDRESSES = [
  '10.1.2.3',
  '10.200.0.1',
  '8.8.8.8',
  '192.168.1.1',
];
const CIDRS = [
  '10.0.0.0/8',
  '10.1.0.0/16',
  '0.0.0.0/0',
  '192.168.0.0/16',
  '8.8.8.8/32',
];

const labelSelector = fc.oneof(
  fc.constant({}),
  fc.record({ matchLabels: fc.record({ app: fc.constantFrom(...APPS) }) }),
  fc.record({
    matchExpressions: fc
      .tuple(
        fc.constantFrom('In', 'NotIn'),
        fc.subarray(APPS, { minLength: 1 }),
      )
      .map(([operator, values]) => [{ key: 'app', operator, values }]),
  }),
);

const ciliumPeerSelector = fc.oneof(
  labelSelector,
  fc
    .tuple(fc.constantFrom(...NAMESPACES), fc.constantFrom(...APPS))
    .map(([ns, app]) => ({
      matchLabels: { 'io.kubernetes.pod.namespace': ns, app },
    })),
  fc.constantFrom(...['x', 'y']).map(team => ({
    matchLabels: { 'io.cilium.k8s.namespace.labels.team': team },
  })),
);

const portEntry = fc.oneof(
  fc.record({
    port: fc.constantFrom('80', '443', '8080', 'http'),
    protocol: fc.constantFrom('TCP', 'UDP', 'ANY'),
  }),
  fc.record({
    port: fc.constant('80'),
    endPort: fc.constant(8080),
    protocol: fc.constant('TCP'),
  }),
);
const toPorts = fc.option(
  fc
    .record(
      {
        ports: fc.array(portEntry, { minLength: 1, maxLength: 2 }),
        rules: fc.constant({ http: [{ method: 'GET' }] }),
      },
      { requiredKeys: ['ports'] },
    )
    .map(p => [p]),
  { nil: undefined },
);

/** One Cilium rule for `direction`, with one kind of peer (or none: ports only). */
export function ciliumRule(direction: 'ingress' | 'egress', deny: boolean) {
  const prefix = direction === 'ingress' ? 'from' : 'to';
  const peer = fc.oneof(
    ciliumPeerSelector.map(s => ({ [`${prefix}Endpoints`]: [s] })),
    fc
      .constantFrom(...FLOW_ENTITIES, 'cluster', 'all')
      .map(e => ({ [`${prefix}Entities`]: [e] })),
    fc.constantFrom(...CIDRS).map(c => ({
      [`${prefix}CIDRSet`]: [
        { cidr: c, except: c === '10.0.0.0/8' ? ['10.1.0.0/16'] : [] },
      ],
    })),
    fc.constant({}),
  );
  return fc.tuple(peer, toPorts).map(([p, ports]) => {
    const rule: Record<string, unknown> = { ...p };
    if (ports)
      rule.toPorts = deny ? ports.map(x => ({ ports: x.ports })) : ports;
    return rule;
  });
}

const sections = fc.record(
  {
    ingress: fc.array(ciliumRule('ingress', false), { maxLength: 2 }),
    egress: fc.array(ciliumRule('egress', false), { maxLength: 2 }),
    ingressDeny: fc.array(ciliumRule('ingress', true), { maxLength: 1 }),
    egressDeny: fc.array(ciliumRule('egress', true), { maxLength: 1 }),
  },
  { requiredKeys: [] },
);

const namespaceSelector = fc.oneof(
  fc.constant({}),
  fc.constantFrom('x', 'y').map(team => ({ matchLabels: { team } })),
  fc
    .constantFrom(...NAMESPACES)
    .map(ns => ({ matchLabels: { 'kubernetes.io/metadata.name': ns } })),
);

const k8sPeer = fc.oneof(
  labelSelector.map(s => ({ podSelector: s })),
  fc
    .tuple(namespaceSelector, labelSelector)
    .map(([n, p]) => ({ namespaceSelector: n, podSelector: p })),
  fc.constantFrom(...CIDRS).map(cidr => ({ ipBlock: { cidr } })),
);
const k8sRule = (field: 'from' | 'to') =>
  fc.record(
    {
      [field]: fc.array(k8sPeer, { minLength: 1, maxLength: 2 }),
      ports: fc.array(fc.record({ port: fc.constantFrom(80, 443, 8080) }), {
        minLength: 1,
        maxLength: 2,
      }),
    },
    { requiredKeys: [] },
  );

const policy = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMESPACES), labelSelector, sections).map(
    ([ns, sel, spec]): KubernetesPolicyObject => ({
      kind: 'CiliumNetworkPolicy',
      metadata: { namespace: ns },
      spec: { endpointSelector: sel, ...spec },
    }),
  ),
  fc.tuple(labelSelector, sections).map(
    ([sel, spec]): KubernetesPolicyObject => ({
      kind: 'CiliumClusterwideNetworkPolicy',
      metadata: {},
      spec: { endpointSelector: sel, ...spec },
    }),
  ),
  fc
    .tuple(
      fc.constantFrom(...NAMESPACES),
      labelSelector,
      fc.array(k8sRule('from'), { maxLength: 2 }),
      fc.array(k8sRule('to'), { maxLength: 2 }),
    )
    .map(
      ([ns, sel, ingress, egress]): KubernetesPolicyObject => ({
        kind: 'NetworkPolicy',
        metadata: { namespace: ns },
        spec: { podSelector: sel, ingress, egress },
      }),
    ),
);

const workloadArb = fc
  .tuple(
    fc.constantFrom(...NAMESPACES),
    fc.constantFrom(...APPS),
    fc.constantFrom(80, 8080),
  )
  .map(([namespace, app, http]) => ({ namespace, app, http }));

export const estateArb: fc.Arbitrary<PolicyEstate> = fc
  .tuple(
    fc.array(workloadArb, { minLength: 2, maxLength: 4 }),
    fc.array(policy, { maxLength: 4 }),
    fc.constantFrom('x', 'y'),
  )
  .map(([ws, policies, teamOfB]) => ({
    namespaces: [
      { name: 'a', labels: { team: 'x' } },
      { name: 'b', labels: { team: teamOfB } },
    ],
    workloads: ws.map(
      (w, i): EstateWorkload => ({
        kind: 'Deployment',
        namespace: w.namespace,
        name: `w${i}`,
        labels: { app: w.app },
        ports: [{ name: 'http', port: w.http }],
      }),
    ),
    policies: policies.map((p, i) => ({
      ...p,
      metadata: { ...p.metadata, name: `p${i}` },
    })),
  }));

/** An extra allow (in a policy that leaves default deny as it is) or an extra deny policy. */
export const extraPolicy = (deny: boolean) =>
  fc
    .tuple(
      fc.constantFrom(...NAMESPACES),
      labelSelector,
      fc.constantFrom('ingress', 'egress' as const),
      fc.boolean(),
    )
    .chain(([ns, sel, direction, clusterwide]) =>
      ciliumRule(direction, deny).map((rule): KubernetesPolicyObject => {
        const section = deny ? `${direction}Deny` : direction;
        const spec = {
          endpointSelector: sel,
          [section]: [rule],
          ...(deny
            ? {}
            : { enableDefaultDeny: { ingress: false, egress: false } }),
        };
        return clusterwide
          ? {
              kind: 'CiliumClusterwideNetworkPolicy',
              metadata: { name: 'extra' },
              spec,
            }
          : {
              kind: 'CiliumNetworkPolicy',
              metadata: { namespace: ns, name: 'extra' },
              spec,
            };
      }),
    );
