/*
 * DNS and HTTP host names as every system of the chain spells them, reduced to one form so that
 * a Route53 answer, a Cloudflare record, a cloudflared rule and an HTTPRoute compare equal.
 */

// Route53 escapes every character outside [a-z0-9-_.] as a backslash and three octal digits,
// `*` included (`\052`).
const OCTAL_ESCAPE = /\\([0-7]{3})/g;

/**
 * The form every DNS name takes in the suite's model: lower case, no trailing dot, octal
 * escapes (`\052`) decoded, so names from Route53, Cloudflare and manifests compare equal.
 * @public
 */
export function normalizeDnsName(name: string): string {
  return name
    .replace(OCTAL_ESCAPE, (_, octal: string) =>
      String.fromCharCode(parseInt(octal, 8)),
    )
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}

/** True for `*.example.com`. */
export function isWildcardName(name: string): boolean {
  return name.startsWith('*.');
}

/**
 * Whether `pattern` (exact or `*.suffix`) serves `host`. A leading wildcard label matches any
 * depth below the suffix but not the suffix itself: Gateway API listeners, cloudflared rules
 * and Cloudflare Access all agree on that.
 */
export function hostnameMatches(pattern: string, host: string): boolean {
  if (pattern === host) {
    return true;
  }
  if (!isWildcardName(pattern)) {
    return false;
  }
  const suffix = pattern.slice(1); // `.example.com`
  const subject = isWildcardName(host) ? host.slice(1) : host;
  return subject.endsWith(suffix) && subject.length > suffix.length;
}

/** Whether a name lies inside a zone (the apex counts). */
export function isWithinZone(name: string, zone: string): boolean {
  const bare = isWildcardName(name) ? name.slice(2) : name;
  return bare === zone || bare.endsWith(`.${zone}`);
}

/** The most specific zone that holds the name: `a.internal.x.io` is in `internal.x.io`, not `x.io`. */
export function longestZone(
  name: string,
  zones: readonly string[],
): string | undefined {
  let best: string | undefined;
  for (const zone of zones) {
    if (isWithinZone(name, zone) && (!best || zone.length > best.length)) {
      best = zone;
    }
  }
  return best;
}

/**
 * The hostnames a route serves on a listener, per Gateway API: the intersection of the route's
 * hostnames with the listener's, where an absent hostname on either side means "any".
 * Returns `['*']` when both sides accept any host.
 */
export function intersectHostnames(
  routeHostnames: readonly string[],
  listenerHostname: string | undefined,
): string[] {
  if (routeHostnames.length === 0) {
    return [listenerHostname ?? '*'];
  }
  if (!listenerHostname) {
    return [...routeHostnames];
  }
  const result = new Set<string>();
  for (const hostname of routeHostnames) {
    if (hostnameMatches(listenerHostname, hostname)) {
      result.add(hostname);
    } else if (hostnameMatches(hostname, listenerHostname)) {
      result.add(listenerHostname);
    }
  }
  return [...result];
}

/** The cluster DNS name of a Service. */
export function clusterServiceName(name: string, namespace: string): string {
  return `${name}.${namespace}.svc.cluster.local`;
}

/**
 * Reads `<name>.<namespace>.svc[.cluster.local]` back into a Service reference. Bare `<name>` and
 * `<name>.<namespace>` resolve only when the caller knows the namespace list, because
 * `example.com` has the same shape.
 */
export function parseClusterServiceName(
  host: string,
  options: { defaultNamespace?: string; namespaces?: ReadonlySet<string> } = {},
): { name: string; namespace: string } | undefined {
  const labels = normalizeDnsName(host).split('.');
  const svc = labels.indexOf('svc');
  if (
    svc === 2 &&
    (labels.length === 3 || labels.slice(3).join('.') === 'cluster.local')
  ) {
    return { name: labels[0], namespace: labels[1] };
  }
  if (labels.length === 2 && options.namespaces?.has(labels[1])) {
    return { name: labels[0], namespace: labels[1] };
  }
  if (labels.length === 1 && options.defaultNamespace) {
    return { name: labels[0], namespace: options.defaultNamespace };
  }
  return undefined;
}

/** Whether an address is RFC 1918 / RFC 6598 / loopback, i.e. means nothing on the internet. */
export function isPrivateAddress(value: string): boolean {
  const parts = value.split('.').map(Number);
  if (
    parts.length !== 4 ||
    parts.some(p => !Number.isInteger(p) || p < 0 || p > 255)
  ) {
    return /^(fc|fd)[0-9a-f]{2}:/i.test(value) || value === '::1';
  }
  const [a, b] = parts;
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}
