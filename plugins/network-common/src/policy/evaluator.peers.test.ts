import { cnp, estate, flow, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import type {
  KubernetesPolicyObject,
  PolicyEstateOptions,
  Protocol,
  Verdict,
} from './types';

/*
 * CIDR peers and ports of Cilium rules (docs.cilium.io security/policy/
 * layer3 "IP/CIDR based"; layer4 "Limit ingress/egress ports", "Port
 * ranges"; named ports in the CRD's PortProtocol).
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

const egressTo = (rule: Record<string, unknown>) => [
  cnp('shop/p', { endpointSelector: web, egress: [rule] }),
];

describe('CIDR peers (layer3 "IP/CIDR based")', () => {
  const cases: Case[] = [
    [
      'toCIDR matches an address inside',
      egressTo({ toCIDR: ['10.100.0.0/16'] }),
      'shop/web',
      '10.100.3.4',
      5432,
      'TCP',
      'allowed',
    ],
    [
      'toCIDR does not match outside',
      egressTo({ toCIDR: ['10.100.0.0/16'] }),
      'shop/web',
      '10.101.0.1',
      5432,
      'TCP',
      'denied',
    ],
    [
      'toCIDRSet except removes a sub-range',
      egressTo({
        toCIDRSet: [{ cidr: '10.0.0.0/8', except: ['10.96.0.0/12'] }],
      }),
      'shop/web',
      '10.96.0.10',
      443,
      'TCP',
      'denied',
    ],
    [
      'toCIDRSet except keeps the rest',
      egressTo({
        toCIDRSet: [{ cidr: '10.0.0.0/8', except: ['10.96.0.0/12'] }],
      }),
      'shop/web',
      '10.1.0.10',
      443,
      'TCP',
      'allowed',
    ],
    [
      'CIDR rules never match pods',
      egressTo({ toCIDR: ['0.0.0.0/0'] }),
      'shop/web',
      'shop/api',
      443,
      'TCP',
      'denied',
    ],
    [
      '0.0.0.0/0 is the same as world ("identical to allowing to CIDR 0.0.0.0/0")',
      egressTo({ toCIDR: ['0.0.0.0/0'] }),
      'shop/web',
      'world',
      443,
      'TCP',
      'allowed',
    ],
    [
      'a CIDR that covers part of world leaves world unknown',
      egressTo({ toCIDR: ['10.0.0.0/8'] }),
      'shop/web',
      'world',
      443,
      'TCP',
      'unknown',
    ],
    [
      'CIDRs that together cover every address allow world',
      egressTo({ toCIDR: ['0.0.0.0/1', '128.0.0.0/1'] }),
      'shop/web',
      'world',
      443,
      'TCP',
      'allowed',
    ],
    [
      'fromCIDR on ingress',
      [
        cnp('shop/p', {
          endpointSelector: api,
          ingress: [{ fromCIDR: ['192.0.2.0/24'] }],
        }),
      ],
      '192.0.2.7',
      'shop/api',
      8080,
      'TCP',
      'allowed',
    ],
  ];
  it.each(cases)('%s', (...c: Case) => {
    expect(verdictOf(...c)).toBe(c[6]);
  });
});

describe('ports, ranges, protocols and named ports (layer4; CRD PortProtocol)', () => {
  const apiPorts = (list: Record<string, unknown>[]) => [
    cnp('shop/p', {
      endpointSelector: api,
      ingress: [{ toPorts: [{ ports: list }] }],
    }),
  ];
  const cases: Case[] = [
    [
      'toPorts without an L3 field applies to every peer',
      apiPorts([{ port: '80', protocol: 'TCP' }]),
      'world',
      'shop/api',
      80,
      'TCP',
      'allowed',
    ],
    [
      'the protocol must match',
      apiPorts([{ port: '80', protocol: 'TCP' }]),
      'shop/web',
      'shop/api',
      80,
      'UDP',
      'denied',
    ],
    [
      'protocol omitted means ANY (TCP, UDP, SCTP)',
      apiPorts([{ port: '80' }]),
      'shop/web',
      'shop/api',
      80,
      'SCTP',
      'allowed',
    ],
    [
      'protocol ANY matches UDP',
      apiPorts([{ port: '80', protocol: 'ANY' }]),
      'shop/web',
      'shop/api',
      80,
      'UDP',
      'allowed',
    ],
    [
      'endPort makes a range (inclusive)',
      apiPorts([{ port: '8000', endPort: 8080, protocol: 'TCP' }]),
      'shop/web',
      'shop/api',
      8080,
      'TCP',
      'allowed',
    ],
    [
      'a port past endPort is not allowed',
      apiPorts([{ port: '8000', endPort: 8080, protocol: 'TCP' }]),
      'shop/web',
      'shop/api',
      8081,
      'TCP',
      'denied',
    ],
    [
      'port 0 means every port',
      apiPorts([{ port: '0', protocol: 'TCP' }]),
      'shop/web',
      'shop/api',
      31337,
      'TCP',
      'allowed',
    ],
    [
      'a named port resolves to the container port of the destination',
      apiPorts([{ port: 'http' }]),
      'shop/web',
      'shop/api',
      8080,
      'TCP',
      'allowed',
    ],
    [
      'a named port does not open other ports',
      apiPorts([{ port: 'http' }]),
      'shop/web',
      'shop/api',
      8081,
      'TCP',
      'denied',
    ],
    [
      'a named port keeps the container protocol',
      apiPorts([{ port: 'dns' }]),
      'shop/web',
      'shop/api',
      5353,
      'UDP',
      'allowed',
    ],
    [
      'a named port "may not contradict" the protocol',
      apiPorts([{ port: 'dns', protocol: 'TCP' }]),
      'shop/web',
      'shop/api',
      5353,
      'UDP',
      'denied',
    ],
    [
      'egress named ports name the destination pod ports',
      egressTo({
        toEndpoints: [api],
        toPorts: [{ ports: [{ port: 'http' }] }],
      }),
      'shop/web',
      'shop/api',
      8080,
      'TCP',
      'allowed',
    ],
    [
      'icmps-only rules never match TCP',
      [
        cnp('shop/p', {
          endpointSelector: api,
          ingress: [
            { fromEndpoints: [web], icmps: [{ fields: [{ type: 8 }] }] },
          ],
        }),
      ],
      'shop/web',
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
