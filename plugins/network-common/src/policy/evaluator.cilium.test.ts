import {
  ccnp,
  cnp,
  estate,
  flow,
  knp,
  ports,
  workload,
} from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import type {
  KubernetesPolicyObject,
  PolicyEstateOptions,
  Verdict,
} from './types';

/*
 * How Cilium combines policies, one describe per rule, each case named
 * after the rule of the documentation it checks (docs.cilium.io
 * security/policy/{intro,deny}).
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
const allowWebToApi = cnp('shop/allow-web', {
  endpointSelector: apiSelector,
  ingress: [
    { fromEndpoints: [{ matchLabels: { app: 'web' } }], toPorts: ports(8080) },
  ],
});

describe('default deny per direction (intro: "Endpoint default policy")', () => {
  const cases: Case[] = [
    [
      'no policy selects the endpoint: all traffic allowed',
      [],
      'shop/web',
      'shop/api',
      9999,
      'allowed',
    ],
    [
      'an ingress rule selects it: ingress becomes default deny',
      [allowWebToApi],
      'ops/prom',
      'shop/api',
      8080,
      'denied',
    ],
    [
      'an ingress rule selects it: its egress stays allow-all',
      [allowWebToApi],
      'shop/api',
      'ops/prom',
      9090,
      'allowed',
    ],
    [
      'an allowed port passes, others are dropped',
      [allowWebToApi],
      'shop/web',
      'shop/api',
      8080,
      'allowed',
    ],
    [
      'default deny drops the ports no rule lists',
      [allowWebToApi],
      'shop/web',
      'shop/api',
      8081,
      'denied',
    ],
    [
      'deny-only policies put the endpoint in default deny too (deny: "as soon a single policy selects it")',
      [
        cnp('shop/deny-prom', {
          endpointSelector: apiSelector,
          ingressDeny: [
            {
              fromEndpoints: [
                { matchLabels: { 'io.kubernetes.pod.namespace': 'ops' } },
              ],
            },
          ],
        }),
      ],
      'shop/web',
      'shop/api',
      8080,
      'denied',
    ],
    [
      'enableDefaultDeny.ingress=false: the policy does not switch the endpoint to default deny',
      [
        cnp('shop/audit', {
          endpointSelector: apiSelector,
          enableDefaultDeny: { ingress: false },
          ingress: [{ fromEntities: ['world'] }],
        }),
      ],
      'ops/prom',
      'shop/api',
      8080,
      'allowed',
    ],
    [
      'enableDefaultDeny.ingress=false still enforces its deny rules',
      [
        cnp('shop/audit', {
          endpointSelector: apiSelector,
          enableDefaultDeny: { ingress: false },
          ingressDeny: [
            {
              fromEndpoints: [
                { matchLabels: { 'io.kubernetes.pod.namespace': 'ops' } },
              ],
            },
          ],
        }),
      ],
      'ops/prom',
      'shop/api',
      8080,
      'denied',
    ],
    [
      'an empty rule (`ingress: [{}]`) enables default deny and allows nothing (layer3 "Ingress Default Deny")',
      [cnp('shop/lockdown', { endpointSelector: apiSelector, ingress: [{}] })],
      'shop/web',
      'shop/api',
      8080,
      'denied',
    ],
    [
      'policyEnforcementMode always: default deny without any policy',
      [],
      'shop/web',
      'shop/api',
      8080,
      'denied',
      { policyEnforcementMode: 'always' },
    ],
    [
      'policyEnforcementMode never: policies are not enforced',
      [cnp('shop/lockdown', { endpointSelector: apiSelector, ingress: [{}] })],
      'shop/web',
      'shop/api',
      8080,
      'allowed',
      { policyEnforcementMode: 'never' },
    ],
  ];
  // A rest parameter: jest would take a seventh named parameter for `done`.
  it.each(cases)(
    '%s',
    (...[, policies, from, to, port, expected, options]: Case) => {
      expect(verdictOf(policies, from, to, port, options).verdict).toBe(
        expected,
      );
    },
  );
});

describe('deny beats allow, whatever the policy kind (deny: "take precedence over allow policies")', () => {
  const denyWebPort80 = cnp('shop/deny-80', {
    endpointSelector: apiSelector,
    ingressDeny: [
      {
        fromEndpoints: [{ matchLabels: { app: 'web' } }],
        toPorts: ports(8080),
      },
    ],
  });
  const allowAll = cnp('shop/allow-all', {
    endpointSelector: apiSelector,
    ingress: [{ fromEntities: ['all'] }],
  });
  const cases: Case[] = [
    [
      'a CNP deny on the port drops an allow-all',
      [allowAll, denyWebPort80],
      'shop/web',
      'shop/api',
      8080,
      'denied',
    ],
    [
      'the same deny leaves other ports allowed (deny table: curl server:81)',
      [allowAll, denyWebPort80],
      'shop/web',
      'shop/api',
      8081,
      'allowed',
    ],
    [
      'a CCNP deny wins over a CNP allow',
      [
        allowWebToApi,
        ccnp('deny-web', {
          endpointSelector: {},
          egressDeny: [{ toEndpoints: [apiSelector] }],
        }),
      ],
      'shop/web',
      'shop/api',
      8080,
      'denied',
    ],
    [
      'a CNP deny wins over a Kubernetes NetworkPolicy allow',
      [
        knp('shop/np', {
          podSelector: { matchLabels: { app: 'api' } },
          ingress: [{}],
        }),
        denyWebPort80,
      ],
      'shop/web',
      'shop/api',
      8080,
      'denied',
    ],
  ];
  it.each(cases)('%s', (_name, policies, from, to, port, expected) => {
    expect(verdictOf(policies, from, to, port).verdict).toBe(expected);
  });

  it('names the deny rule in the explanation', () => {
    const v = verdictOf(
      [allowAll, denyWebPort80],
      'shop/web',
      'shop/api',
      8080,
    );
    expect(v.ingress.deniedBy.map(r => r.policy.name)).toEqual(['deny-80']);
    expect(v.ingress.explanation).toContain(
      'CiliumNetworkPolicy shop/deny-80 ingressDeny[0]',
    );
  });
});

describe("both the caller's egress and the callee's ingress must allow (intro)", () => {
  const webEgressOnlyDns = cnp('shop/web-egress', {
    endpointSelector: { matchLabels: { app: 'web' } },
    egress: [{ toEntities: ['cluster'], toPorts: ports(53) }],
  });
  const cases: Case[] = [
    [
      'ingress allows but the egress of the caller does not',
      [allowWebToApi, webEgressOnlyDns],
      'shop/web',
      'shop/api',
      8080,
      'denied',
    ],
    [
      'egress allows but the ingress of the callee does not',
      [webEgressOnlyDns, allowWebToApi],
      'shop/web',
      'shop/api',
      53,
      'denied',
    ],
  ];
  it.each(cases)('%s', (_name, policies, from, to, port, expected) => {
    expect(verdictOf(policies, from, to, port).verdict).toBe(expected);
  });

  it('explains each side with the rules that decided it', () => {
    const v = verdictOf(
      [allowWebToApi, webEgressOnlyDns],
      'shop/web',
      'shop/api',
      8080,
    );
    expect(v.egress.verdict).toBe('denied');
    expect(v.egress.explanation).toContain(
      'default deny for egress (CiliumNetworkPolicy shop/web-egress)',
    );
    expect(v.ingress.verdict).toBe('allowed');
    expect(
      v.ingress.allowedBy.map(r => `${r.policy.name} ${r.section}[${r.index}]`),
    ).toEqual(['allow-web ingress[0]']);
  });
});
