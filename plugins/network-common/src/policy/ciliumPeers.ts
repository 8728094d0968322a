import { ENTITY_NAMES } from './entities';
import { Ipv4Ranges, parseCidr } from './ip';
import type { CompileContext, PeerSpec } from './model';
import {
  describeRequirements,
  hasKey,
  hasKeyPrefix,
  NAMESPACE_KEY,
  NAMESPACE_LABELS_PREFIX,
  parseSelector,
  Requirement,
} from './selectors';

/*
 * Peers of Cilium rules. Namespace scoping follows
 * pkg/k8s/apis/cilium.io/utils/utils.go getEndpointSelector and the docs
 * (security/policy/kubernetes "Namespaces"): in a CiliumNetworkPolicy a peer
 * selector without io.kubernetes.pod.namespace is limited to the policy's
 * namespace, unless it selects by namespace labels
 * (io.cilium.k8s.namespace.labels.*), which Cilium honours across namespaces
 * since cilium/cilium#30650 (docs corrected in #44922). In a clusterwide
 * policy it matches pods of every namespace.
 */

type Raw = Record<string, unknown>;
type Report = (message: string) => void;

const RESERVED = 'reserved:';

export function describePods(reqs: readonly Requirement[]): string {
  const ns = reqs.filter(r => r.key === NAMESPACE_KEY);
  const others = reqs.filter(r => r.key !== NAMESPACE_KEY);
  const single =
    ns.length === 1 && ns[0].operator === 'In' && ns[0].values.length === 1;
  const scope = single ? `in namespace ${ns[0].values[0]}` : 'in any namespace';
  const rest = single
    ? others
    : reqs.filter(r => !(r.key === NAMESPACE_KEY && r.operator === 'Exists'));
  return `endpoints ${describeRequirements(rest)} ${scope}`;
}

/** `reserved:host` style selectors name entities, not pods. */
function reservedEntities(
  reqs: readonly Requirement[],
  report: Report,
): PeerSpec[] | undefined {
  if (!reqs.some(r => r.key.startsWith(RESERVED))) return undefined;
  const plain = reqs.every(
    r =>
      r.key.startsWith(RESERVED) &&
      (r.operator === 'Exists' || r.operator === 'In'),
  );
  if (!plain || reqs.length !== 1) {
    report(
      'selectors mixing reserved: labels with other requirements are not supported; it matches nothing here',
    );
    return [];
  }
  const entity = reqs[0].key.slice(RESERVED.length);
  if (!ENTITY_NAMES.includes(entity)) {
    report(`unknown reserved label ${reqs[0].key}`);
    return [];
  }
  return [{ kind: 'entity', entity }];
}

/** fromEndpoints / toEndpoints (and requires) selectors, scoped like Cilium does. */
export function scopePeerRequirements(
  raw: unknown,
  namespace: string | undefined,
  report: Report,
): Requirement[] | undefined {
  const parsed = parseSelector(raw);
  if (parsed.errors.length > 0) {
    report(`${parsed.errors.join('; ')}; this selector matches nothing here`);
    return undefined;
  }
  const reqs = parsed.requirements;
  if (hasKey(reqs, NAMESPACE_KEY)) return reqs;
  if (namespace === undefined) {
    // Clusterwide: Cilium adds "namespace label exists", i.e. any pod.
    return [...reqs, { key: NAMESPACE_KEY, operator: 'Exists', values: [] }];
  }
  if (hasKeyPrefix(reqs, NAMESPACE_LABELS_PREFIX)) return reqs;
  return [...reqs, { key: NAMESPACE_KEY, operator: 'In', values: [namespace] }];
}

export function endpointPeers(
  raw: unknown,
  namespace: string | undefined,
  ctx: CompileContext,
  report: Report,
): PeerSpec[] {
  const parsed = parseSelector(raw);
  const reserved = reservedEntities(parsed.requirements, report);
  if (reserved) return reserved;
  const reqs = scopePeerRequirements(raw, namespace, report);
  if (!reqs) return [];
  return [
    {
      kind: 'pods',
      requirements: reqs,
      pods: ctx.index.resolve(reqs),
      text: describePods(reqs),
    },
  ];
}

export function entityPeer(raw: unknown, report: Report): PeerSpec[] {
  const entity = String(raw);
  if (!ENTITY_NAMES.includes(entity)) {
    report(`unknown entity "${entity}"; it matches nothing here`);
    return [];
  }
  return [{ kind: 'entity', entity }];
}

/** fromCIDR/toCIDR strings and fromCIDRSet/toCIDRSet entries (with except). */
export function cidrPeer(raw: unknown, report: Report): PeerSpec[] {
  const entry: Raw =
    typeof raw === 'string' ? { cidr: raw } : ((raw ?? {}) as Raw);
  if (
    entry.cidrGroupRef !== undefined ||
    entry.cidrGroupSelector !== undefined
  ) {
    const what =
      entry.cidrGroupRef !== undefined
        ? `CiliumCIDRGroup ${entry.cidrGroupRef}`
        : `CiliumCIDRGroups matching ${JSON.stringify(
            entry.cidrGroupSelector,
          )}`;
    return [
      {
        kind: 'opaque',
        scope: 'external',
        text: what,
        reason: `${what} is not in the estate, so its CIDRs are unknown`,
      },
    ];
  }
  const parsed =
    typeof entry.cidr === 'string' ? parseCidr(entry.cidr) : undefined;
  if (!parsed) {
    report(`invalid CIDR ${JSON.stringify(entry.cidr ?? raw)}`);
    return [];
  }
  const except = Array.isArray(entry.except) ? entry.except.map(String) : [];
  const text = `CIDR ${entry.cidr}${
    except.length > 0 ? ` except ${except.join(', ')}` : ''
  }`;
  if (parsed.family === 6) {
    return [{ kind: 'cidr', v4: Ipv4Ranges.EMPTY, v6: parsed.text, text }];
  }
  let v4 = Ipv4Ranges.of(parsed.first, parsed.last);
  for (const cut of except) {
    const c = parseCidr(cut);
    if (!c) report(`invalid except CIDR ${JSON.stringify(cut)}`);
    else if (c.family === 4) v4 = v4.subtract(Ipv4Ranges.of(c.first, c.last));
  }
  return [{ kind: 'cidr', v4, text }];
}

export function fqdnPeer(raw: unknown, report: Report): PeerSpec[] {
  const entry = (raw ?? {}) as Raw;
  const pattern = entry.matchName ?? entry.matchPattern;
  if (typeof pattern !== 'string' || pattern === '') {
    report(`invalid toFQDNs entry ${JSON.stringify(raw)}`);
    return [];
  }
  return [{ kind: 'fqdn', pattern: pattern.toLowerCase().replace(/\.$/, '') }];
}
