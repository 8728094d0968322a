import { Bitset } from './bitset';
import { scopePeerRequirements } from './ciliumPeers';
import { compileCiliumRule } from './ciliumRule';
import type {
  CompileContext,
  CompiledPolicy,
  CompiledRule,
  Direction,
  RequirementRule,
} from './model';
import {
  describeRequirements,
  NAMESPACE_KEY,
  parseSelector,
  Requirement,
} from './selectors';
import type { KubernetesPolicyObject, PolicyRef, PolicySection } from './types';

/*
 * CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy (cilium.io/v2), field
 * names from the CRD schemas. Semantics: docs security/policy/intro (default
 * deny per direction, enableDefaultDeny), deny (deny wins), layer3, layer4,
 * layer7 and kubernetes (namespace scoping).
 */

type Raw = Record<string, unknown>;

const SECTIONS: {
  section: PolicySection;
  direction: Direction;
  deny: boolean;
}[] = [
  { section: 'ingress', direction: 'ingress', deny: false },
  { section: 'ingressDeny', direction: 'ingress', deny: true },
  { section: 'egress', direction: 'egress', deny: false },
  { section: 'egressDeny', direction: 'egress', deny: true },
];

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * A CiliumNetworkPolicy's endpointSelector always applies in the policy's own
 * namespace (docs: kubernetes "Namespaces"; utils.go ParseToCiliumRule).
 * Cilium overwrites a `k8s:io.kubernetes.pod.namespace` match label with the
 * policy namespace; other spellings stay and are ANDed, selecting nothing.
 */
function subjectRequirements(
  raw: unknown,
  namespace: string | undefined,
  report: (m: string) => void,
): Requirement[] | undefined {
  const parsed = parseSelector(raw);
  if (parsed.errors.length > 0) {
    report(
      `endpointSelector: ${parsed.errors.join(
        '; ',
      )}; the policy selects nothing here`,
    );
    return undefined;
  }
  if (namespace === undefined) return parsed.requirements;
  const named = parsed.requirements.filter(r => r.key === NAMESPACE_KEY);
  if (
    named.some(
      r =>
        !(
          r.operator === 'In' &&
          r.values.length === 1 &&
          r.values[0] === namespace
        ),
    )
  ) {
    report(
      `endpointSelector names namespace (${describeRequirements(
        named,
      )}), but a CiliumNetworkPolicy's ` +
        `endpointSelector always applies in its own namespace "${namespace}"`,
    );
  }
  const overwritten = new Set(
    parsed.rawMatchLabelKeys.flatMap((k, i) =>
      k === `k8s:${NAMESPACE_KEY}` ? [i] : [],
    ),
  );
  return [
    ...parsed.requirements.filter((_, i) => !overwritten.has(i)),
    { key: NAMESPACE_KEY, operator: 'In', values: [namespace] },
  ];
}

function compileSpec(
  rawSpec: unknown,
  ref: PolicyRef,
  specIndex: number | undefined,
  namespace: string | undefined,
  ctx: CompileContext,
): CompiledPolicy | undefined {
  const where = specIndex === undefined ? '' : `specs[${specIndex}]: `;
  const report = (m: string) => ctx.problem(ref, `${where}${m}`);
  if (!rawSpec || typeof rawSpec !== 'object') {
    report('spec is not an object');
    return undefined;
  }
  const spec = rawSpec as Raw;
  if (spec.endpointSelector === undefined || spec.endpointSelector === null) {
    report(
      spec.nodeSelector !== undefined
        ? 'nodeSelector (host policy) selects nodes, which are not in the estate; ignored'
        : 'has no endpointSelector; ignored',
    );
    return undefined;
  }
  const subjectReqs = subjectRequirements(
    spec.endpointSelector,
    namespace,
    report,
  );
  const subject = subjectReqs
    ? ctx.index.resolve(subjectReqs)
    : Bitset.empty(ctx.index.size);
  const rules: CompiledRule[] = [];
  const requires: Record<Direction, RequirementRule[]> = {
    ingress: [],
    egress: [],
  };
  const present: Record<Direction, boolean> = { ingress: false, egress: false };
  for (const { section, direction, deny } of SECTIONS) {
    const entries = list(spec[section]);
    // "If omitted or empty, this rule does not apply at <direction>" (CRD).
    if (entries.length > 0) present[direction] = true;
    entries.forEach((raw, index) => {
      const rule = compileCiliumRule(
        raw,
        { ref, section, index, specIndex },
        direction,
        deny,
        namespace,
        ctx,
      );
      rules.push(rule);
      const field = direction === 'ingress' ? 'fromRequires' : 'toRequires';
      for (const sel of list((raw as Raw | undefined)?.[field])) {
        const reqs = scopePeerRequirements(sel, namespace, report);
        if (reqs)
          requires[direction].push({
            requirements: reqs,
            ref: rule.ref,
            text: `${field} ${describeRequirements(reqs)}`,
          });
      }
    });
  }
  // enableDefaultDeny defaults to true for each direction that has rules;
  // false means the policy does not switch its pods to default deny (intro).
  const enable = (spec.enableDefaultDeny ?? {}) as Raw;
  return {
    ref,
    subject,
    defaultDeny: {
      ingress: present.ingress && enable.ingress !== false,
      egress: present.egress && enable.egress !== false,
    },
    rules,
    requires,
  };
}

export function compileCiliumPolicy(
  obj: KubernetesPolicyObject,
  ctx: CompileContext,
): CompiledPolicy[] {
  const clusterwide = obj.kind === 'CiliumClusterwideNetworkPolicy';
  const name = String(obj.metadata?.name ?? '(unnamed)');
  let namespace = clusterwide ? undefined : obj.metadata?.namespace;
  const ref: PolicyRef = clusterwide
    ? { kind: obj.kind!, name }
    : { kind: obj.kind!, namespace: namespace ?? 'default', name };
  if (!clusterwide && !namespace) {
    ctx.problem(ref, 'has no metadata.namespace; assuming "default"');
    namespace = 'default';
  }
  const specs: { spec: unknown; specIndex?: number }[] = [];
  if (obj.spec !== undefined && obj.spec !== null)
    specs.push({ spec: obj.spec });
  list(obj.specs).forEach((spec, specIndex) => specs.push({ spec, specIndex }));
  if (specs.length === 0) ctx.problem(ref, 'has neither spec nor specs');
  return specs.flatMap(
    s => compileSpec(s.spec, ref, s.specIndex, namespace, ctx) ?? [],
  );
}
