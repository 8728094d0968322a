import { compileL7 } from './l7';
import type { NamedPort, PortRule } from './model';
import { MAX_PORT, PortSet } from './ports';
import type { Protocol } from './types';

type Raw = Record<string, unknown>;
type Report = (message: string) => void;

const TRANSPORT = new Set(['TCP', 'UDP', 'SCTP']);

/** A numeric port written as a number or a decimal string; undefined for names. */
function portNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

interface PortAccumulator {
  numeric: PortSet;
  named: NamedPort[];
}

/**
 * One `port`/`endPort`/`protocol` triple. Cilium: "Port can be an L4 port
 * number, or a name"; port 0 or no port means every port; endPort is ignored
 * for named ports. Protocols without transport ports (VRRP, IGMP) never
 * match a TCP/UDP/SCTP flow.
 */
function addPort(
  acc: PortAccumulator,
  raw: Raw,
  defaultProtocol: Protocol | 'ANY',
  report: Report,
): void {
  const protocolText =
    raw.protocol === undefined || raw.protocol === null || raw.protocol === ''
      ? defaultProtocol
      : String(raw.protocol).toUpperCase();
  if (protocolText !== 'ANY' && !TRANSPORT.has(protocolText)) {
    if (protocolText !== 'VRRP' && protocolText !== 'IGMP')
      report(`unsupported protocol ${protocolText}`);
    return;
  }
  const protocol = protocolText as Protocol | 'ANY';
  const port = raw.port;
  if (port === undefined || port === null || port === '') {
    acc.numeric = acc.numeric.union(PortSet.range(protocol, 0, MAX_PORT));
    return;
  }
  const number = portNumber(port);
  if (number === undefined) {
    if (typeof port === 'string') acc.named.push({ protocol, name: port });
    else report(`invalid port ${JSON.stringify(port)}`);
    return;
  }
  if (number > MAX_PORT) {
    report(`invalid port ${number}`);
    return;
  }
  if (number === 0) {
    acc.numeric = acc.numeric.union(PortSet.range(protocol, 0, MAX_PORT));
    return;
  }
  const end = portNumber(raw.endPort);
  acc.numeric = acc.numeric.union(
    PortSet.range(protocol, number, end && end > number ? end : number),
  );
}

/** Cilium `toPorts`. Undefined (no toPorts) means all ports; deny rules carry no L7. */
export function compileCiliumPorts(
  raw: unknown,
  deny: boolean,
  report: Report,
): PortRule[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) {
    report('toPorts is not a list; the rule matches no port');
    return [];
  }
  if (raw.length === 0) return undefined;
  return raw.map(entryRaw => {
    const entry = (
      entryRaw && typeof entryRaw === 'object' ? entryRaw : {}
    ) as Raw;
    const acc: PortAccumulator = { numeric: PortSet.EMPTY, named: [] };
    const ports = Array.isArray(entry.ports) ? (entry.ports as unknown[]) : [];
    if (ports.length === 0) acc.numeric = PortSet.ALL;
    for (const p of ports) addPort(acc, (p ?? {}) as Raw, 'ANY', report);
    const l7 = deny ? { dns: false } : compileL7(entry);
    return { numeric: acc.numeric, named: acc.named, l7: l7.spec, dns: l7.dns };
  });
}

/**
 * Kubernetes NetworkPolicy `ports`: missing or empty matches all ports; the
 * protocol defaults to TCP (NetworkPolicyPort reference).
 */
export function compileKubernetesPorts(
  raw: unknown,
  report: Report,
): PortRule[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const acc: PortAccumulator = { numeric: PortSet.EMPTY, named: [] };
  for (const p of raw) addPort(acc, (p ?? {}) as Raw, 'TCP', report);
  return [{ numeric: acc.numeric, named: acc.named, dns: false }];
}

function describeNamed(named: readonly NamedPort[]): string[] {
  return named.map(
    n =>
      `${n.protocol === 'ANY' ? 'any protocol' : n.protocol} port "${n.name}"`,
  );
}

/** "TCP 8080,50051", "any port", "TCP 80 (L7: HTTP requests matching GET /v1)". */
export function describePortRules(
  rules: readonly PortRule[] | undefined,
): string {
  if (rules === undefined) return 'any port';
  let plain = PortSet.EMPTY;
  const plainNamed: NamedPort[] = [];
  const withL7: string[] = [];
  for (const rule of rules) {
    if (rule.l7) {
      const ports = [
        ...(rule.numeric.isEmpty() ? [] : [rule.numeric.describe()]),
        ...describeNamed(rule.named),
      ].join(', ');
      withL7.push(`${ports} (L7: ${rule.l7.description})`);
    } else {
      plain = plain.union(rule.numeric);
      plainNamed.push(...rule.named);
    }
  }
  const parts = [
    ...(plain.isEmpty() ? [] : [plain.describe()]),
    ...describeNamed(plainNamed),
    ...withL7,
  ];
  return parts.length === 0 ? 'no port' : parts.join('; ');
}
