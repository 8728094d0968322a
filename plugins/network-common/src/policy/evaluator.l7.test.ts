import { cnp, estate, flow, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import { formatConnection } from './format';
import type { KubernetesPolicyObject, Verdict } from './types';

/*
 * What cannot be decided offline (docs.cilium.io security/policy/layer7,
 * layer3 "DNS based", language "toServices", mutual authentication): the
 * L3/L4 verdict, plus "unknown" with the reason. Never silently "allowed".
 */

const workloads = [
  workload('shop/api', { app: 'api' }),
  workload('shop/web', { app: 'web' }),
];
const services = [
  {
    namespace: 'shop',
    name: 'api',
    selector: { app: 'api' },
    ports: [{ port: 80 }],
  },
];
const api = { matchLabels: { app: 'api' } };
const web = { matchLabels: { app: 'web' } };

function evaluator(policies: KubernetesPolicyObject[]) {
  return createPolicyEvaluator({ ...estate(workloads, policies), services });
}

const httpFromWeb = (rules: unknown) =>
  cnp('shop/l7', {
    endpointSelector: api,
    ingress: [
      {
        fromEndpoints: [web],
        toPorts: [{ ports: [{ port: '80', protocol: 'TCP' }], rules }],
      },
    ],
  });
const webEgress = (rule: Record<string, unknown>) =>
  cnp('shop/egress', { endpointSelector: web, egress: [rule] });
const dnsProxy = {
  toEndpoints: [{}],
  toPorts: [
    { ports: [{ port: '53' }], rules: { dns: [{ matchPattern: '*' }] } },
  ],
};

type Case = [
  string,
  KubernetesPolicyObject[],
  string,
  string,
  number,
  Verdict,
  string?,
];

describe('L7 rules, DNS rules and toFQDNs give the L3/L4 verdict plus unknown', () => {
  const cases: Case[] = [
    [
      'an HTTP rule decides per request: unknown',
      [httpFromWeb({ http: [{ method: 'GET', path: '/v1/.*' }] })],
      'shop/web',
      'shop/api',
      80,
      'unknown',
      'GET /v1/.*',
    ],
    [
      'the L4 part still drops other ports',
      [httpFromWeb({ http: [{ method: 'GET' }] })],
      'shop/web',
      'shop/api',
      81,
      'denied',
    ],
    [
      'an HTTP rule with no constraint allows every request ("if no rules are specified")',
      [httpFromWeb({ http: [{}] })],
      'shop/web',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'an L3/L4 allow of the same peer lets every request through',
      [
        httpFromWeb({ http: [{ method: 'GET' }] }),
        cnp('shop/plain', {
          endpointSelector: api,
          ingress: [{ fromEndpoints: [web] }],
        }),
      ],
      'shop/web',
      'shop/api',
      80,
      'allowed',
    ],
    [
      'Kafka rules are decided per message',
      [httpFromWeb({ kafka: [{ topic: 'payments' }] })],
      'shop/web',
      'shop/api',
      80,
      'unknown',
      'topic=payments',
    ],
    [
      'a DNS rule with matchPattern "*" allows every name',
      [webEgress(dnsProxy)],
      'shop/web',
      'shop/api',
      53,
      'allowed',
    ],
    [
      'a DNS rule for some names is decided per query',
      [
        webEgress({
          toEndpoints: [{}],
          toPorts: [
            {
              ports: [{ port: '53' }],
              rules: { dns: [{ matchName: 'a.example.com' }] },
            },
          ],
        }),
      ],
      'shop/web',
      'shop/api',
      53,
      'unknown',
      'a.example.com',
    ],
    [
      'toFQDNs: an address may or may not be one the name resolved to',
      [
        webEgress({
          toFQDNs: [{ matchPattern: '*.example.com' }],
          toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
        }),
      ],
      'shop/web',
      '93.184.215.14',
      443,
      'unknown',
      '*.example.com',
    ],
    [
      'toFQDNs never matches pods',
      [webEgress({ toFQDNs: [{ matchName: 'api.shop.svc.cluster.local' }] })],
      'shop/web',
      'shop/api',
      443,
      'denied',
    ],
    [
      'mutual authentication is decided at runtime',
      [
        cnp('shop/auth', {
          endpointSelector: api,
          ingress: [
            { fromEndpoints: [web], authentication: { mode: 'required' } },
          ],
        }),
      ],
      'shop/web',
      'shop/api',
      80,
      'unknown',
      'mutual authentication',
    ],
    [
      'toServices with a selector depends on the Cilium version',
      [
        webEgress({
          toServices: [
            { k8sService: { serviceName: 'api', namespace: 'shop' } },
          ],
        }),
      ],
      'shop/web',
      'shop/api',
      80,
      'unknown',
      'Cilium 1.17+',
    ],
    [
      'deny rules carry no L7: the port is denied outright',
      [
        cnp('shop/all', {
          endpointSelector: api,
          ingress: [{ fromEntities: ['all'] }],
        }),
        cnp('shop/deny', {
          endpointSelector: api,
          ingressDeny: [
            {
              fromEndpoints: [web],
              toPorts: [
                {
                  ports: [{ port: '80' }],
                  rules: { http: [{ method: 'GET' }] },
                },
              ],
            },
          ],
        }),
      ],
      'shop/web',
      'shop/api',
      80,
      'denied',
    ],
  ];
  it.each(cases)(
    '%s',
    (...[, policies, from, to, port, expected, reason]: Case) => {
      const verdict = evaluator(policies).evaluate(flow(from, to, port));
      const reasons = [...verdict.egress.unknown, ...verdict.ingress.unknown];
      expect(verdict.verdict).toBe(expected);
      // Reasons are given exactly when the verdict is unknown.
      expect(reasons.length > 0).toBe(expected === 'unknown');
      expect(reasons.join(' ')).toContain(reason ?? '');
      expect(verdict.explanation).toContain(reason ?? '');
    },
  );
});

describe('unknown connections are listed as unknown, with the reason', () => {
  it('lists an L7-restricted port as unknown, never as allowed', () => {
    const ev = evaluator([
      httpFromWeb({ http: [{ method: 'GET', path: '/v1' }] }),
    ]);
    const lines = ev
      .callers({ namespace: 'shop', name: 'api' })
      .filter(c => c.from.kind === 'workload');
    expect(lines.map(formatConnection)).toEqual([
      'shop/web[Deployment] => shop/api[Deployment] : TCP 80 (unknown)',
    ]);
    expect(lines[0].unknown.join()).toContain(
      'decided at L7: only HTTP requests matching GET /v1',
    );
    expect(lines[0].allowedBy.map(r => r.policy.name)).toEqual(['l7']);
  });

  it('lists toFQDNs as an fqdn peer, and says when no DNS proxy rule can learn its addresses', () => {
    const withoutProxy = evaluator([
      webEgress({
        toFQDNs: [{ matchPattern: '*.example.com' }],
        toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
      }),
    ]);
    const [fqdn] = withoutProxy
      .callees({ namespace: 'shop', name: 'web' })
      .filter(c => c.to.kind === 'fqdn');
    expect(formatConnection(fqdn)).toBe(
      'shop/web[Deployment] => fqdn:*.example.com : TCP 443 (unknown)',
    );
    expect(fqdn.unknown.join(' ')).toContain('learns no address');

    const withProxy = evaluator([
      cnp('shop/egress', {
        endpointSelector: web,
        egress: [
          dnsProxy,
          {
            toFQDNs: [{ matchPattern: '*.example.com' }],
            toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
          },
        ],
      }),
    ]);
    const [learnt] = withProxy
      .callees({ namespace: 'shop', name: 'web' })
      .filter(c => c.to.kind === 'fqdn');
    expect(learnt.unknown.join(' ')).toContain(
      'toFQDNs is resolved at runtime',
    );
    expect(learnt.unknown.join(' ')).not.toContain('learns no address');
  });
});
