import {
  SHOP,
  cnp,
  healthyEstate,
  indexOf,
} from '../__testUtils__/estateBuilder';

const egressPolicy = (egress: unknown[]) =>
  cnp('shop', 'shop-egress', {
    endpointSelector: { matchLabels: { 'app.kubernetes.io/name': 'shop' } },
    egress,
  });
const toDns = (protocols: string[]) => ({
  toEndpoints: [
    {
      matchLabels: {
        'io.kubernetes.pod.namespace': 'kube-system',
        'k8s-app': 'kube-dns',
      },
    },
  ],
  toPorts: [{ ports: protocols.map(protocol => ({ port: '53', protocol })) }],
});
const toAiven = {
  toCIDRSet: [{ cidr: '10.100.0.0/16' }],
  toPorts: [{ ports: [{ port: '9092', protocol: 'TCP' }] }],
};

describe('egress without DNS', () => {
  it.each([
    {
      name: 'egress allows kube-dns on UDP and TCP',
      estate: healthyEstate(),
      message: undefined,
    },
    {
      name: 'no egress policy at all',
      estate: { ...healthyEstate(), policy: undefined },
      message: undefined,
    },
    {
      name: 'default-deny egress without DNS',
      estate: {
        ...healthyEstate(),
        policy: undefined,
        egress: egressPolicy([toAiven]),
      },
      message: 'UDP 53 and TCP 53',
    },
    {
      name: 'DNS over UDP only',
      estate: {
        ...healthyEstate(),
        policy: undefined,
        egress: egressPolicy([toAiven, toDns(['UDP'])]),
      },
      message: 'TCP 53',
    },
    {
      name: 'DNS allowed by a second policy',
      estate: { ...healthyEstate(), egress: egressPolicy([toAiven]) },
      message: undefined,
    },
  ])('$name', ({ estate, message }) => {
    const findings = indexOf(estate).findings({
      check: ['egress-without-dns'],
    });
    expect(
      findings.map(f => f.message.match(/reach kube-dns on (.*):/)?.[1]),
    ).toEqual(message ? [message] : []);
    expect(findings.flatMap(f => f.entityRefs)).toEqual(message ? [SHOP] : []);
  });

  it('names the default-deny policy and the workload', () => {
    const [finding] = indexOf({
      ...healthyEstate(),
      policy: undefined,
      egress: egressPolicy([toAiven]),
    }).findings({ check: ['egress-without-dns'] });
    expect(
      finding.objects.map(o => `${o.kind} ${o.namespace}/${o.name}`),
    ).toEqual(['CiliumNetworkPolicy shop/shop-egress', 'Deployment shop/shop']);
  });

  it('cannot judge without kube-dns in the estate', () => {
    const estate = {
      ...healthyEstate(),
      policy: undefined,
      egress: egressPolicy([toAiven]),
      coredns: undefined,
      kubeDns: undefined,
    };
    expect(indexOf(estate).findings({ check: ['egress-without-dns'] })).toEqual(
      [],
    );
  });
});
