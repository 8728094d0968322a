import { RE2JS } from 're2js';

/**
 * One cloudflared ingress rule as written in `config.yaml`.
 *
 * @public
 */
export interface TunnelIngressRule {
  hostname?: string;
  /** An unanchored RE2 regular expression on the URL path. */
  path?: string;
  service: string;
  originRequest?: Record<string, unknown>;
}

/** cloudflared's catch-all: no hostname (or `*`) and no path. @public */
export function isCatchAllRule(rule: TunnelIngressRule): boolean {
  return (!rule.hostname || rule.hostname === '*') && !rule.path;
}

/**
 * The tunnel `path` regex for a Gateway path match. cloudflared matches `path` unanchored, so
 * `/api` would also catch `/v1/api`; anchoring keeps the Gateway's element-wise semantics.
 * A prefix of `/` needs no path at all.
 *
 * @public
 */
export function tunnelPathFor(match: {
  type: 'PathPrefix' | 'Exact';
  value: string;
}): string | undefined {
  if (match.type === 'Exact') {
    return `^${RE2JS.quote(match.value)}$`;
  }
  const prefix = match.value.replace(/\/+$/, '');
  return prefix === '' ? undefined : `^${RE2JS.quote(prefix)}(/.*)?$`;
}

/** Whether a rule's hostname pattern takes every request for `hostname` (itself possibly `*.x`). */
function hostnameCovers(
  pattern: string | undefined,
  hostname: string,
): boolean {
  if (!pattern || pattern === '*') {
    return true;
  }
  if (pattern === hostname) {
    return true;
  }
  if (pattern.startsWith('*.')) {
    // `*.x` matches any depth below x, as in cloudflared and the Gateway API
    const suffix = pattern.slice(1);
    const bare = hostname.startsWith('*.') ? hostname.slice(1) : hostname;
    return bare.endsWith(suffix) && bare !== suffix;
  }
  return false;
}

/**
 * Whether `earlier`, placed before `later`, takes every request `later` would: first match wins,
 * so `later` would never be used. Regex paths are only compared for equality; a different regex
 * is assumed not to shadow (the availability check of the index looks deeper).
 *
 * @public
 */
export function shadows(
  earlier: TunnelIngressRule,
  later: TunnelIngressRule,
): boolean {
  if (!hostnameCovers(earlier.hostname, later.hostname ?? '*')) {
    return false;
  }
  return !earlier.path || earlier.path === later.path;
}

/**
 * The rule cloudflared would pick for a request, by its first-match semantics.
 *
 * @returns the 0-based position, or -1 when no rule matches (an invalid list without catch-all)
 * @public
 */
export function findMatchingRule(
  rules: TunnelIngressRule[],
  hostname: string,
  path: string,
): number {
  return rules.findIndex(
    rule =>
      hostnameCovers(rule.hostname, hostname) &&
      (!rule.path || RE2JS.compile(rule.path).test(path)),
  );
}

/** Code-unit order, independent of the machine's locale. */
function compareText(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/**
 * The deterministic order of the rules the suite manages (kept together just before the
 * catch-all): exact hostnames before wildcards, deeper wildcards before shallower ones, then by
 * hostname, then rules with a path before rules without one and longer paths first, so that none
 * of them shadows another. The result does not depend on the order in which concurrent template
 * runs arrived.
 *
 * @public
 */
export function compareManagedRules(
  a: TunnelIngressRule,
  b: TunnelIngressRule,
): number {
  const wildcard = (r: TunnelIngressRule) =>
    r.hostname?.startsWith('*') ? 1 : 0;
  const depth = (r: TunnelIngressRule) => (r.hostname ?? '').split('.').length;
  const pathRank = (r: TunnelIngressRule) => (r.path ? 0 : 1);
  return (
    wildcard(a) - wildcard(b) ||
    (wildcard(a) ? depth(b) - depth(a) : 0) ||
    compareText(a.hostname ?? '', b.hostname ?? '') ||
    pathRank(a) - pathRank(b) ||
    (b.path?.length ?? 0) - (a.path?.length ?? 0) ||
    compareText(a.path ?? '', b.path ?? '')
  );
}
