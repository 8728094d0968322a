import type { FlowVerdict, Protocol, RuleRef } from '../../policy/types';
import { WorkloadFacts, resolveTargetPort } from '../estate/workloads';
import { objectRefOf } from '../objects';
import { peerText } from '../reach/reachability';
import type { Hop, HopVerdict, ObjectRef, ServiceView } from '../view';
import { World, policiesSelecting, policyName } from '../world';
import { workloadText } from './serviceHops';
import { hop, worstVerdict } from './verdicts';

/** Who knocks at the pods: the Gateway's Envoy, or the cloudflared pods for direct tunnel rules. */
export type PolicyCaller = { kind: 'gateway' } | { kind: 'cloudflared' };

export interface PolicyHop {
  hop: Hop;
  /** Policies (or workloads) behind a refusal, for the finding. */
  blockedBy: ObjectRef[];
}

const VERDICT: Record<FlowVerdict['verdict'], HopVerdict> = {
  allowed: 'ok',
  denied: 'broken',
  unknown: 'unknown',
};

function policyRef(
  world: World,
  rule: RuleRef | undefined,
): ObjectRef | undefined {
  if (!rule) return undefined;
  const { kind, namespace, name } = rule.policy;
  return world.policiesByName.get(policyName(kind, namespace, name))?.view
    .object;
}

function decidingRef(
  world: World,
  verdict: FlowVerdict,
  workload: WorkloadFacts,
): ObjectRef | undefined {
  if (verdict.verdict === 'allowed')
    return policyRef(world, verdict.ingress.allowedBy[0]);
  const side =
    verdict.egress.verdict === 'denied' ? verdict.egress : verdict.ingress;
  return (
    policyRef(world, side.deniedBy[0]) ??
    policiesSelecting(world, workload).find(p => p.view.defaultDeny.ingress)
      ?.view.object
  );
}

/** The callee's policies: they must let the caller's identity in on the pod port. */
export function policyHop(
  world: World,
  caller: PolicyCaller,
  workloads: readonly WorkloadFacts[],
  servicePort: ServiceView['ports'][number] | undefined,
): PolicyHop {
  if (!servicePort || workloads.length === 0) {
    return {
      blockedBy: [],
      hop: hop(
        'policy',
        'policy',
        'unknown',
        'no pods to evaluate the policies of',
      ),
    };
  }
  const protocol = (servicePort.protocol ?? 'TCP') as Protocol;
  const sources =
    caller.kind === 'gateway'
      ? [{ text: 'entity:ingress', peer: { entity: 'ingress' } }]
      : world.cloudflared.map(w => ({
          text: workloadText(w),
          peer: { workload: { namespace: w.namespace, name: w.name } },
        }));
  if (sources.length === 0) {
    return {
      blockedBy: [],
      hop: hop(
        'policy',
        'cloudflared → pods',
        'unknown',
        'no workload matches the cloudflared selector, so its identity is unknown',
      ),
    };
  }
  const outcomes: {
    verdict: HopVerdict;
    reason: string;
    ref?: ObjectRef;
    title: string;
  }[] = [];
  for (const workload of workloads) {
    const port = resolveTargetPort(servicePort, workload);
    const title = `${sources[0].text} → ${workloadText(workload)} ${protocol} ${
      port ?? servicePort.targetPort
    }`;
    if (port === undefined) {
      outcomes.push({
        title,
        verdict: 'broken',
        reason: `target port ${
          servicePort.targetPort
        } is not a container port of ${workloadText(workload)}`,
        ref: objectRefOf(workload.sourced),
      });
      continue;
    }
    for (const source of sources) {
      const verdict = world.reach.evaluate({
        from: source.peer,
        to: {
          workload: { namespace: workload.namespace, name: workload.name },
        },
        port,
        protocol,
      });
      outcomes.push({
        title,
        verdict: VERDICT[verdict.verdict],
        reason: verdict.explanation,
        ref: decidingRef(world, verdict, workload),
      });
    }
  }
  const verdict = worstVerdict(outcomes.map(o => o.verdict));
  const decisive = outcomes.find(o => o.verdict === verdict) ?? outcomes[0];
  return {
    blockedBy: outcomes
      .filter(o => o.verdict === 'broken' && o.ref)
      .map(o => o.ref!),
    hop: hop('policy', decisive.title, verdict, decisive.reason, decisive.ref),
  };
}

/** Private names: whether any pod of the cluster may connect, per the evaluator. */
export function clusterPolicyHop(
  world: World,
  workloads: readonly WorkloadFacts[],
): Hop {
  if (workloads.length === 0) {
    return hop(
      'policy',
      'cluster → pods',
      'unknown',
      'no pods to evaluate the policies of',
    );
  }
  const closed = workloads.filter(
    w => !world.reach.openTo({ namespace: w.namespace, name: w.name }).cluster,
  );
  if (closed.length === 0) {
    return hop(
      'policy',
      'cluster → pods',
      'ok',
      'any pod of the cluster may connect: no ingress policy restricts it',
    );
  }
  const first = closed[0];
  const callers = world.reach
    .callers({ namespace: first.namespace, name: first.name })
    .map(c => peerText(c.from));
  const listed = callers.length > 4 ? [...callers.slice(0, 4), '…'] : callers;
  const ref = policiesSelecting(world, first).find(
    p => p.view.defaultDeny.ingress,
  )?.view.object;
  const plural = callers.length === 1 ? '' : 's';
  return hop(
    'policy',
    `cluster → ${workloadText(first)}`,
    'unknown',
    `ingress to ${workloadText(first)} is limited to ${
      callers.length
    } allowed caller${plural} (${listed.join(
      ', ',
    )}); whether a client of the private name is one of them depends on who it is`,
    ref,
  );
}
