import { createPolicyEvaluator, policyEstateFromObjects } from '../../policy';
import { exampleEstateSnapshot } from '../__testUtils__/exampleEstate';
import { Reachability, peerText, peerView } from './reachability';

describe('Reachability', () => {
  const objects = exampleEstateSnapshot().objects.map(o => o.object);
  const reach = new Reachability(objects);
  const evaluator = createPolicyEvaluator(policyEstateFromObjects(objects));

  it.each([
    { namespace: 'svc-ledger', name: 'svc-ledger' },
    { namespace: 'svc-merchant', name: 'svc-merchant' },
    { namespace: 'platform', name: 'grafana' },
  ])(
    'lists the same callers and callees as the evaluator for $namespace/$name',
    workload => {
      expect(reach.callers(workload)).toEqual(evaluator.callers(workload));
      expect(reach.callees(workload)).toEqual(evaluator.callees(workload));
    },
  );

  it('names peers the way the tab shows them', () => {
    expect(peerText({ kind: 'entity', entity: 'ingress' })).toBe(
      'entity:ingress',
    );
    expect(
      peerText({
        kind: 'workload',
        namespace: 'a',
        name: 'b',
        workloadKind: 'Deployment',
      }),
    ).toBe('a/b[Deployment]');
    expect(
      peerText({
        kind: 'cidr',
        ranges: [{ first: '10.0.0.0', last: '10.0.255.255' }],
      }),
    ).toBe('10.0.0.0-10.0.255.255');
    expect(peerText({ kind: 'fqdn', pattern: '*.aiven.io' })).toBe(
      'fqdn:*.aiven.io',
    );
  });

  it('turns a connection into a peer view with ports and the rules that allow it', () => {
    const connection = reach
      .callers({ namespace: 'svc-ledger', name: 'svc-ledger' })
      .find(c => c.from.kind === 'entity' && c.from.entity === 'ingress')!;
    expect(
      peerView(connection, 'caller', 'component:default/cilium-gateway'),
    ).toEqual({
      entityRef: 'component:default/cilium-gateway',
      peer: 'entity:ingress',
      peerKind: 'entity',
      ports: 'TCP 8080,50051',
      verdict: 'allowed',
      allowedBy: [
        'CiliumNetworkPolicy svc-ledger/svc-ledger ingress[0] (allow from entity ingress on TCP 8080,50051)',
      ],
      unknown: [],
    });
  });
});
