import { Bitset } from './bitset';
import { cidrPeer, describePods } from './ciliumPeers';
import type {
  CompileContext,
  CompiledPolicy,
  CompiledRule,
  Direction,
  PeerSpec,
} from './model';
import { compileKubernetesPorts } from './portRules';
import {
  describeRequirements,
  NAMESPACE_KEY,
  NAMESPACE_LABELS_PREFIX,
  parseSelector,
  Requirement,
} from './selectors';
import { ruleSummary } from './summary';
import type { KubernetesPolicyObject, PolicyRef } from './types';

/*
 * Kubernetes NetworkPolicy (networking.k8s.io/v1), as Cilium enforces it.
 * Docs: kubernetes.io "Network Policies" (isolation per direction,
 * policyTypes defaults, from/to selectors, namespaceSelector AND podSelector
 * in one entry) and the NetworkPolicyPort / NetworkPolicyIngressRule API
 * reference (missing from/ports match everything, protocol defaults to TCP).
 * It has no deny rules; Cilium combines its allows with Cilium policies.
 */

type Raw = Record<string, unknown>;

function peerFromEntry(
  raw: unknown,
  namespace: string,
  ctx: CompileContext,
  report: (m: string) => void,
): PeerSpec[] {
  const entry = (raw && typeof raw === 'object' ? raw : {}) as Raw;
  const hasPods = entry.podSelector !== undefined && entry.podSelector !== null;
  const hasNamespaces =
    entry.namespaceSelector !== undefined && entry.namespaceSelector !== null;
  if (entry.ipBlock !== undefined) {
    if (hasPods || hasNamespaces)
      report(
        'ipBlock cannot be combined with selectors in one peer; using the ipBlock only',
      );
    return cidrPeer(entry.ipBlock, report);
  }
  if (!hasPods && !hasNamespaces) {
    report(
      'empty peer (no podSelector, namespaceSelector or ipBlock); it matches nothing here',
    );
    return [];
  }
  const reqs: Requirement[] = [];
  let scope = `in namespace ${namespace}`;
  if (hasNamespaces) {
    const ns = parseSelector(entry.namespaceSelector);
    if (ns.errors.length > 0) {
      report(
        `namespaceSelector: ${ns.errors.join(
          '; ',
        )}; this peer matches nothing here`,
      );
      return [];
    }
    // Cilium matches namespace labels through the pod's
    // io.cilium.k8s.namespace.labels.<key> labels.
    reqs.push(
      ...ns.requirements.map(r => ({
        ...r,
        key: NAMESPACE_LABELS_PREFIX + r.key,
      })),
    );
    scope =
      ns.requirements.length === 0
        ? 'in any namespace'
        : `in namespaces matching ${describeRequirements(ns.requirements)}`;
  } else {
    // A podSelector alone selects pods in the policy's own namespace.
    reqs.push({ key: NAMESPACE_KEY, operator: 'In', values: [namespace] });
  }
  if (hasPods) {
    const pods = parseSelector(entry.podSelector);
    if (pods.errors.length > 0) {
      report(
        `podSelector: ${pods.errors.join(
          '; ',
        )}; this peer matches nothing here`,
      );
      return [];
    }
    reqs.push(...pods.requirements);
  }
  const podPart = hasPods
    ? describeRequirements(parseSelector(entry.podSelector).requirements)
    : '{}';
  const text = hasNamespaces ? `pods ${podPart} ${scope}` : describePods(reqs);
  return [
    { kind: 'pods', requirements: reqs, pods: ctx.index.resolve(reqs), text },
  ];
}

function compileRule(
  raw: unknown,
  direction: Direction,
  index: number,
  ref: PolicyRef,
  namespace: string,
  ctx: CompileContext,
): CompiledRule {
  const report = (m: string) =>
    ctx.problem(ref, `${direction}[${index}]: ${m}`);
  const rule = (raw && typeof raw === 'object' ? raw : {}) as Raw;
  const entries = rule[direction === 'ingress' ? 'from' : 'to'];
  // "If this field is empty or missing, this rule matches all sources/destinations."
  const peers: PeerSpec[] =
    Array.isArray(entries) && entries.length > 0
      ? entries.flatMap(e => peerFromEntry(e, namespace, ctx, report))
      : [{ kind: 'any' }];
  const portRules = compileKubernetesPorts(rule.ports, report);
  let podPeers = Bitset.empty(ctx.index.size);
  for (const p of peers) {
    if (p.kind === 'any') podPeers = ctx.index.all();
    else if (p.kind === 'pods') podPeers = podPeers.or(p.pods);
  }
  return {
    ref: {
      policy: ref,
      section: direction,
      index,
      summary: ruleSummary(direction, false, peers, portRules, false),
    },
    direction,
    deny: false,
    peers,
    podPeers,
    portRules,
    icmpOnly: false,
  };
}

export function compileKubernetesPolicy(
  obj: KubernetesPolicyObject,
  ctx: CompileContext,
): CompiledPolicy[] {
  const name = String(obj.metadata?.name ?? '(unnamed)');
  const namespace = obj.metadata?.namespace ?? 'default';
  const ref: PolicyRef = { kind: 'NetworkPolicy', namespace, name };
  if (!obj.metadata?.namespace)
    ctx.problem(ref, 'has no metadata.namespace; assuming "default"');
  if (!obj.spec || typeof obj.spec !== 'object') {
    ctx.problem(ref, 'spec is not an object; ignored');
    return [];
  }
  const spec = obj.spec as Raw;
  const subjectSelector = parseSelector(spec.podSelector);
  if (subjectSelector.errors.length > 0) {
    ctx.problem(
      ref,
      `podSelector: ${subjectSelector.errors.join(
        '; ',
      )}; the policy selects nothing here`,
    );
  }
  const subjectReqs: Requirement[] = [
    ...subjectSelector.requirements,
    { key: NAMESPACE_KEY, operator: 'In', values: [namespace] },
  ];
  const subject =
    subjectSelector.errors.length > 0
      ? Bitset.empty(ctx.index.size)
      : ctx.index.resolve(subjectReqs);
  const ingress = Array.isArray(spec.ingress) ? spec.ingress : [];
  const egress = Array.isArray(spec.egress) ? spec.egress : [];
  // "If no policyTypes are specified ... Ingress will always be set and
  // Egress will be set if the NetworkPolicy has any egress rules."
  const types = Array.isArray(spec.policyTypes)
    ? new Set(spec.policyTypes.map(String))
    : new Set(['Ingress', ...(egress.length > 0 ? ['Egress'] : [])]);
  const rules: CompiledRule[] = [];
  const sections: [Direction, string, unknown[]][] = [
    ['ingress', 'Ingress', ingress],
    ['egress', 'Egress', egress],
  ];
  for (const [direction, type, entries] of sections) {
    if (!types.has(type)) {
      if (entries.length > 0)
        ctx.problem(
          ref,
          `${direction} rules are ignored: policyTypes does not list ${type}`,
        );
      continue;
    }
    entries.forEach((raw, index) =>
      rules.push(compileRule(raw, direction, index, ref, namespace, ctx)),
    );
  }
  return [
    {
      ref,
      subject,
      defaultDeny: {
        ingress: types.has('Ingress'),
        egress: types.has('Egress'),
      },
      rules,
      requires: { ingress: [], egress: [] },
    },
  ];
}
