import { ccnp, cnp, estate, knp, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import { formatConnection } from './format';
import type { Connection, KubernetesPolicyObject } from './types';

/* connections(), callers(), callees() and openTo(). */

const workloads = [
  workload('ledger/ledger', { app: 'ledger' }, [{ name: 'grpc', port: 50051 }]),
  workload('wallet/wallet', { app: 'wallet' }, [{ name: 'grpc', port: 50051 }]),
  workload('platform/prom', { app: 'prom' }),
];
const ledger = { matchLabels: { app: 'ledger' } };
const wallet = { matchLabels: { app: 'wallet' } };

const policies: KubernetesPolicyObject[] = [
  cnp('ledger/ledger', {
    endpointSelector: ledger,
    ingress: [
      {
        fromEntities: ['ingress'],
        toPorts: [
          {
            ports: [
              { port: '8000', endPort: 8080, protocol: 'TCP' },
              { port: '50051', protocol: 'TCP' },
            ],
          },
        ],
      },
    ],
    egress: [
      {
        toEndpoints: [
          {
            matchLabels: {
              'io.kubernetes.pod.namespace': 'wallet',
              app: 'wallet',
            },
          },
        ],
        toPorts: [{ ports: [{ port: 'grpc' }] }],
      },
      {
        toCIDRSet: [{ cidr: '10.100.0.0/16' }],
        toPorts: [
          {
            ports: [
              { port: '6379', protocol: 'TCP' },
              { port: '5432', protocol: 'TCP' },
            ],
          },
        ],
      },
      {
        toEntities: ['world'],
        toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
      },
    ],
  }),
  cnp('wallet/wallet', {
    endpointSelector: wallet,
    ingress: [
      {
        fromEndpoints: [
          { matchLabels: { 'io.kubernetes.pod.namespace': 'ledger' } },
        ],
        toPorts: [{ ports: [{ port: '50051', protocol: 'TCP' }] }],
      },
    ],
    egress: [{ toCIDR: ['0.0.0.0/0'] }],
    egressDeny: [{ toCIDRSet: [{ cidr: '169.254.0.0/16' }] }],
  }),
];

const lines = (list: Connection[]) => list.map(formatConnection);

describe('connections()', () => {
  const ev = createPolicyEvaluator(estate(workloads, policies));
  const all = lines(ev.connections());

  it('prints workloads, merged ports, ranges and entities in the documented line format', () => {
    expect(all).toContain(
      'ledger/ledger[Deployment] => wallet/wallet[Deployment] : TCP 50051',
    );
    expect(all).toContain(
      'ingress => ledger/ledger[Deployment] : TCP 8000-8080,50051',
    );
    expect(all).toContain(
      'ledger/ledger[Deployment] => 10.100.0.0-10.100.255.255 : TCP 5432,6379',
    );
    expect(all).toContain('ledger/ledger[Deployment] => world : TCP 443');
    expect(all).toContain('platform/prom[Deployment] => world : ANY');
  });

  it('splits world around a denied range instead of calling it unknown', () => {
    expect(all).toContain(
      'wallet/wallet[Deployment] => 0.0.0.0-169.253.255.255,169.255.0.0-255.255.255.255 : ANY',
    );
    expect(
      all.filter(l => l.startsWith('wallet/wallet[Deployment] => world')),
    ).toEqual([]);
  });

  it('shows only what a CIDR adds beyond what every address gets', () => {
    expect(all).not.toContain(
      'ledger/ledger[Deployment] => 10.100.0.0-10.100.255.255 : TCP 443,5432,6379',
    );
  });

  it('leaves out what either side drops', () => {
    expect(
      all.filter(l => l.startsWith('wallet/wallet[Deployment] => ledger/')),
    ).toEqual([]);
    expect(
      all.filter(l => l.startsWith('platform/prom[Deployment] => wallet/')),
    ).toEqual([]);
  });

  it('is sorted by line and does not depend on the order of the inputs', () => {
    expect([...all].sort((a, b) => (a < b ? -1 : Number(a > b)))).toEqual(all);
    const shuffled = createPolicyEvaluator(
      estate([...workloads].reverse(), [...policies].reverse()),
    );
    expect(lines(shuffled.connections())).toEqual(all);
  });

  it('callers() and callees() are the connections to and from one workload', () => {
    const ref = { namespace: 'wallet', name: 'wallet' };
    const to = (c: Connection) =>
      c.to.kind === 'workload' && c.to.namespace === 'wallet';
    const from = (c: Connection) =>
      c.from.kind === 'workload' && c.from.namespace === 'wallet';
    expect(lines(ev.callers(ref))).toEqual(lines(ev.connections().filter(to)));
    expect(lines(ev.callees(ref))).toEqual(
      lines(ev.connections().filter(from)),
    );
    expect(ev.callers({ namespace: 'nowhere', name: 'x' })).toEqual([]);
  });

  it('names the rules of both sides that allow a connection', () => {
    const c = ev
      .connections()
      .find(x =>
        formatConnection(x).startsWith('ledger/ledger[Deployment] => wallet/'),
      )!;
    expect(
      c.allowedBy.map(r => `${r.policy.name} ${r.section}[${r.index}]`),
    ).toEqual(['ledger egress[0]', 'wallet ingress[0]']);
  });
});

describe('openTo()', () => {
  const open = (
    extra: KubernetesPolicyObject[],
    ref = { namespace: 'ledger', name: 'ledger' },
  ) =>
    createPolicyEvaluator(estate(workloads, [...policies, ...extra])).openTo(
      ref,
    );

  it('a workload without ingress policy is open to world and the whole cluster', () => {
    expect(open([], { namespace: 'platform', name: 'prom' })).toEqual({
      world: true,
      cluster: true,
    });
  });
  it('ingress from the Gateway identity only is neither', () => {
    expect(open([])).toEqual({ world: false, cluster: false });
  });
  it('fromEntities cluster opens it to every pod', () => {
    const p = cnp('ledger/p', {
      endpointSelector: ledger,
      ingress: [{ fromEntities: ['cluster'] }],
    });
    expect(open([p])).toEqual({ world: false, cluster: true });
  });
  it('an empty namespaceSelector opens it to every pod, even of namespaces the estate does not know', () => {
    const p = knp('ledger/np', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: {} }] }],
    });
    expect(open([p]).cluster).toBe(true);
  });
  it('a CIDR rule opens it to part of world', () => {
    const p = cnp('ledger/p', {
      endpointSelector: ledger,
      ingress: [{ fromCIDR: ['198.51.100.0/24'] }],
    });
    expect(open([p])).toEqual({ world: true, cluster: false });
  });
  it('a clusterwide deny on every pod closes it again', () => {
    const allow = cnp('ledger/p', {
      endpointSelector: ledger,
      ingress: [{ fromEntities: ['all'] }],
    });
    const deny = ccnp('deny', {
      endpointSelector: ledger,
      ingressDeny: [{ fromEndpoints: [{}] }],
    });
    expect(open([allow, deny])).toEqual({ world: true, cluster: false });
  });
});
