import { cnp, estate, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';

describe('createPolicyEvaluator', () => {
  it('reports objects it does not understand instead of failing', () => {
    const ev = createPolicyEvaluator(
      estate(
        [workload('shop/api', { app: 'api' })],
        [
          { kind: 'GlobalNetworkPolicy', metadata: { name: 'calico' } },
          cnp('shop/p', { endpointSelector: 'app=api' }),
        ],
      ),
    );
    expect(
      ev.problems.map(p => `${p.policy.kind} ${p.policy.name}: ${p.message}`),
    ).toEqual([
      'GlobalNetworkPolicy calico: is not a policy kind the evaluator knows; ignored',
      'CiliumNetworkPolicy p: endpointSelector: selector is not an object; the policy selects nothing here',
    ]);
  });

  it('returns a fresh copy of the connection list each time', () => {
    const ev = createPolicyEvaluator(
      estate([workload('shop/api', { app: 'api' })], []),
    );
    const first = ev.connections();
    first.splice(0);
    expect(ev.connections().length).toBeGreaterThan(0);
  });
});
