import type { FindingSet } from '../findings/findingSet';
import type { ParentAttachment } from '../gateway/attach';
import { representativePath } from '../gateway/routes';
import { describeRef } from '../objects';
import { resolveTunnelTarget } from '../tunnel/targets';
import type { ExposureChain, Hop } from '../view';
import type { AttachedRoute, World } from '../world';
import { publicDnsHop } from './dnsHops';
import { edgeHop } from './edgeHop';
import { gatewayHop, routeHop } from './gatewayHops';
import { policyHop } from './policyHops';
import { serviceHop } from './serviceHops';
import { tunnelHop } from './tunnelHop';
import { chainVerdict } from './verdicts';

const publicGatewaysCache = new WeakMap<World, Set<string>>();

/** Gateways the internet reaches: the configured one and any a tunnel rule sends to. */
export function publicGateways(world: World): Set<string> {
  let set = publicGatewaysCache.get(world);
  if (!set) {
    set = new Set([
      `${world.options.gateway.namespace}/${world.options.gateway.name}`,
    ]);
    for (const table of world.tunnels) {
      for (const rule of table.rules) {
        const target = resolveTunnelTarget(world, rule);
        if (target.kind === 'gateway')
          set.add(`${target.namespace}/${target.name}`);
      }
    }
    publicGatewaysCache.set(world, set);
  }
  return set;
}

function hostsOf(route: AttachedRoute, attachment: ParentAttachment): string[] {
  const hosts =
    attachment.effectiveHostnames.length > 0
      ? attachment.effectiveHostnames
      : route.facts.hostnames;
  return hosts.filter(h => h !== '*');
}

/**
 * Public chains through the Gateway: one per hostname, path match and backend of each route of
 * the entity attached to a Gateway the tunnel reaches.
 */
export function routeChains(
  world: World,
  entityRef: string,
  routes: readonly AttachedRoute[],
  findings: FindingSet,
): ExposureChain[] {
  const chains: ExposureChain[] = [];
  const gateways = publicGateways(world);
  for (const route of routes) {
    for (const attachment of route.attachments) {
      const { parentRef } = attachment;
      if (!gateways.has(`${parentRef.namespace}/${parentRef.name}`)) continue;
      for (const host of hostsOf(route, attachment)) {
        const dns = publicDnsHop(world, host);
        for (const rule of route.facts.rules) {
          const seen = new Set<string>();
          for (const match of rule.matches) {
            const key = `${match.path.type} ${match.path.value}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const path = representativePath(match.path);
            const edge = edgeHop(world, {
              host,
              path:
                match.path.type === 'RegularExpression'
                  ? undefined
                  : match.path.value,
            });
            const tunnel = tunnelHop(world, host, path, dns.tunnelId, {
              kind: 'gateway',
              namespace: parentRef.namespace,
              name: parentRef.name,
            });
            const tunnelPort =
              tunnel.target?.kind === 'gateway'
                ? tunnel.target.port
                : undefined;
            const front: Hop[] = [
              dns.hop,
              edge.hop,
              tunnel.hop,
              gatewayHop(attachment, host, route.facts.namespace, tunnelPort),
            ];
            const routed = routeHop(
              world,
              route,
              attachment,
              rule,
              match,
              host,
              path,
            );
            if (edge.unguarded && edge.hop.verdict !== 'ok') {
              findings.add({
                check: 'admin-path-without-access',
                severity: edge.hop.verdict === 'broken' ? 'error' : 'warning',
                subject: [host, match.path.value],
                message: `${host}${match.path.value} (HTTPRoute ${route.facts.namespace}/${route.facts.name}) is public without a Cloudflare Access application`,
                objects: [route.facts.ref],
                fixHint: `Create a Cloudflare Access application for ${host}${edge.unguarded} (or remove the path from the public route).`,
                entityRefs: [entityRef],
              });
            }
            const backends =
              rule.backends.length > 0 ? rule.backends : [undefined];
            backends.forEach((backend, i) => {
              const hops = [...front, routed.hop];
              if (backend) {
                const resolution = routed.backends[i];
                const service = serviceHop(
                  world,
                  backend,
                  resolution.service,
                  backend.port,
                );
                const policy = policyHop(
                  world,
                  { kind: 'gateway' },
                  service.workloads,
                  service.port,
                );
                hops.push(service.hop, policy.hop);
                if (policy.hop.verdict === 'broken') {
                  findings.add({
                    check: 'gateway-blocked-by-policy',
                    severity: 'error',
                    subject: [
                      `${backend.namespace}/${backend.name}:${
                        backend.port ?? ''
                      }`,
                    ],
                    message: `the Gateway routes ${host}${match.path.value} to Service ${backend.namespace}/${backend.name}, but the pods' policies drop traffic from the Gateway's identity (entity ingress)`,
                    objects: [route.facts.ref, ...policy.blockedBy],
                    fixHint: `Allow \`fromEntities: [ingress]\` on port ${
                      service.port?.targetPort ?? backend.port
                    } in ${
                      policy.blockedBy.map(describeRef).join(', ') ||
                      'the policy selecting the pods'
                    }; "from the platform namespace" does not match the Gateway's Envoy.`,
                    entityRefs: [entityRef],
                  });
                }
              }
              chains.push({
                entry: {
                  kind: 'public-hostname',
                  name: host,
                  path: match.path.value,
                },
                verdict: chainVerdict(hops),
                hops,
              });
            });
          }
        }
      }
    }
  }
  return chains;
}
