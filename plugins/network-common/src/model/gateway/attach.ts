import { intersectHostnames } from '../names';
import type { HopVerdict, RouteView } from '../view';
import {
  GatewayFacts,
  ListenerFacts,
  gatewayKey,
  listenerAdmits,
} from './gateways';
import type { ParentRef, RouteFacts } from './routes';

/** How one parentRef of a route attaches to its Gateway. */
export interface ParentAttachment {
  parentRef: ParentRef;
  gateway?: GatewayFacts;
  listeners: ListenerFacts[];
  /** Route hostnames ∩ listener hostnames, over the listeners it attaches to. */
  effectiveHostnames: string[];
  verdict: HopVerdict;
  reason: string;
  conditions: RouteView['conditions'];
}

export interface AttachContext {
  gateways: ReadonlyMap<string, GatewayFacts>;
  /** Labels per namespace, with `kubernetes.io/metadata.name` filled in. */
  namespaceLabels: ReadonlyMap<string, Record<string, string>>;
}

function sameParent(a: ParentRef, b: ParentRef): boolean {
  return (
    a.name === b.name &&
    a.namespace === b.namespace &&
    a.kind === b.kind &&
    (a.sectionName ?? '') === (b.sectionName ?? '')
  );
}

function computed(
  route: RouteFacts,
  parentRef: ParentRef,
  ctx: AttachContext,
): ParentAttachment {
  const base = {
    parentRef,
    listeners: [],
    effectiveHostnames: [],
    conditions: [],
  };
  const where = `${parentRef.namespace}/${parentRef.name}`;
  if (parentRef.kind !== 'Gateway') {
    return {
      ...base,
      verdict: 'unknown',
      reason: `parent ${parentRef.kind} ${where} is not a Gateway`,
    };
  }
  const gateway = ctx.gateways.get(
    gatewayKey(parentRef.namespace, parentRef.name),
  );
  if (!gateway) {
    return {
      ...base,
      verdict: 'broken',
      reason: `Gateway ${where} is in no source`,
    };
  }
  let candidates = gateway.listeners;
  if (parentRef.sectionName) {
    candidates = candidates.filter(l => l.name === parentRef.sectionName);
    if (candidates.length === 0) {
      return {
        ...base,
        gateway,
        verdict: 'broken',
        reason: `Gateway ${where} has no listener named ${parentRef.sectionName}`,
      };
    }
  }
  if (parentRef.port) {
    candidates = candidates.filter(l => l.port === parentRef.port);
  }
  const listeners: ListenerFacts[] = [];
  const hostnames = new Set<string>();
  const refusals: { verdict: HopVerdict; reason: string }[] = [];
  for (const listener of candidates) {
    const admits = listenerAdmits(
      listener,
      gateway,
      route.namespace,
      ctx.namespaceLabels.get(route.namespace),
    );
    if (admits.verdict !== 'ok') {
      refusals.push(admits);
      continue;
    }
    const effective = intersectHostnames(route.hostnames, listener.hostname);
    if (effective.length === 0) {
      refusals.push({
        verdict: 'broken',
        reason: `none of the route's hostnames (${route.hostnames.join(
          ', ',
        )}) matches listener ${listener.name} (${listener.hostname})`,
      });
      continue;
    }
    listeners.push(listener);
    effective.forEach(h => hostnames.add(h));
  }
  if (listeners.length > 0) {
    const names = listeners.map(
      l => `${l.name}${l.hostname ? ` (${l.hostname})` : ''}`,
    );
    return {
      ...base,
      gateway,
      listeners,
      effectiveHostnames: [...hostnames],
      verdict: 'ok',
      reason: `attached to Gateway ${where} listener ${names.join(', ')}`,
    };
  }
  const refusal = refusals.find(r => r.verdict === 'unknown') ?? refusals[0];
  return {
    ...base,
    gateway,
    verdict: refusal?.verdict ?? 'broken',
    reason:
      refusal?.reason ??
      `Gateway ${where} has no listener on port ${parentRef.port}`,
  };
}

/**
 * Attaches each parentRef of a route. The Gateway controller's own verdict
 * (`status.parents[].conditions`, from a live source) overrides the offline computation.
 */
export function attachRoute(
  route: RouteFacts,
  ctx: AttachContext,
): ParentAttachment[] {
  return route.parentRefs.map(parentRef => {
    const attachment = computed(route, parentRef, ctx);
    const status = route.status.find(s => sameParent(s.parentRef, parentRef));
    if (!status) return attachment;
    attachment.conditions = status.conditions;
    const accepted = status.conditions.find(c => c.type === 'Accepted');
    if (accepted?.status === 'False') {
      attachment.verdict = 'broken';
      attachment.reason = `the Gateway did not accept the route: ${
        accepted.reason ?? 'Accepted=False'
      }${accepted.message ? ` (${accepted.message})` : ''}`;
    } else if (accepted?.status === 'True' && attachment.verdict !== 'ok') {
      attachment.verdict = 'ok';
      attachment.reason =
        'the Gateway accepted the route (Accepted=True in the live status)';
    }
    return attachment;
  });
}
