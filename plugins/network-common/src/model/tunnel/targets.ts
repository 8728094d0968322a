import type { ServiceFacts } from '../estate/workloads';
import { GatewayFacts, gatewayKey } from '../gateway/gateways';
import type { TunnelRule } from '../sources';
import type { World } from '../world';
import { TunnelTarget, parseTunnelService } from './tunnelTable';

/** What a tunnel rule's `service` means in this estate. */
export type ResolvedTunnelTarget =
  | {
      kind: 'gateway';
      namespace: string;
      name: string;
      gateway?: GatewayFacts;
      port?: number;
    }
  | {
      kind: 'service';
      namespace: string;
      name: string;
      service?: ServiceFacts;
      port?: number;
    }
  | { kind: 'status'; status: number }
  | { kind: 'external'; text: string };

/** Cilium names the Service of Gateway `<name>` `cilium-gateway-<name>` and labels it so. */
const CILIUM_GATEWAY_PREFIX = 'cilium-gateway-';
const OWNING_GATEWAY_LABEL = 'io.cilium.gateway/owning-gateway';

const cache = new WeakMap<World, Map<string, ResolvedTunnelTarget>>();

function defaultNamespace(world: World): string | undefined {
  return (
    world.cloudflared[0]?.namespace ?? world.options.tunnel.configMap.namespace
  );
}

function parse(world: World, service: string): TunnelTarget {
  return parseTunnelService(service, {
    defaultNamespace: defaultNamespace(world),
    namespaces: world.namespaceNames,
  });
}

function resolve(world: World, text: string): ResolvedTunnelTarget {
  const target = parse(world, text);
  if (target.kind === 'http-status')
    return { kind: 'status', status: target.status };
  if (target.kind === 'other' || !target.service) {
    const configured = world.options.tunnel.defaultService;
    if (target.kind === 'url' && configured) {
      const gatewayTarget = parse(world, configured);
      if (gatewayTarget.kind === 'url' && gatewayTarget.host === target.host) {
        const { namespace, name } = world.options.gateway;
        return {
          kind: 'gateway',
          namespace,
          name,
          gateway: world.gateways.get(gatewayKey(namespace, name)),
          port: target.port,
        };
      }
    }
    return { kind: 'external', text };
  }
  const { namespace, name } = target.service;
  const service = world.services.get(`${namespace}/${name}`);
  const owning = service?.labels[OWNING_GATEWAY_LABEL];
  const gatewayName =
    owning ??
    (name.startsWith(CILIUM_GATEWAY_PREFIX)
      ? name.slice(CILIUM_GATEWAY_PREFIX.length)
      : undefined);
  const gateway = gatewayName
    ? world.gateways.get(gatewayKey(namespace, gatewayName))
    : undefined;
  const configuredHost = world.options.tunnel.defaultService
    ? parse(world, world.options.tunnel.defaultService)
    : undefined;
  const isConfigured =
    configuredHost?.kind === 'url' && configuredHost.host === target.host;
  if (gateway || (gatewayName && !service) || isConfigured) {
    const gw = isConfigured && !gateway ? world.options.gateway : undefined;
    return {
      kind: 'gateway',
      namespace: gw?.namespace ?? namespace,
      name: gw?.name ?? gatewayName ?? name,
      gateway:
        gateway ??
        (gw
          ? world.gateways.get(gatewayKey(gw.namespace, gw.name))
          : undefined),
      port: target.port,
    };
  }
  return { kind: 'service', namespace, name, service, port: target.port };
}

/** The Gateway or Service a rule sends traffic to (memoised per build: rules repeat per view). */
export function resolveTunnelTarget(
  world: World,
  rule: TunnelRule,
): ResolvedTunnelTarget {
  let perWorld = cache.get(world);
  if (!perWorld) {
    perWorld = new Map();
    cache.set(world, perWorld);
  }
  let resolved = perWorld.get(rule.service);
  if (!resolved) {
    resolved = resolve(world, rule.service);
    perWorld.set(rule.service, resolved);
  }
  return resolved;
}

export function describeTarget(target: ResolvedTunnelTarget): string {
  switch (target.kind) {
    case 'gateway':
      return `Gateway ${target.namespace}/${target.name}`;
    case 'service':
      return `Service ${target.namespace}/${target.name}${
        target.port ? `:${target.port}` : ''
      }`;
    case 'status':
      return `http_status:${target.status}`;
    default:
      return target.text;
  }
}
