import type { CompileContext, PeerSpec } from './model';
import {
  describeRequirements,
  NAMESPACE_KEY,
  parseSelector,
  Requirement,
} from './selectors';

/*
 * Peers of Cilium rules that are resolved at runtime: Services (toServices),
 * cloud provider groups (toGroups) and node selectors (fromNodes/toNodes).
 * They become "opaque" or "service" peers whose matches are unknown, with
 * the reason.
 */

type Raw = Record<string, unknown>;

/**
 * toServices. Since Cilium 1.17 (cilium/cilium#34208, docs #37089) a Service
 * with a selector stands for its backend pods; before, only Services without
 * a selector were honoured. Either way the exact result depends on the
 * Cilium version, so matches are reported as unknown with the reason.
 */
export function servicePeer(
  raw: unknown,
  namespace: string | undefined,
  ctx: CompileContext,
): PeerSpec[] {
  const entry = (raw ?? {}) as Raw;
  const byName = entry.k8sService as Raw | undefined;
  if (byName && typeof byName === 'object') {
    const ns = String(byName.namespace ?? namespace ?? 'default');
    const name = String(byName.serviceName ?? '');
    const text = `service ${ns}/${name}`;
    const svc = ctx.services.find(s => s.namespace === ns && s.name === name);
    if (!svc) {
      return [
        {
          kind: 'opaque',
          scope: 'unknown',
          text,
          reason: `toServices names ${text}, which is not in the estate`,
        },
      ];
    }
    const selector = svc.selector ?? {};
    if (Object.keys(selector).length === 0) {
      const reason = `${text} has no selector: Cilium allows the IPs of its Endpoints, which are only known at runtime`;
      return [{ kind: 'opaque', scope: 'external', text, reason }];
    }
    const reqs: Requirement[] = [
      ...Object.entries(selector).map(([k, v]) => ({
        key: k,
        operator: 'In' as const,
        values: [v],
      })),
      { key: NAMESPACE_KEY, operator: 'In', values: [ns] },
    ];
    const reason =
      `toServices ${text}: Cilium 1.17+ uses the Service's selector (${describeRequirements(
        reqs,
      )}) ` +
      'as an endpoint selector; older versions only honour Services without a selector';
    return [{ kind: 'service', pods: ctx.index.resolve(reqs), text, reason }];
  }
  const bySelector = entry.k8sServiceSelector as Raw | undefined;
  const ns = bySelector?.namespace ?? namespace ?? 'any namespace';
  const text = `services matching ${JSON.stringify(
    (bySelector ?? {}).selector ?? {},
  )} in ${ns}`;
  return [
    {
      kind: 'opaque',
      scope: 'unknown',
      text,
      reason: `toServices selects ${text}; Service labels are not in the estate`,
    },
  ];
}

export function groupPeer(raw: unknown): PeerSpec[] {
  const text = `cloud groups ${JSON.stringify(raw)}`;
  return [
    {
      kind: 'opaque',
      scope: 'external',
      text,
      reason: `${text} are resolved to addresses by the cloud provider at runtime`,
    },
  ];
}

export function nodePeer(raw: unknown): PeerSpec[] {
  const parsed = parseSelector(raw);
  const text = `nodes matching ${describeRequirements(parsed.requirements)}`;
  return [
    {
      kind: 'opaque',
      scope: 'nodes',
      text,
      reason: `${text}: node labels are not in the estate`,
    },
  ];
}
