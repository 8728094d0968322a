import type { WorkloadFacts } from '../estate/workloads';
import type { KubernetesObject } from '../sources';
import { policyFacts, policySelects } from './policyFacts';

const workload = (
  namespace: string,
  podLabels: Record<string, string>,
): WorkloadFacts => ({
  kind: 'Deployment',
  namespace,
  name: 'w',
  objectLabels: {},
  podLabels,
  ports: [],
  sourced: {
    object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: {} },
    origin: { source: 't' },
  },
});
const facts = (object: KubernetesObject) =>
  policyFacts({
    object,
    origin: { source: 'gitops', file: 'p.yaml', line: 1 },
  })!;
const nsLabels = { 'kubernetes.io/metadata.name': 'shop', tier: 'app' };

describe('policyFacts', () => {
  it.each([
    {
      name: 'CNP with ingress only',
      object: {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumNetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        spec: {
          endpointSelector: { matchLabels: { app: 'shop' } },
          ingress: [{}],
        },
      },
      defaultDeny: { ingress: true, egress: false },
    },
    {
      name: 'CNP with enableDefaultDeny off',
      object: {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumNetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        spec: {
          endpointSelector: {},
          egress: [{}],
          enableDefaultDeny: { egress: false },
        },
      },
      defaultDeny: { ingress: false, egress: false },
    },
    {
      name: 'CNP deny-only rule',
      object: {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumNetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        spec: { endpointSelector: {}, egressDeny: [{ toEntities: ['world'] }] },
      },
      defaultDeny: { ingress: false, egress: true },
    },
    {
      name: 'NetworkPolicy without policyTypes and with egress',
      object: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        spec: { podSelector: {}, egress: [{}] },
      },
      defaultDeny: { ingress: true, egress: true },
    },
    {
      name: 'NetworkPolicy for Egress only',
      object: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        spec: { podSelector: {}, policyTypes: ['Egress'] },
      },
      defaultDeny: { ingress: false, egress: true },
    },
  ])('default deny: $name', ({ object, defaultDeny }) => {
    expect(facts(object).view.defaultDeny).toEqual(defaultDeny);
  });

  it.each([
    {
      name: 'namespaced CNP in the namespace',
      object: {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumNetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        spec: { endpointSelector: { matchLabels: { 'k8s:app': 'shop' } } },
      },
      ns: 'shop',
      selects: true,
    },
    {
      name: 'namespaced CNP elsewhere',
      object: {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumNetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        spec: { endpointSelector: {} },
      },
      ns: 'cart',
      selects: false,
    },
    {
      name: 'clusterwide by namespace label',
      object: {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumClusterwideNetworkPolicy',
        metadata: { name: 'p' },
        spec: {
          endpointSelector: {
            matchLabels: { 'io.cilium.k8s.namespace.labels.tier': 'app' },
          },
        },
      },
      ns: 'shop',
      selects: true,
    },
    {
      name: 'clusterwide node policy',
      object: {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumClusterwideNetworkPolicy',
        metadata: { name: 'p' },
        spec: { nodeSelector: {} },
      },
      ns: 'shop',
      selects: false,
    },
    {
      name: 'specs[] with a match in the second rule',
      object: {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumNetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        specs: [
          { endpointSelector: { matchLabels: { app: 'x' } } },
          { endpointSelector: { matchLabels: { app: 'shop' } } },
        ],
      },
      ns: 'shop',
      selects: true,
    },
    {
      name: 'NetworkPolicy podSelector',
      object: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'p', namespace: 'shop' },
        spec: { podSelector: { matchLabels: { app: 'cart' } } },
      },
      ns: 'shop',
      selects: false,
    },
  ])('selection: $name', ({ object, ns, selects }) => {
    expect(
      policySelects(facts(object), workload(ns, { app: 'shop' }), nsLabels),
    ).toBe(selects);
  });

  it('lists rules per section with their position', () => {
    const view = facts({
      apiVersion: 'cilium.io/v2',
      kind: 'CiliumNetworkPolicy',
      metadata: { name: 'p', namespace: 'shop' },
      spec: {
        endpointSelector: {},
        ingress: [{ fromEntities: ['ingress'] }],
        egressDeny: [{ toEntities: ['world'] }],
      },
    }).view;
    expect(view.rules).toEqual([
      {
        section: 'ingress',
        index: 0,
        summary: 'allow from entity ingress on any port',
      },
      {
        section: 'egressDeny',
        index: 0,
        summary: 'deny to entity world on any port',
      },
    ]);
    expect(view.object).toEqual({
      kind: 'CiliumNetworkPolicy',
      name: 'p',
      namespace: 'shop',
      source: 'gitops',
      file: 'p.yaml',
      line: 1,
    });
    expect(
      policyFacts({
        object: { apiVersion: 'v1', kind: 'Service', metadata: {} },
        origin: { source: 't' },
      }),
    ).toBeUndefined();
  });
});
