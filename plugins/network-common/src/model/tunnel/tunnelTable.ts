import {
  hostnameMatches,
  isWildcardName,
  parseClusterServiceName,
} from '../names';
import { re2Finds } from '../regex';
import type { TunnelConfiguration, TunnelRule } from '../sources';

/** Where a cloudflared rule sends traffic. */
export type TunnelTarget =
  | { kind: 'http-status'; status: number }
  | {
      kind: 'url';
      scheme: string;
      host: string;
      port?: number;
      /** The Service behind the URL, when the host is a cluster DNS name. */
      service?: { namespace: string; name: string };
    }
  | { kind: 'other'; text: string };

const DEFAULT_PORTS: Record<string, number> = {
  http: 80,
  ws: 80,
  https: 443,
  wss: 443,
};

export function parseTunnelService(
  service: string,
  options: { defaultNamespace?: string; namespaces?: ReadonlySet<string> } = {},
): TunnelTarget {
  const status = /^http_status:(\d{3})$/.exec(service.trim());
  if (status) return { kind: 'http-status', status: Number(status[1]) };
  let url: URL;
  try {
    url = new URL(service);
  } catch {
    return { kind: 'other', text: service };
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!url.hostname) return { kind: 'other', text: service };
  const port = url.port ? Number(url.port) : DEFAULT_PORTS[scheme];
  const target: TunnelTarget = {
    kind: 'url',
    scheme,
    host: url.hostname,
    port,
  };
  const ref = parseClusterServiceName(url.hostname, options);
  if (ref) target.service = ref;
  return target;
}

/** cloudflared's catch-all: any host (absent, "" or "*") and no path. */
export function isCatchAll(rule: TunnelRule): boolean {
  return (!rule.hostname || rule.hostname === '*') && !rule.path;
}

function hostCovers(rule: TunnelRule, host: string): boolean {
  return (
    !rule.hostname ||
    rule.hostname === '*' ||
    hostnameMatches(rule.hostname, host)
  );
}

/** A regex that is a plain path (`^/admin`, `/api/?$`, `^/v1(/.*)?$`), as text; else undefined. */
export function literalPathOf(
  pattern: string,
): { path: string; anchoredEnd: boolean } | undefined {
  let body = pattern.startsWith('^') ? pattern.slice(1) : pattern;
  let anchoredEnd = false;
  for (const suffix of ['(/.*)?$', '(/.*)?', '/?$', '$']) {
    if (body.endsWith(suffix)) {
      body = body.slice(0, -suffix.length);
      anchoredEnd = suffix.endsWith('$');
      break;
    }
  }
  let text = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '\\' && /[./\-_~]/.test(body[i + 1] ?? '')) {
      text += body[++i];
    } else if (/[A-Za-z0-9/_~%-]/.test(char)) {
      text += char;
    } else {
      return undefined;
    }
  }
  return { path: text, anchoredEnd };
}

/** Request paths a rule certainly matches, to test whether an earlier rule takes them all. */
function samplePaths(rule: TunnelRule): string[] {
  if (!rule.path) return ['/', '/index.html', '/a/b'];
  const literal = literalPathOf(rule.path);
  if (!literal || !re2Finds(rule.path, literal.path)) return [];
  return literal.anchoredEnd
    ? [literal.path]
    : [literal.path, `${literal.path}/x`];
}

/** The rules of one tunnel, indexed so that first-match lookups stay cheap with thousands of rules. */
export class TunnelTable {
  readonly rules: TunnelRule[];
  readonly catchAll?: TunnelRule;
  private readonly byHost = new Map<string, TunnelRule[]>();
  /** Wildcard-host rules and any-host rules with a path: they may match every host. */
  private readonly broad: TunnelRule[] = [];

  constructor(readonly tunnel: TunnelConfiguration) {
    this.rules = [...tunnel.rules].sort((a, b) => a.position - b.position);
    for (const rule of this.rules) {
      if (isCatchAll(rule)) {
        this.catchAll ??= rule;
        this.broad.push(rule);
      } else if (
        !rule.hostname ||
        rule.hostname === '*' ||
        isWildcardName(rule.hostname)
      ) {
        this.broad.push(rule);
      } else {
        const list = this.byHost.get(rule.hostname) ?? [];
        if (list.length === 0) this.byHost.set(rule.hostname, list);
        list.push(rule);
      }
    }
  }

  /** Rules that may match the host, in order (the catch-all included). */
  candidates(host: string): TunnelRule[] {
    const exact = this.byHost.get(host) ?? [];
    const broad = this.broad.filter(r => hostCovers(r, host));
    return [...exact, ...broad].sort((a, b) => a.position - b.position);
  }

  /** The rule cloudflared picks for a request: the first whose host and path regex match. */
  firstMatch(host: string, path: string): TunnelRule | undefined {
    return this.candidates(host).find(r => !r.path || re2Finds(r.path, path));
  }

  /** Whether any rule but the catch-all serves the host (for some path). */
  servesHost(host: string): boolean {
    return this.candidates(host).some(r => !isCatchAll(r));
  }

  /**
   * An earlier rule that takes every request this rule would get. Paths are regexes, so this
   * decides only for plain paths; for other regexes it reports identical patterns only.
   */
  shadowedBy(rule: TunnelRule): TunnelRule | undefined {
    if (isCatchAll(rule)) return undefined;
    const anyHost = !rule.hostname || rule.hostname === '*';
    // A rule for every host is only shadowed by earlier rules for every host.
    const earlier = (
      anyHost ? this.broad : this.candidates(rule.hostname!)
    ).filter(
      r =>
        r.position < rule.position &&
        (!anyHost || !r.hostname || r.hostname === '*'),
    );
    const samples = samplePaths(rule);
    return earlier.find(r => {
      if (!r.path || r.path === rule.path) return true;
      return samples.length > 0 && samples.every(p => re2Finds(r.path!, p));
    });
  }
}
