import { compileCiliumPolicy } from './compileCilium';
import { compileKubernetesPolicy } from './compileKubernetes';
import type { DecideOptions } from './decide';
import { evaluateFlow } from './evaluateFlow';
import { openToCluster, openToWorld } from './exposure';
import { sortConnections } from './format';
import { WorkloadIndex } from './identities';
import { Listing } from './listing';
import type { CompileContext, CompiledPolicy } from './model';
import { buildSides } from './sides';
import type {
  Connection,
  KubernetesPolicyObject,
  PolicyEstate,
  PolicyEvaluator,
  PolicyProblem,
} from './types';

/*
 * The offline network-policy evaluator. Pure: the estate is compiled once
 * (selectors resolved to bitsets, rules merged per workload), then every
 * question is answered from that compiled form.
 */

function compilePolicy(
  obj: KubernetesPolicyObject,
  ctx: CompileContext,
): CompiledPolicy[] {
  switch (obj.kind) {
    case 'CiliumNetworkPolicy':
    case 'CiliumClusterwideNetworkPolicy':
      return compileCiliumPolicy(obj, ctx);
    case 'NetworkPolicy':
      return compileKubernetesPolicy(obj, ctx);
    default:
      ctx.problem(
        {
          kind: String(obj.kind ?? '(no kind)'),
          namespace: obj.metadata?.namespace,
          name: String(obj.metadata?.name ?? '(unnamed)'),
        },
        'is not a policy kind the evaluator knows; ignored',
      );
      return [];
  }
}

/** @public */
export function createPolicyEvaluator(estate: PolicyEstate): PolicyEvaluator {
  const problems: PolicyProblem[] = [];
  const index = new WorkloadIndex(estate);
  const ctx: CompileContext = {
    index,
    services: estate.services ?? [],
    problem: (policy, message) => problems.push({ policy, message }),
  };
  const compiled = (estate.policies ?? []).flatMap(p => compilePolicy(p, ctx));
  const options = estate.options ?? {};
  const sides = buildSides(compiled, index.size, options);
  const listingOptions: DecideOptions = {
    localhostAllowed: (options.allowLocalhost ?? 'auto') !== 'policy',
    listing: true,
  };
  const flowOptions: DecideOptions = { ...listingOptions, listing: false };
  const listing = new Listing(index, sides, listingOptions);
  let all: Connection[] | undefined;
  return {
    evaluate: flow =>
      evaluateFlow({ index, sides, options: flowOptions }, flow),
    connections: () => {
      all ??= sortConnections(listing.all());
      return all.slice();
    },
    callers: ref => {
      const i = index.find(ref);
      return i === undefined ? [] : sortConnections(listing.callers(i));
    },
    callees: ref => {
      const i = index.find(ref);
      return i === undefined ? [] : sortConnections(listing.callees(i));
    },
    openTo: ref => {
      const i = index.find(ref);
      if (i === undefined) return { world: false, cluster: false };
      const identity = index.workloads[i];
      return {
        world: openToWorld(sides.ingress[i], identity, flowOptions),
        cluster: openToCluster(sides.ingress[i], identity),
      };
    },
    problems,
  };
}
