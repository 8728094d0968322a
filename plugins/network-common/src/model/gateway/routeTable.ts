import { hostnameMatches, isWildcardName } from '../names';
import { re2MatchesAll } from '../regex';
import type { ParentAttachment } from './attach';
import { gatewayKey } from './gateways';
import { RouteFacts, RouteMatch, RouteRuleFacts, pathMatches } from './routes';

/** One match of one rule of an attached route, on one hostname of one Gateway. */
export interface RouteTableEntry {
  gateway: string;
  hostname: string;
  route: RouteFacts;
  rule: RouteRuleFacts;
  match: RouteMatch;
}

function pathRank(match: RouteMatch): number {
  switch (match.path.type) {
    case 'Exact':
      return 3;
    case 'PathPrefix':
      return 2;
    default:
      return 1;
  }
}

/**
 * Gateway API's precedence between matches that all accept a request: the most specific
 * hostname, then Exact over the longest PathPrefix, then method, header and query matches,
 * then the oldest route, then `{namespace}/{name}`, then rule order.
 */
export function comparePrecedence(
  a: RouteTableEntry,
  b: RouteTableEntry,
): number {
  const exactA =
    isWildcardName(a.hostname) || a.hostname === '*' ? 0 : a.hostname.length;
  const exactB =
    isWildcardName(b.hostname) || b.hostname === '*' ? 0 : b.hostname.length;
  const order = [
    exactB - exactA,
    b.hostname.length - a.hostname.length,
    pathRank(b.match) - pathRank(a.match),
    b.match.path.value.length - a.match.path.value.length,
    (b.match.method ? 1 : 0) - (a.match.method ? 1 : 0),
    b.match.headers.length - a.match.headers.length,
    b.match.queryParams - a.match.queryParams,
    (a.route.createdAt ?? '').localeCompare(b.route.createdAt ?? ''),
    `${a.route.namespace}/${a.route.name}`.localeCompare(
      `${b.route.namespace}/${b.route.name}`,
    ),
    a.rule.index - b.rule.index,
  ];
  return order.find(n => n !== 0) ?? 0;
}

/**
 * Every route rule of every Gateway, indexed by hostname, so that "which rule serves this host
 * and path" looks at the few rules of that host instead of all routes.
 */
export class RouteTable {
  private readonly exact = new Map<string, RouteTableEntry[]>();
  private readonly wildcard = new Map<string, RouteTableEntry[]>();

  add(route: RouteFacts, attachments: readonly ParentAttachment[]): void {
    for (const attachment of attachments) {
      if (attachment.verdict !== 'ok' || !attachment.gateway) continue;
      const gateway = gatewayKey(
        attachment.gateway.namespace,
        attachment.gateway.name,
      );
      for (const hostname of attachment.effectiveHostnames) {
        const wild = isWildcardName(hostname) || hostname === '*';
        const map = wild ? this.wildcard : this.exact;
        const key = wild ? gateway : `${gateway}|${hostname}`;
        const list = map.get(key) ?? [];
        if (list.length === 0) map.set(key, list);
        for (const rule of route.rules) {
          for (const match of rule.matches) {
            list.push({ gateway, hostname, route, rule, match });
          }
        }
      }
    }
  }

  /** Entries of a Gateway that could serve the host, whatever the path. */
  candidates(gateway: string, host: string): RouteTableEntry[] {
    const wild = (this.wildcard.get(gateway) ?? []).filter(
      e => e.hostname === '*' || hostnameMatches(e.hostname, host),
    );
    return [...(this.exact.get(`${gateway}|${host}`) ?? []), ...wild];
  }

  /** The entries that accept host + path, best first. */
  matching(gateway: string, host: string, path: string): RouteTableEntry[] {
    return this.candidates(gateway, host)
      .filter(e => pathMatches(e.match.path, path, re2MatchesAll))
      .sort(comparePrecedence);
  }

  /** The entry that serves host + path, if any. */
  winner(
    gateway: string,
    host: string,
    path: string,
  ): RouteTableEntry | undefined {
    return this.matching(gateway, host, path)[0];
  }
}
