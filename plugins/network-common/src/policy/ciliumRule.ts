import { Bitset } from './bitset';
import { cidrPeer, endpointPeers, entityPeer, fqdnPeer } from './ciliumPeers';
import { entityIncludes, POD_ATOM } from './entities';
import type {
  CompileContext,
  CompiledRule,
  Direction,
  PeerSpec,
} from './model';
import { compileCiliumPorts } from './portRules';
import { groupPeer, nodePeer, servicePeer } from './runtimePeers';
import { ruleSummary } from './summary';
import type { PolicyRef, PolicySection } from './types';

/*
 * One rule of a Cilium policy section (CRD IngressRule, IngressDenyRule,
 * EgressRule, EgressDenyRule): its peers (ORed), its ports, and whether it
 * needs runtime checks (mutual authentication).
 */

type Raw = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export interface RulePosition {
  ref: PolicyRef;
  section: PolicySection;
  index: number;
  specIndex?: number;
}

function compilePeers(
  rule: Raw,
  direction: Direction,
  deny: boolean,
  namespace: string | undefined,
  ctx: CompileContext,
  report: (m: string) => void,
) {
  const peers: PeerSpec[] = [];
  let hasPeerField = false;
  const each = (field: string, compile: (raw: unknown) => PeerSpec[]) => {
    const values = list(rule[field]);
    if (values.length > 0) hasPeerField = true;
    for (const v of values) peers.push(...compile(v));
  };
  const prefix = direction === 'ingress' ? 'from' : 'to';
  each(`${prefix}Endpoints`, v => endpointPeers(v, namespace, ctx, report));
  each(`${prefix}CIDR`, v => cidrPeer(v, report));
  each(`${prefix}CIDRSet`, v => cidrPeer(v, report));
  each(`${prefix}Entities`, v => entityPeer(v, report));
  each(`${prefix}Groups`, v => groupPeer(v));
  each(`${prefix}Nodes`, v => nodePeer(v));
  if (direction === 'egress') {
    // EgressDenyRule has no toFQDNs (CRD; docs: deny "does not support toFQDNs").
    // kubectl's strict field validation rejects such a policy, so it denies nothing.
    if (deny && list(rule.toFQDNs).length > 0) {
      report(
        'toFQDNs is not a field of egressDeny; this rule denies nothing here',
      );
      hasPeerField = true;
    } else each('toFQDNs', v => fqdnPeer(v, report));
    each('toServices', v => servicePeer(v, namespace, ctx));
  }
  return { peers, hasPeerField };
}

export function compileCiliumRule(
  raw: unknown,
  where: RulePosition,
  direction: Direction,
  deny: boolean,
  namespace: string | undefined,
  ctx: CompileContext,
): CompiledRule {
  const report = (m: string) =>
    ctx.problem(
      where.ref,
      `${where.specIndex === undefined ? '' : `specs[${where.specIndex}] `}${
        where.section
      }[${where.index}]: ${m}`,
    );
  const rule = (raw && typeof raw === 'object' ? raw : {}) as Raw;
  const { peers: written, hasPeerField } = compilePeers(
    rule,
    direction,
    deny,
    namespace,
    ctx,
    report,
  );
  const portRules = compileCiliumPorts(rule.toPorts, deny, report);
  const icmps = list(rule.icmps).length > 0;
  const icmpOnly = icmps && portRules === undefined;
  // A rule with no L3 field but with ports allows those ports from/to every
  // peer (docs: layer4 "to any layer 3 destination"); `{}` allows nothing
  // (docs: layer3 "Ingress/Egress Default Deny" uses `egress: [{}]`).
  let peers: PeerSpec[] = written;
  if (!hasPeerField)
    peers = portRules !== undefined || icmps ? [{ kind: 'any' }] : [];
  const size = ctx.index.size;
  let podPeers = Bitset.empty(size);
  for (const p of peers) {
    if (p.kind === 'pods' || p.kind === 'service')
      podPeers = podPeers.or(p.pods);
    if (
      p.kind === 'any' ||
      (p.kind === 'entity' && entityIncludes(p.entity, POD_ATOM))
    )
      podPeers = ctx.index.all();
    if (p.kind === 'opaque' && p.scope === 'unknown')
      podPeers = ctx.index.all();
  }
  const auth = rule.authentication as Raw | undefined;
  const authentication =
    !deny &&
    auth &&
    typeof auth === 'object' &&
    auth.mode !== undefined &&
    auth.mode !== 'disabled'
      ? `requires mutual authentication (authentication.mode=${auth.mode}), which is decided at runtime`
      : undefined;
  return {
    ref: {
      policy: where.ref,
      section: where.section,
      index: where.index,
      ...(where.specIndex === undefined ? {} : { specIndex: where.specIndex }),
      summary: ruleSummary(direction, deny, peers, portRules, icmpOnly),
    },
    direction,
    deny,
    peers,
    podPeers,
    portRules,
    icmpOnly,
    authentication,
  };
}
