import type { ParentAttachment } from '../gateway/attach';
import { resolveBackend } from '../gateway/backends';
import { gatewayKey } from '../gateway/gateways';
import type { RouteMatch, RouteRuleFacts } from '../gateway/routes';
import type { Hop } from '../view';
import type { AttachedRoute, World } from '../world';
import { hop } from './verdicts';

/** The Gateway: a listener accepts the hostname and lets the route's namespace attach. */
export function gatewayHop(
  attachment: ParentAttachment,
  host: string,
  routeNamespace: string,
  tunnelPort: number | undefined,
): Hop {
  const { parentRef, gateway } = attachment;
  const title = `Gateway ${parentRef.namespace}/${parentRef.name}${
    parentRef.sectionName ? ` ${parentRef.sectionName}` : ''
  }`;
  if (attachment.verdict !== 'ok') {
    return hop(
      'gateway',
      title,
      attachment.verdict,
      attachment.reason,
      gateway?.ref,
    );
  }
  const listeners = attachment.listeners;
  const withPort = listeners.filter(l => l.port !== undefined);
  if (
    tunnelPort &&
    withPort.length > 0 &&
    !withPort.some(l => l.port === tunnelPort)
  ) {
    return hop(
      'gateway',
      title,
      'broken',
      `the tunnel sends to port ${tunnelPort}, but listener ${withPort
        .map(l => `${l.name} listens on ${l.port}`)
        .join(', ')}`,
      gateway?.ref,
    );
  }
  const listener = listeners[0];
  const description = listener
    ? `listener ${listener.name} (${listener.protocol}${
        listener.port ? ` ${listener.port}` : ''
      }${listener.hostname ? `, ${listener.hostname}` : ''}) accepts ${host}`
    : attachment.reason;
  return hop(
    'gateway',
    listener
      ? `${title} ${listener.protocol}:${listener.port ?? ''}`.trim()
      : title,
    'ok',
    `${description} from namespace ${routeNamespace}`,
    gateway?.ref,
  );
}

function matchText(match: RouteMatch): string {
  return `${match.path.type} ${match.path.value}`;
}

export interface RouteHop {
  hop: Hop;
  /** Backends of the rule, in order. */
  backends: ReturnType<typeof resolveBackend>[];
}

/** The HTTPRoute rule: it must be the one the Gateway picks for host + path, with backends that exist. */
export function routeHop(
  world: World,
  route: AttachedRoute,
  attachment: ParentAttachment,
  rule: RouteRuleFacts,
  match: RouteMatch,
  host: string,
  path: string,
): RouteHop {
  const facts = route.facts;
  const backends = rule.backends.map(b =>
    resolveBackend(b, facts.namespace, world.services, world.referenceGrants),
  );
  const targets = rule.backends
    .map(b => `${b.name}:${b.port ?? '?'}`)
    .join(', ');
  const title = `HTTPRoute ${facts.namespace}/${facts.name} ${matchText(
    match,
  )} → ${targets || 'no backend'}`;
  const broken = (reason: string) => ({
    hop: hop('route', title, 'broken', reason, facts.ref),
    backends,
  });

  if (attachment.verdict === 'broken')
    return broken(
      `the Gateway does not accept the route: ${attachment.reason}`,
    );
  const resolvedRefs = attachment.conditions.find(
    c => c.type === 'ResolvedRefs',
  );
  if (resolvedRefs?.status === 'False') {
    return broken(
      `the Gateway could not resolve its backends: ${
        resolvedRefs.reason ?? ''
      } ${resolvedRefs.message ?? ''}`.trim(),
    );
  }
  if (attachment.gateway) {
    const winner = world.routeTable.winner(
      gatewayKey(attachment.gateway.namespace, attachment.gateway.name),
      host,
      path,
    );
    if (winner && (winner.route !== facts || winner.rule !== rule)) {
      return broken(
        `HTTPRoute ${winner.route.namespace}/${winner.route.name} rule ${
          winner.rule.index
        } (${matchText(winner.match)} on ${
          winner.hostname
        }) takes ${host}${path} first`,
      );
    }
  }
  if (rule.backends.length === 0)
    return broken(
      `rule ${rule.index} has no backendRefs: the Gateway answers 500`,
    );
  const missing = backends.find(b => !b.resolved);
  if (missing) return broken(missing.reason);
  const accepted = attachment.conditions.some(
    c => c.type === 'Accepted' && c.status === 'True',
  );
  return {
    backends,
    hop: hop(
      'route',
      title,
      attachment.verdict,
      `rule ${rule.index} matches ${matchText(match)} for ${host}${
        accepted ? '; the live Gateway accepted the route' : ''
      }`,
      facts.ref,
    ),
  };
}
