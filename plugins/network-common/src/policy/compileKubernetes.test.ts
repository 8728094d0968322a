import { knp, workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { compileKubernetesPolicy } from './compileKubernetes';

const workloads = [
  workload('shop/api', { app: 'api' }),
  workload('shop/web', { app: 'web' }),
];

describe('compileKubernetesPolicy', () => {
  it('selects by podSelector in its namespace; {} selects all of them', () => {
    const [policy] = compileKubernetesPolicy(
      knp('shop/np', { podSelector: {} }),
      compileContext(workloads),
    );
    expect(policy.subject.toArray()).toEqual([0, 1]);
    expect(policy.defaultDeny).toEqual({ ingress: true, egress: false });
  });

  it('ignores rules of a direction policyTypes does not list, and says so', () => {
    const ctx = compileContext(workloads);
    const [policy] = compileKubernetesPolicy(
      knp('shop/np', {
        podSelector: {},
        policyTypes: ['Egress'],
        ingress: [{}],
      }),
      ctx,
    );
    expect(policy.rules).toEqual([]);
    expect(ctx.problems.map(p => p.message)).toEqual([
      'ingress rules are ignored: policyTypes does not list Ingress',
    ]);
  });

  it('describes a namespaceSelector AND podSelector peer as one peer', () => {
    const [policy] = compileKubernetesPolicy(
      knp('shop/np', {
        podSelector: {},
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { team: 'ops' } },
                podSelector: { matchLabels: { app: 'prom' } },
              },
            ],
          },
        ],
      }),
      compileContext(workloads),
    );
    expect(policy.rules[0].ref.summary).toBe(
      'allow from pods app=prom in namespaces matching team=ops on any port',
    );
  });

  it('reports peers the API server would reject', () => {
    const ctx = compileContext(workloads);
    compileKubernetesPolicy(
      knp('shop/np', {
        podSelector: {},
        ingress: [
          { from: [{}, { ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] },
        ],
      }),
      ctx,
    );
    expect(ctx.problems.map(p => p.message)).toEqual([
      'ingress[0]: empty peer (no podSelector, namespaceSelector or ipBlock); it matches nothing here',
      'ingress[0]: ipBlock cannot be combined with selectors in one peer; using the ipBlock only',
    ]);
  });
});
