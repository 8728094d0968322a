/*
 * One line per policy rule for the tab's policy list, e.g.
 * `allow from entity ingress on TCP 8080,50051`.
 */
import { asArray, asRecord, asString } from '../objects';

type Section = 'ingress' | 'ingressDeny' | 'egress' | 'egressDeny';

function selectorText(raw: unknown): string {
  const selector = asRecord(raw);
  const labels = Object.entries(asRecord(selector.matchLabels)).map(
    ([k, v]) => `${k.replace(/^(k8s|any):/, '')}=${String(v)}`,
  );
  const expressions = asArray(selector.matchExpressions).map(e => {
    const { key, operator, values } = asRecord(e);
    return `${String(key)} ${String(operator)}${
      Array.isArray(values) ? ` (${values.join(',')})` : ''
    }`;
  });
  const all = [...labels, ...expressions];
  return all.length === 0
    ? 'all pods of the namespace'
    : `pods {${all.join(', ')}}`;
}

function portsText(raw: unknown): string {
  const groups = new Map<string, string[]>();
  const extras = new Set<string>();
  for (const entry of asArray(raw)) {
    const portRule = asRecord(entry);
    const ports =
      portRule.ports === undefined ? [portRule] : asArray(portRule.ports);
    for (const p of ports) {
      const port = asRecord(p);
      const protocol = asString(port.protocol) ?? 'TCP';
      const number = port.port === undefined ? 'any' : String(port.port);
      const range =
        port.endPort === undefined
          ? number
          : `${number}-${String(port.endPort)}`;
      groups.set(protocol, [...(groups.get(protocol) ?? []), range]);
    }
    const l7 = asRecord(portRule.rules);
    if (l7.http) extras.add('L7 HTTP rules');
    if (l7.dns) extras.add('DNS proxy');
    if (l7.kafka) extras.add('L7 Kafka rules');
  }
  if (groups.size === 0) return 'any port';
  const text = [...groups]
    .map(([protocol, ports]) => `${protocol} ${ports.join(',')}`)
    .join(' and ');
  return extras.size > 0 ? `${text} (${[...extras].join(', ')})` : text;
}

function ciliumPeers(
  rule: Record<string, unknown>,
  direction: 'from' | 'to',
): string[] {
  const peers: string[] = [];
  for (const e of asArray(rule[`${direction}Entities`]))
    peers.push(`entity ${String(e)}`);
  for (const s of asArray(rule[`${direction}Endpoints`]))
    peers.push(selectorText(s));
  for (const c of asArray(rule[`${direction}CIDR`]))
    peers.push(`CIDR ${String(c)}`);
  for (const c of asArray(rule[`${direction}CIDRSet`])) {
    const set = asRecord(c);
    const except = asArray(set.except);
    peers.push(
      `CIDR ${String(set.cidr ?? set.cidrGroupRef ?? 'group')}${
        except.length ? ` except ${except.join(',')}` : ''
      }`,
    );
  }
  for (const f of asArray(rule.toFQDNs)) {
    const fqdn = asRecord(f);
    peers.push(`FQDN ${String(fqdn.matchName ?? fqdn.matchPattern)}`);
  }
  for (const s of asArray(rule.toServices)) {
    const k8s = asRecord(asRecord(s).k8sService);
    peers.push(
      `Service ${String(k8s.namespace ?? '')}/${String(k8s.serviceName ?? '')}`,
    );
  }
  if (rule[`${direction}Nodes`] !== undefined) peers.push('nodes');
  if (rule[`${direction}Groups`] !== undefined) peers.push('cloud groups');
  return peers;
}

function kubernetesPeers(
  rule: Record<string, unknown>,
  direction: 'from' | 'to',
): string[] {
  return asArray(rule[direction]).map(p => {
    const peer = asRecord(p);
    if (peer.ipBlock) {
      const block = asRecord(peer.ipBlock);
      const except = asArray(block.except);
      return `CIDR ${String(block.cidr)}${
        except.length ? ` except ${except.join(',')}` : ''
      }`;
    }
    const pods =
      peer.podSelector !== undefined
        ? selectorText(peer.podSelector)
        : undefined;
    if (peer.namespaceSelector === undefined) return pods ?? 'any peer';
    const namespaces = selectorText(peer.namespaceSelector).replace(
      /^pods|^all pods of the namespace$/,
      m => (m === 'pods' ? 'namespaces' : 'all namespaces'),
    );
    return pods ? `${pods} in ${namespaces}` : `all pods in ${namespaces}`;
  });
}

export function describeRule(
  flavor: 'cilium' | 'kubernetes',
  section: Section,
  rule: Record<string, unknown>,
): string {
  const ingress = section.startsWith('ingress');
  const direction = ingress ? 'from' : 'to';
  const verb = section.endsWith('Deny') ? 'deny' : 'allow';
  const peers =
    flavor === 'cilium'
      ? ciliumPeers(rule, direction)
      : kubernetesPeers(rule, direction);
  const ports = portsText(flavor === 'cilium' ? rule.toPorts : rule.ports);
  const who = peers.length > 0 ? peers.join(' or ') : 'any peer';
  return `${verb} ${direction} ${who} on ${ports}`;
}
