import { ccnp, cnp, workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { compileCiliumPolicy } from './compileCilium';

const workloads = [
  workload('shop/api', { app: 'api' }),
  workload('ops/api', { app: 'api' }),
];
const api = { matchLabels: { app: 'api' } };

describe('compileCiliumPolicy', () => {
  it('selects pods of its own namespace only, even if the selector names another', () => {
    const ctx = compileContext(workloads);
    const [policy] = compileCiliumPolicy(
      cnp('shop/p', {
        endpointSelector: {
          matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'ops', app: 'api' },
        },
        ingress: [{}],
      }),
      ctx,
    );
    expect(policy.subject.toArray()).toEqual([0]);
    expect(ctx.problems[0].message).toContain(
      'always applies in its own namespace',
    );
  });

  it('a clusterwide policy selects in every namespace', () => {
    const [policy] = compileCiliumPolicy(
      ccnp('c', { endpointSelector: api, egress: [{}] }),
      compileContext(workloads),
    );
    expect(policy.subject.toArray()).toEqual([0, 1]);
    expect(policy.defaultDeny).toEqual({ ingress: false, egress: true });
  });

  it('default deny follows the sections present, deny sections included, unless enableDefaultDeny says no', () => {
    const compile = (spec: Record<string, unknown>) =>
      compileCiliumPolicy(
        cnp('shop/p', { endpointSelector: api, ...spec }),
        compileContext(workloads),
      )[0].defaultDeny;
    expect(compile({ ingressDeny: [{ fromEntities: ['world'] }] })).toEqual({
      ingress: true,
      egress: false,
    });
    expect(
      compile({
        ingress: [{}],
        egress: [{}],
        enableDefaultDeny: { egress: false },
      }),
    ).toEqual({ ingress: true, egress: false });
    expect(compile({ ingress: [] })).toEqual({ ingress: false, egress: false });
  });

  it('a rule with ports but no peer applies to any peer; an empty rule to none', () => {
    const [policy] = compileCiliumPolicy(
      cnp('shop/p', {
        endpointSelector: api,
        ingress: [{ toPorts: [{ ports: [{ port: '80' }] }] }, {}],
      }),
      compileContext(workloads),
    );
    expect(policy.rules.map(r => r.peers)).toEqual([[{ kind: 'any' }], []]);
    expect(policy.rules[1].ref.summary).toBe(
      'allow nothing (this rule only puts the selected pods into default deny)',
    );
  });

  it('compiles every entry of specs[] and numbers the rules', () => {
    const obj = {
      ...cnp('shop/p', {}),
      spec: undefined,
      specs: [
        { endpointSelector: api, ingress: [{}] },
        { endpointSelector: api, egress: [{}] },
      ],
    };
    const policies = compileCiliumPolicy(obj, compileContext(workloads));
    expect(policies.map(p => p.rules[0].ref.specIndex)).toEqual([0, 1]);
  });

  it('reports what it cannot use', () => {
    const ctx = compileContext(workloads);
    compileCiliumPolicy(
      {
        kind: 'CiliumNetworkPolicy',
        metadata: { name: 'x' },
        spec: { endpointSelector: api, ingress: [{}] },
      },
      ctx,
    );
    compileCiliumPolicy(ccnp('host', { nodeSelector: {}, ingress: [{}] }), ctx);
    compileCiliumPolicy(
      cnp('shop/d', {
        endpointSelector: api,
        egressDeny: [{ toFQDNs: [{ matchName: 'a.b' }] }],
      }),
      ctx,
    );
    expect(ctx.problems.map(p => p.message)).toEqual([
      'has no metadata.namespace; assuming "default"',
      'nodeSelector (host policy) selects nodes, which are not in the estate; ignored',
      'egressDeny[0]: toFQDNs is not a field of egressDeny; this rule denies nothing here',
    ]);
  });

  it('keeps fromRequires as requirements on every peer', () => {
    const [policy] = compileCiliumPolicy(
      cnp('shop/p', {
        endpointSelector: api,
        ingress: [{ fromRequires: [{ matchLabels: { env: 'prod' } }] }],
      }),
      compileContext(workloads),
    );
    expect(policy.requires.ingress.map(r => r.text)).toEqual([
      'fromRequires env=prod, io.kubernetes.pod.namespace=shop',
    ]);
  });
});
