import { cnp, estate, flow, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import type {
  KubernetesPolicyObject,
  PolicyEstateOptions,
  Protocol,
  Verdict,
} from './types';

/*
 * Cilium entities as peers (docs.cilium.io security/policy/layer3 "Entities
 * based"; the allow-localhost agent option for `host`).
 */

const workloads = [
  workload('shop/api', { app: 'api' }, [
    { name: 'http', port: 8080 },
    { name: 'dns', port: 5353, protocol: 'UDP' },
  ]),
  workload('shop/web', { app: 'web' }),
];
const api = { matchLabels: { app: 'api' } };
const web = { matchLabels: { app: 'web' } };

type Case = [
  string,
  KubernetesPolicyObject[],
  string,
  string,
  number,
  Protocol,
  Verdict,
  PolicyEstateOptions?,
];

function verdictOf(
  ...[, policies, from, to, port, protocol, , options]: Case
): Verdict {
  const ev = createPolicyEvaluator(estate(workloads, policies, { options }));
  return ev.evaluate(flow(from, to, port, protocol)).verdict;
}

const ingressFrom = (entities: string[]) => [
  cnp('shop/p', {
    endpointSelector: api,
    ingress: [{ fromEntities: entities }],
  }),
];
const egressTo = (rule: Record<string, unknown>) => [
  cnp('shop/p', { endpointSelector: web, egress: [rule] }),
];

describe('entities (layer3 "Entities based")', () => {
  const cases: Case[] = [
    [
      'ingress: the Gateway/Ingress Envoy identity',
      ingressFrom(['ingress']),
      'ingress',
      'shop/api',
      8080,
      'TCP',
      'allowed',
    ],
    [
      'ingress does not cover pods of the platform namespace',
      ingressFrom(['ingress']),
      'shop/web',
      'shop/api',
      8080,
      'TCP',
      'denied',
    ],
    [
      'world: outside the cluster',
      ingressFrom(['world']),
      'world',
      'shop/api',
      443,
      'TCP',
      'allowed',
    ],
    [
      'world covers any external address',
      ingressFrom(['world']),
      '203.0.113.9',
      'shop/api',
      443,
      'TCP',
      'allowed',
    ],
    [
      'world does not cover the host',
      ingressFrom(['world']),
      'remote-node',
      'shop/api',
      443,
      'TCP',
      'denied',
    ],
    [
      'cluster covers the pods of the cluster',
      ingressFrom(['cluster']),
      'shop/web',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'cluster covers remote-node, kube-apiserver and ingress',
      ingressFrom(['cluster']),
      'kube-apiserver',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'cluster does not cover world',
      ingressFrom(['cluster']),
      'world',
      'shop/api',
      80,
      'TCP',
      'denied',
    ],
    [
      'all covers world and cluster',
      ingressFrom(['all']),
      'world',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'remote-node: other nodes only',
      ingressFrom(['remote-node']),
      'remote-node',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'kube-apiserver is its own identity',
      ingressFrom(['kube-apiserver']),
      'kube-apiserver',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'kube-apiserver does not cover remote-node',
      ingressFrom(['kube-apiserver']),
      'remote-node',
      'shop/api',
      80,
      'TCP',
      'denied',
    ],
    [
      'health is its own identity',
      ingressFrom(['health']),
      'health',
      'shop/api',
      4240,
      'TCP',
      'allowed',
    ],
    [
      'init is its own identity',
      ingressFrom(['init']),
      'unmanaged',
      'shop/api',
      80,
      'TCP',
      'denied',
    ],
    [
      'unmanaged is its own identity',
      ingressFrom(['unmanaged']),
      'unmanaged',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'host: allow-localhost=auto always lets the local node in (kubelet probes)',
      ingressFrom(['kube-apiserver']),
      'host',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'host: with allow-localhost=policy the host needs a rule',
      ingressFrom(['kube-apiserver']),
      'host',
      'shop/api',
      80,
      'TCP',
      'denied',
      { allowLocalhost: 'policy' },
    ],
    [
      'egress to kube-apiserver',
      egressTo({ toEntities: ['kube-apiserver'] }),
      'shop/web',
      'kube-apiserver',
      443,
      'TCP',
      'allowed',
    ],
  ];
  it.each(cases)('%s', (...c: Case) => {
    expect(verdictOf(...c)).toBe(c[6]);
  });
});
