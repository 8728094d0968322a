import { ccnp, cnp, estate, flow, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import type {
  KubernetesPolicyObject,
  PolicyEstateOptions,
  Verdict,
} from './types';

/*
 * Which pods a Cilium selector matches, one describe per rule, each case
 * named after the documentation it checks (docs.cilium.io
 * security/policy/kubernetes "Namespaces", language "Label-based"; the
 * scoping code is pkg/k8s/apis/cilium.io/utils/utils.go).
 */

const namespaces = [
  { name: 'shop', labels: { team: 'a' } },
  { name: 'ops', labels: { team: 'ops' } },
  { name: 'other', labels: { team: 'b' } },
];
const workloads = [
  workload('shop/api', { app: 'api', tier: 'back' }),
  workload('shop/web', { app: 'web', tier: 'front' }),
  workload('ops/prom', { app: 'prom' }),
  workload('other/api', { app: 'api', tier: 'back' }),
];

type Case = [
  string,
  KubernetesPolicyObject[],
  string,
  string,
  number,
  Verdict,
  PolicyEstateOptions?,
];

function verdictOf(
  policies: KubernetesPolicyObject[],
  from: string,
  to: string,
  port: number,
  options?: PolicyEstateOptions,
) {
  const ev = createPolicyEvaluator(
    estate(workloads, policies, { namespaces, options }),
  );
  return ev.evaluate(flow(from, to, port));
}

const apiSelector = { matchLabels: { app: 'api' } };

describe('endpoint selectors are scoped to the policy namespace unless they name one (kubernetes: "Namespaces")', () => {
  const from = (selector: Record<string, unknown>) => [
    cnp('shop/p', {
      endpointSelector: apiSelector,
      ingress: [{ fromEndpoints: [selector] }],
    }),
  ];
  const cases: Case[] = [
    [
      'a selector without namespace matches the same namespace',
      from({ matchLabels: { app: 'web' } }),
      'shop/web',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'a selector without namespace does not match other namespaces',
      from({ matchLabels: { app: 'prom' } }),
      'ops/prom',
      'shop/api',
      80,
      'denied',
    ],
    [
      '`{}` means every pod of the policy namespace',
      from({}),
      'shop/web',
      'shop/api',
      80,
      'allowed',
    ],
    [
      '`{}` does not reach into other namespaces',
      from({}),
      'ops/prom',
      'shop/api',
      80,
      'denied',
    ],
    [
      'io.kubernetes.pod.namespace names another namespace',
      from({ matchLabels: { 'io.kubernetes.pod.namespace': 'ops' } }),
      'ops/prom',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'the k8s: source prefix is optional',
      from({
        matchLabels: {
          'k8s:io.kubernetes.pod.namespace': 'ops',
          'k8s:app': 'prom',
        },
      }),
      'ops/prom',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'namespace labels select across namespaces',
      from({ matchLabels: { 'io.cilium.k8s.namespace.labels.team': 'ops' } }),
      'ops/prom',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'namespace labels exclude non-matching namespaces',
      from({ matchLabels: { 'io.cilium.k8s.namespace.labels.team': 'ops' } }),
      'shop/web',
      'shop/api',
      80,
      'denied',
    ],
    [
      'kubernetes.io/metadata.name exists on every namespace',
      from({
        matchLabels: {
          'io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name': 'ops',
        },
      }),
      'ops/prom',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'matchExpressions In',
      from({
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['front', 'x'] },
        ],
      }),
      'shop/web',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'matchExpressions NotIn',
      from({
        matchExpressions: [
          { key: 'tier', operator: 'NotIn', values: ['front'] },
        ],
      }),
      'shop/web',
      'shop/api',
      80,
      'denied',
    ],
    [
      'matchExpressions Exists',
      from({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }),
      'shop/web',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'matchExpressions DoesNotExist',
      from({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }),
      'shop/web',
      'shop/api',
      80,
      'denied',
    ],
    [
      "a CNP's endpointSelector only selects pods of its own namespace",
      [cnp('shop/p', { endpointSelector: apiSelector, ingress: [{}] })],
      'shop/web',
      'other/api',
      80,
      'allowed',
    ],
  ];
  it.each(cases)('%s', (_name, policies, src, dst, port, expected) => {
    expect(verdictOf(policies, src, dst, port).verdict).toBe(expected);
  });
});

describe('CiliumClusterwideNetworkPolicy has no namespace scoping', () => {
  const cases: Case[] = [
    [
      'its endpointSelector selects pods of every namespace',
      [ccnp('lock', { endpointSelector: apiSelector, ingress: [{}] })],
      'shop/web',
      'other/api',
      80,
      'denied',
    ],
    [
      'its fromEndpoints `{}` matches pods of every namespace',
      [
        ccnp('c', {
          endpointSelector: apiSelector,
          ingress: [{ fromEndpoints: [{}] }],
        }),
      ],
      'ops/prom',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'its fromEndpoints `{}` matches only pods, not world (utils.go adds "namespace exists")',
      [
        ccnp('c', {
          endpointSelector: apiSelector,
          ingress: [{ fromEndpoints: [{}] }],
        }),
      ],
      'world',
      'shop/api',
      80,
      'denied',
    ],
  ];
  it.each(cases)('%s', (_name, policies, src, dst, port, expected) => {
    expect(verdictOf(policies, src, dst, port).verdict).toBe(expected);
  });
});
