import { estate, flow, knp, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import type { KubernetesPolicyObject, Protocol, Verdict } from './types';

/*
 * Kubernetes NetworkPolicy as Cilium enforces it (kubernetes.io/docs/
 * concepts/services-networking/network-policies and the NetworkPolicy API
 * reference).
 */

const namespaces = [
  { name: 'shop', labels: { team: 'a' } },
  { name: 'ops', labels: { team: 'ops' } },
];
const workloads = [
  workload('shop/api', { app: 'api' }),
  workload('shop/web', { app: 'web' }),
  workload('ops/prom', { app: 'prom' }),
  workload('ops/web', { app: 'web' }),
];
const apiPods = { matchLabels: { app: 'api' } };

type Case = [
  string,
  KubernetesPolicyObject[],
  string,
  string,
  number,
  Protocol,
  Verdict,
];

function verdictOf(...[, policies, from, to, port, protocol]: Case): Verdict {
  const ev = createPolicyEvaluator(estate(workloads, policies, { namespaces }));
  return ev.evaluate(flow(from, to, port, protocol)).verdict;
}

describe('policyTypes and isolation ("Isolated and non-isolated pods")', () => {
  const cases: Case[] = [
    [
      'no policyTypes and only ingress rules: Ingress is set, egress stays open',
      [
        knp('shop/np', {
          podSelector: apiPods,
          ingress: [
            { from: [{ podSelector: { matchLabels: { app: 'web' } } }] },
          ],
        }),
      ],
      'shop/api',
      'ops/prom',
      9090,
      'TCP',
      'allowed',
    ],
    [
      'no policyTypes: "Ingress will always be set" even without ingress rules',
      [knp('shop/np', { podSelector: apiPods })],
      'shop/web',
      'shop/api',
      80,
      'TCP',
      'denied',
    ],
    [
      'no policyTypes but egress rules: Egress is set too',
      [
        knp('shop/np', {
          podSelector: apiPods,
          egress: [{ to: [{ podSelector: { matchLabels: { app: 'web' } } }] }],
        }),
      ],
      'shop/api',
      'ops/prom',
      9090,
      'TCP',
      'denied',
    ],
    [
      'policyTypes [Egress] only: ingress stays open',
      [knp('shop/np', { podSelector: apiPods, policyTypes: ['Egress'] })],
      'shop/web',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'policyTypes [Egress] with no egress rules denies all egress',
      [knp('shop/np', { podSelector: apiPods, policyTypes: ['Egress'] })],
      'shop/api',
      'shop/web',
      80,
      'TCP',
      'denied',
    ],
  ];
  it.each(cases)('%s', (...c: Case) => {
    expect(verdictOf(...c)).toBe(c[6]);
  });
});

describe('selectors and peers ("Behavior of to and from selectors")', () => {
  const ingressFrom = (
    from: unknown[] | undefined,
    podSelector: unknown = apiPods,
  ) => [
    knp('shop/np', {
      podSelector,
      ingress: [from === undefined ? {} : { from }],
    }),
  ];
  const cases: Case[] = [
    [
      'an empty podSelector selects every pod of the namespace',
      [knp('shop/np', { podSelector: {} })],
      'ops/prom',
      'shop/web',
      80,
      'TCP',
      'denied',
    ],
    [
      'a rule without from allows every source',
      ingressFrom(undefined),
      'world',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'podSelector alone selects pods of the policy namespace',
      ingressFrom([{ podSelector: { matchLabels: { app: 'web' } } }]),
      'ops/web',
      'shop/api',
      80,
      'TCP',
      'denied',
    ],
    [
      'podSelector alone matches in the policy namespace',
      ingressFrom([{ podSelector: { matchLabels: { app: 'web' } } }]),
      'shop/web',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'namespaceSelector alone selects every pod of those namespaces',
      ingressFrom([{ namespaceSelector: { matchLabels: { team: 'ops' } } }]),
      'ops/prom',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'an empty namespaceSelector selects pods of all namespaces',
      ingressFrom([{ namespaceSelector: {} }]),
      'ops/prom',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'an empty namespaceSelector does not select world',
      ingressFrom([{ namespaceSelector: {} }]),
      'world',
      'shop/api',
      80,
      'TCP',
      'denied',
    ],
    [
      'namespaceSelector AND podSelector in one peer: both must match',
      ingressFrom([
        {
          namespaceSelector: { matchLabels: { team: 'ops' } },
          podSelector: { matchLabels: { app: 'web' } },
        },
      ]),
      'ops/prom',
      'shop/api',
      80,
      'TCP',
      'denied',
    ],
    [
      'namespaceSelector AND podSelector in one peer: a pod matching both passes',
      ingressFrom([
        {
          namespaceSelector: { matchLabels: { team: 'ops' } },
          podSelector: { matchLabels: { app: 'web' } },
        },
      ]),
      'ops/web',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'two separate peers are ORed',
      ingressFrom([
        { namespaceSelector: { matchLabels: { team: 'ops' } } },
        { podSelector: { matchLabels: { app: 'web' } } },
      ]),
      'ops/prom',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'ipBlock allows its CIDR',
      ingressFrom([
        { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
      ]),
      '172.17.2.1',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'ipBlock except removes a sub-range',
      ingressFrom([
        { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
      ]),
      '172.17.1.1',
      'shop/api',
      80,
      'TCP',
      'denied',
    ],
  ];
  it.each(cases)('%s', (...c: Case) => {
    expect(verdictOf(...c)).toBe(c[6]);
  });
});

describe('ports (NetworkPolicyPort)', () => {
  const withPorts = (ports: unknown[]) => [
    knp('shop/np', { podSelector: apiPods, ingress: [{ ports }] }),
  ];
  const cases: Case[] = [
    [
      'protocol defaults to TCP',
      withPorts([{ port: 53 }]),
      'shop/web',
      'shop/api',
      53,
      'UDP',
      'denied',
    ],
    [
      'a numeric port matches',
      withPorts([{ port: 53 }]),
      'shop/web',
      'shop/api',
      53,
      'TCP',
      'allowed',
    ],
    [
      'endPort makes a range',
      withPorts([{ port: 32000, endPort: 32768 }]),
      'shop/web',
      'shop/api',
      32768,
      'TCP',
      'allowed',
    ],
    [
      'a protocol without port matches every port of it',
      withPorts([{ protocol: 'UDP' }]),
      'shop/web',
      'shop/api',
      9999,
      'UDP',
      'allowed',
    ],
    [
      'empty ports match every port',
      withPorts([]),
      'shop/web',
      'shop/api',
      9999,
      'SCTP',
      'allowed',
    ],
  ];
  it.each(cases)('%s', (...c: Case) => {
    expect(verdictOf(...c)).toBe(c[6]);
  });
});
