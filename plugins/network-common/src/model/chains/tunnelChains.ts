import { tunnelIdOfRecord } from '../dns/dnsIndex';
import type { FindingSet } from '../findings/findingSet';
import { gatewayKey } from '../gateway/gateways';
import { describeRef } from '../objects';
import type { DnsRecord, TunnelRule } from '../sources';
import { resolveTunnelTarget } from '../tunnel/targets';
import { TunnelTable, literalPathOf } from '../tunnel/tunnelTable';
import type { ExposureChain, Hop } from '../view';
import type { World } from '../world';
import { publicDnsHop } from './dnsHops';
import { edgeHop } from './edgeHop';
import { policyHop } from './policyHops';
import { serviceHop } from './serviceHops';
import { tunnelHop } from './tunnelHop';
import { chainVerdict, hop } from './verdicts';

/** A request path the rule certainly matches: its literal path, else `/`. */
function samplePath(rule: TunnelRule): string {
  return (rule.path && literalPathOf(rule.path)?.path) || '/';
}

/**
 * Public chains of tunnel rules that skip the Gateway and target one of the entity's Services:
 * the pods then see the cloudflared pods' identity.
 */
export function directChains(
  world: World,
  entityRef: string,
  rules: readonly { table: TunnelTable; rule: TunnelRule }[],
  findings: FindingSet,
): ExposureChain[] {
  const chains: ExposureChain[] = [];
  for (const { rule } of rules) {
    const target = resolveTunnelTarget(world, rule);
    if (target.kind !== 'service' || !rule.hostname || rule.hostname === '*')
      continue;
    const host = rule.hostname;
    const path = samplePath(rule);
    const dns = publicDnsHop(world, host);
    const edge = edgeHop(world, { host, pathRegex: rule.path });
    const tunnel = tunnelHop(world, host, path, dns.tunnelId, {
      kind: 'service',
      namespace: target.namespace,
      name: target.name,
    });
    const service = serviceHop(world, target, target.service, target.port);
    const policy = policyHop(
      world,
      { kind: 'cloudflared' },
      service.workloads,
      service.port,
    );
    const hops = [dns.hop, edge.hop, tunnel.hop, service.hop, policy.hop];
    if (policy.hop.verdict === 'broken') {
      findings.add({
        check: 'cloudflared-blocked-by-policy',
        severity: 'error',
        subject: [`${target.namespace}/${target.name}:${target.port ?? ''}`],
        message: `tunnel rule #${rule.position} sends ${host} straight to Service ${target.namespace}/${target.name}, but the pods' policies drop traffic from the cloudflared pods`,
        objects: [
          ...(tunnel.hop.object ? [tunnel.hop.object] : []),
          ...policy.blockedBy,
        ],
        fixHint: `Allow \`fromEndpoints\` with the cloudflared pods' labels and namespace on port ${
          service.port?.targetPort ?? target.port
        } in ${
          policy.blockedBy.map(describeRef).join(', ') ||
          'the policy selecting the pods'
        }.`,
        entityRefs: [entityRef],
      });
    }
    if (edge.unguarded && edge.hop.verdict !== 'ok') {
      findings.add({
        check: 'admin-path-without-access',
        severity: edge.hop.verdict === 'broken' ? 'error' : 'warning',
        subject: [host, rule.path ?? ''],
        message: `${host} ${rule.path ?? ''} (tunnel rule #${
          rule.position
        }) is public without a Cloudflare Access application`,
        objects: tunnel.hop.object ? [tunnel.hop.object] : [],
        fixHint: `Create a Cloudflare Access application for ${host}${edge.unguarded}.`,
        entityRefs: [entityRef],
      });
    }
    chains.push({
      entry: rule.path
        ? { kind: 'public-hostname', name: host, path: rule.path }
        : { kind: 'public-hostname', name: host },
      verdict: chainVerdict(hops),
      hops,
    });
  }
  return chains;
}

/**
 * Public names the entity owns in DNS that none of its routes or direct rules serve: the chain
 * shows how far a request for them gets (often: to cloudflared's catch-all).
 */
export function recordChains(
  world: World,
  records: readonly DnsRecord[],
  coveredHosts: ReadonlySet<string>,
): ExposureChain[] {
  const chains: ExposureChain[] = [];
  for (const record of records) {
    if (
      record.visibility !== 'public' ||
      coveredHosts.has(record.name) ||
      !tunnelIdOfRecord(record)
    )
      continue;
    const host = record.name;
    const dns = publicDnsHop(world, host);
    const hops: Hop[] = [dns.hop, edgeHop(world, { host }).hop];
    const tunnel = tunnelHop(world, host, '/', dns.tunnelId, { kind: 'any' });
    hops.push(tunnel.hop);
    const target = tunnel.target;
    if (tunnel.hop.verdict === 'ok' && target?.kind === 'gateway') {
      const served =
        world.routeTable.candidates(
          gatewayKey(target.namespace, target.name),
          host,
        ).length > 0;
      hops.push(
        served
          ? hop(
              'gateway',
              `Gateway ${target.namespace}/${target.name}`,
              'ok',
              `routes attached to the Gateway serve ${host}`,
              target.gateway?.ref,
            )
          : hop(
              'gateway',
              `Gateway ${target.namespace}/${target.name}`,
              'broken',
              `no HTTPRoute attached to Gateway ${target.namespace}/${target.name} serves ${host}: it answers 404`,
              target.gateway?.ref,
            ),
      );
    } else if (tunnel.hop.verdict === 'ok' && target?.kind === 'service') {
      hops.push(serviceHop(world, target, target.service, target.port).hop);
    }
    chains.push({
      entry: { kind: 'public-hostname', name: host },
      verdict: chainVerdict(hops),
      hops,
    });
  }
  return chains;
}
