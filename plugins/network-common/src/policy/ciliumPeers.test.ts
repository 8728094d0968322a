import { compileContext } from './__testUtils__/context';
import {
  cidrPeer,
  endpointPeers,
  entityPeer,
  fqdnPeer,
  scopePeerRequirements,
} from './ciliumPeers';
import { describeRequirements } from './selectors';

const workloads = [
  {
    kind: 'Deployment',
    namespace: 'shop',
    name: 'api',
    labels: { app: 'api' },
  },
  { kind: 'Deployment', namespace: 'ops', name: 'api', labels: { app: 'api' } },
];

describe('namespace scoping of peer selectors (utils.go getEndpointSelector)', () => {
  const scope = (selector: unknown, ns?: string) =>
    describeRequirements(scopePeerRequirements(selector, ns, () => {})!);
  it.each([
    [
      'CNP, no namespace: the policy namespace is added',
      { matchLabels: { app: 'api' } },
      'shop',
      'app=api, io.kubernetes.pod.namespace=shop',
    ],
    [
      'CNP, namespace named: kept',
      { matchLabels: { 'io.kubernetes.pod.namespace': 'ops' } },
      'shop',
      'io.kubernetes.pod.namespace=ops',
    ],
    [
      'CNP, namespace labels: not scoped',
      { matchLabels: { 'io.cilium.k8s.namespace.labels.team': 'a' } },
      'shop',
      'io.cilium.k8s.namespace.labels.team=a',
    ],
    [
      'CCNP: "namespace exists" is added',
      {},
      undefined,
      'io.kubernetes.pod.namespace',
    ],
  ])('%s', (_name, selector, ns, expected) => {
    expect(scope(selector, ns)).toBe(expected);
  });
});

describe('Cilium peers', () => {
  const ctx = compileContext(workloads, [
    { namespace: 'shop', name: 'api', selector: { app: 'api' }, ports: [] },
    { namespace: 'shop', name: 'external-db', ports: [] },
  ]);

  it('endpoint peers resolve to the workloads they select', () => {
    const [peer] = endpointPeers(
      { matchLabels: { app: 'api' } },
      'shop',
      ctx,
      () => {},
    );
    expect(peer.kind === 'pods' && peer.pods.toArray()).toEqual([0]);
  });

  it('reserved: selectors name entities', () => {
    expect(
      endpointPeers(
        { matchLabels: { 'reserved:host': '' } },
        'shop',
        ctx,
        () => {},
      ),
    ).toEqual([{ kind: 'entity', entity: 'host' }]);
  });

  it('unknown entities match nothing and are reported', () => {
    const problems: string[] = [];
    expect(entityPeer('internet', m => problems.push(m))).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('CIDR sets apply their except list; CIDR groups are opaque', () => {
    const [peer] = cidrPeer(
      { cidr: '10.0.0.0/8', except: ['10.0.0.0/9'] },
      () => {},
    );
    expect(peer.kind === 'cidr' && peer.v4.toRanges()).toEqual([
      { first: '10.128.0.0', last: '10.255.255.255' },
    ]);
    expect(cidrPeer({ cidrGroupRef: 'vpn' }, () => {})[0].kind).toBe('opaque');
  });

  it('toFQDNs keeps the pattern, lower-cased and without the root dot', () => {
    expect(fqdnPeer({ matchName: 'API.Example.com.' }, () => {})).toEqual([
      { kind: 'fqdn', pattern: 'api.example.com' },
    ]);
  });
});
