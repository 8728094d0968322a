import type { L7Spec } from './model';

/*
 * Layer-7 parts of a Cilium `toPorts` entry. Offline we cannot know which
 * requests a workload makes, so a restrictive L7 rule turns an L3/L4 allow
 * into "unknown: decided at L7". Rules that provably allow everything (an
 * empty HTTP rule, DNS matchPattern "*") do not restrict anything: Cilium's
 * layer7 docs say a request is permitted if at least one rule matches and
 * "if no rules are specified, then all traffic is permitted".
 */

type Raw = Record<string, unknown>;

const asList = (value: unknown): Raw[] =>
  Array.isArray(value)
    ? value.map(v => (v && typeof v === 'object' ? (v as Raw) : {}))
    : [];

const nonEmpty = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0);

function describeHttp(rule: Raw): string {
  const parts = [`${rule.method ?? 'any method'} ${rule.path ?? 'any path'}`];
  if (nonEmpty(rule.host)) parts.push(`host ${rule.host}`);
  if (nonEmpty(rule.headers))
    parts.push(`headers ${(rule.headers as unknown[]).join(',')}`);
  const matches = asList(rule.headerMatches).map(m => String(m.name));
  if (matches.length > 0) parts.push(`header matches on ${matches.join(',')}`);
  return parts.join(' ');
}

function describeKafka(rule: Raw): string {
  const fields = ['role', 'apiKey', 'apiVersion', 'clientID', 'topic'].filter(
    f => nonEmpty(rule[f]),
  );
  return fields.length === 0
    ? 'any message'
    : fields.map(f => `${f}=${rule[f]}`).join(' ');
}

/** Undefined when the entry has no L7 part at all. */
export function compileL7(entry: Raw): { spec?: L7Spec; dns: boolean } {
  const rules =
    entry.rules && typeof entry.rules === 'object' ? (entry.rules as Raw) : {};
  const restrictions: string[] = [];
  const allowAll: string[] = [];

  if (Array.isArray(rules.http)) {
    const list = asList(rules.http);
    const constraining = ['method', 'path', 'host', 'headers', 'headerMatches'];
    if (
      list.length === 0 ||
      list.some(r => !constraining.some(f => nonEmpty(r[f])))
    ) {
      allowAll.push('HTTP (every request)');
    } else {
      restrictions.push(
        `HTTP requests matching ${list.map(describeHttp).join(' or ')}`,
      );
    }
  }
  if (Array.isArray(rules.dns)) {
    const list = asList(rules.dns);
    if (list.length === 0 || list.some(r => r.matchPattern === '*')) {
      allowAll.push('DNS (every name, via the DNS proxy)');
    } else {
      const names = list.map(r => String(r.matchName ?? r.matchPattern));
      restrictions.push(`DNS queries for ${names.join(', ')}`);
    }
  }
  if (Array.isArray(rules.kafka)) {
    const list = asList(rules.kafka);
    if (
      list.length === 0 ||
      list.some(r => describeKafka(r) === 'any message')
    ) {
      allowAll.push('Kafka (every message)');
    } else {
      restrictions.push(
        `Kafka requests matching ${list.map(describeKafka).join(' or ')}`,
      );
    }
  }
  if (nonEmpty(rules.l7proto)) {
    restrictions.push(
      `${rules.l7proto} requests matching ${JSON.stringify(rules.l7 ?? [])}`,
    );
  }
  const listener = entry.listener as Raw | undefined;
  if (listener && typeof listener === 'object') {
    const config = (listener.envoyConfig ?? {}) as Raw;
    restrictions.push(
      `traffic redirected to Envoy listener ${config.name ?? '?'}/${
        listener.name ?? '?'
      }`,
    );
  }
  if (Array.isArray(entry.serverNames) && entry.serverNames.length > 0) {
    restrictions.push(
      `TLS connections with SNI ${entry.serverNames.join(', ')}`,
    );
  }

  const dns = Array.isArray(rules.dns);
  if (restrictions.length > 0) {
    return {
      spec: { restrictive: true, description: restrictions.join('; ') },
      dns,
    };
  }
  if (allowAll.length > 0) {
    return {
      spec: { restrictive: false, description: allowAll.join('; ') },
      dns,
    };
  }
  return { dns };
}
