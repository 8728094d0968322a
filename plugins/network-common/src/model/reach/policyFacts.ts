/*
 * Which policies select a workload, and what each says, for the policy list of the tab. The
 * reachability verdicts themselves come from the policy evaluator; this only reads selectors.
 */
import {
  LabelRequirement,
  matchesLabelRequirements,
  requirementsFromSelector,
} from '../labelSelector';
import {
  asArray,
  asRecord,
  namespaceOf,
  objectRefOf,
  specOf,
} from '../objects';
import type { SourcedObject } from '../sources';
import type { PolicyView } from '../view';
import type { WorkloadFacts } from '../estate/workloads';
import { describeRule } from './ruleText';

const NAMESPACE_KEY = 'io.kubernetes.pod.namespace';
const NAMESPACE_LABELS_PREFIX = 'io.cilium.k8s.namespace.labels.';
const POLICY_KINDS = new Set([
  'CiliumNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
  'NetworkPolicy',
]);

export interface PolicyFacts {
  namespace?: string;
  /** One per rule of a multi-rule Cilium policy (`specs[]`). */
  selectors: LabelRequirement[][];
  view: PolicyView;
}

/** Cilium accepts `k8s:` and `any:` label sources in selectors. */
function stripSource(requirements: LabelRequirement[]): LabelRequirement[] {
  return requirements.map(r => ({
    ...r,
    key: r.key.replace(/^(k8s|any):/, ''),
  }));
}

function ciliumDefaultDeny(
  rule: Record<string, unknown>,
  direction: 'ingress' | 'egress',
) {
  const optOut = asRecord(rule.enableDefaultDeny)[direction] === false;
  const present =
    rule[direction] !== undefined || rule[`${direction}Deny`] !== undefined;
  return present && !optOut;
}

function ciliumFacts(sourced: SourcedObject): PolicyFacts {
  const spec = specOf(sourced.object);
  const rules = [
    ...(Object.keys(spec).length > 0 ? [spec] : []),
    ...asArray(sourced.object.specs).map(asRecord),
  ];
  const view: PolicyView = {
    object: objectRefOf(sourced),
    defaultDeny: { ingress: false, egress: false },
    rules: [],
  };
  const selectors: LabelRequirement[][] = [];
  for (const rule of rules) {
    if (rule.nodeSelector !== undefined && rule.endpointSelector === undefined)
      continue;
    selectors.push(
      stripSource(requirementsFromSelector(rule.endpointSelector)),
    );
    view.defaultDeny.ingress ||= ciliumDefaultDeny(rule, 'ingress');
    view.defaultDeny.egress ||= ciliumDefaultDeny(rule, 'egress');
    for (const section of [
      'ingress',
      'ingressDeny',
      'egress',
      'egressDeny',
    ] as const) {
      asArray(rule[section]).forEach((raw, index) => {
        view.rules.push({
          section,
          index,
          summary: describeRule('cilium', section, asRecord(raw)),
        });
      });
    }
  }
  return { namespace: namespaceOf(sourced.object), selectors, view };
}

function kubernetesFacts(sourced: SourcedObject): PolicyFacts {
  const spec = specOf(sourced.object);
  const declared = asArray(spec.policyTypes).filter(
    (t): t is string => typeof t === 'string',
  );
  // Without policyTypes, Ingress always applies and Egress only when egress rules exist.
  const types =
    declared.length > 0
      ? declared
      : ['Ingress', ...(spec.egress ? ['Egress'] : [])];
  const view: PolicyView = {
    object: objectRefOf(sourced),
    defaultDeny: {
      ingress: types.includes('Ingress'),
      egress: types.includes('Egress'),
    },
    rules: [],
  };
  for (const section of ['ingress', 'egress'] as const) {
    asArray(spec[section]).forEach((raw, index) => {
      view.rules.push({
        section,
        index,
        summary: describeRule('kubernetes', section, asRecord(raw)),
      });
    });
  }
  return {
    namespace: namespaceOf(sourced.object),
    selectors: [requirementsFromSelector(spec.podSelector)],
    view,
  };
}

export function policyFacts(sourced: SourcedObject): PolicyFacts | undefined {
  const { kind } = sourced.object;
  if (!POLICY_KINDS.has(kind)) return undefined;
  return kind === 'NetworkPolicy'
    ? kubernetesFacts(sourced)
    : ciliumFacts(sourced);
}

/** Whether the policy selects the workload's pods (namespace-scoped unless clusterwide). */
export function policySelects(
  policy: PolicyFacts,
  workload: WorkloadFacts,
  namespaceLabels: Record<string, string>,
): boolean {
  if (policy.namespace !== undefined && policy.namespace !== workload.namespace)
    return false;
  const labels: Record<string, string> = {
    ...workload.podLabels,
    [NAMESPACE_KEY]: workload.namespace,
  };
  for (const [k, v] of Object.entries(namespaceLabels))
    labels[NAMESPACE_LABELS_PREFIX + k] = v;
  return policy.selectors.some(requirements =>
    matchesLabelRequirements(requirements, labels),
  );
}

export { POLICY_KINDS };
