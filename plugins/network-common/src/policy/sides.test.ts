import { cnp, knp, workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { compileCiliumPolicy } from './compileCilium';
import { compileKubernetesPolicy } from './compileKubernetes';
import { buildSides } from './sides';

const workloads = [
  workload('shop/api', { app: 'api' }),
  workload('shop/web', { app: 'web' }),
  workload('ops/prom', { app: 'prom' }),
];
const ctx = compileContext(workloads);
const policies = [
  ...compileCiliumPolicy(
    cnp('shop/api', {
      endpointSelector: { matchLabels: { app: 'api' } },
      ingress: [{ fromEndpoints: [{ matchLabels: { app: 'web' } }] }],
      egressDeny: [{ toEntities: ['world'] }],
    }),
    ctx,
  ),
  ...compileKubernetesPolicy(
    knp('shop/np', {
      podSelector: {},
      ingress: [{ from: [{ podSelector: {} }] }],
    }),
    ctx,
  ),
];

describe('buildSides', () => {
  it('merges the rules of every policy selecting a workload, per direction', () => {
    const sides = buildSides(policies, 3, {});
    expect(sides.ingress[0]!.allows.map(a => a.rule.ref.policy.name)).toEqual([
      'api',
      'np',
    ]);
    expect(sides.ingress[0]!.defaultDenyBy).toEqual([
      'CiliumNetworkPolicy shop/api',
      'NetworkPolicy shop/np',
    ]);
    expect(sides.egress[0]!.denies).toHaveLength(1);
    expect(sides.egress[0]!.defaultDeny).toBe(true);
    expect(sides.ingress[2]).toBeUndefined();
  });

  it('candidates are the workloads some allow rule may match', () => {
    const sides = buildSides(policies, 3, {});
    expect(sides.ingress[0]!.candidates.toArray()).toEqual([0, 1]);
    expect(sides.egress[0]!.candidates.toArray()).toEqual([]);
  });

  it('policyEnforcementMode always puts every workload in default deny; never drops every rule', () => {
    expect(
      buildSides([], 3, { policyEnforcementMode: 'always' }).ingress[2]!
        .defaultDenyBy,
    ).toEqual(['policyEnforcementMode "always"']);
    expect(
      buildSides(policies, 3, { policyEnforcementMode: 'never' }).ingress[0],
    ).toBeUndefined();
  });
});
