/*
 * The estate, indexed for the questions the chain asks: which Service, which workloads, which
 * Gateway, which route rule wins, which tunnel rule matches, which record answers. Built once per
 * index build; every per-entity step reads these maps instead of scanning all objects.
 */
import type { EntityResolver } from './bindings';
import { DnsIndex } from './dns/dnsIndex';
import type { Estate } from './estate/collectEstate';
import {
  ServiceFacts,
  WorkloadFacts,
  serviceFacts,
  workloadFacts,
} from './estate/workloads';
import { ParentAttachment, attachRoute } from './gateway/attach';
import { GatewayFacts, gatewayFacts, gatewayKey } from './gateway/gateways';
import { RouteTable } from './gateway/routeTable';
import { RouteFacts, routeFacts } from './gateway/routes';
import { matchesLabels } from './labelSelector';
import { labelsOf, nameOf } from './objects';
import type { ResolvedNetworkModelOptions } from './options';
import type { AccessApplication, SourcedObject } from './sources';
import { TunnelTable } from './tunnel/tunnelTable';
import { PolicyFacts, policyFacts, policySelects } from './reach/policyFacts';
import { Reachability } from './reach/reachability';

export interface AttachedRoute {
  facts: RouteFacts;
  attachments: ParentAttachment[];
}

export interface World {
  options: ResolvedNetworkModelOptions;
  estate: Estate;
  resolver: EntityResolver;
  namespaceLabels: Map<string, Record<string, string>>;
  namespaceNames: Set<string>;
  services: Map<string, ServiceFacts>;
  workloads: WorkloadFacts[];
  workloadsByNamespace: Map<string, WorkloadFacts[]>;
  gateways: Map<string, GatewayFacts>;
  routes: AttachedRoute[];
  routeTable: RouteTable;
  referenceGrants: SourcedObject[];
  tunnels: TunnelTable[];
  dns: DnsIndex;
  accessApplications: AccessApplication[];
  accessKnown: boolean;
  cloudflared: WorkloadFacts[];
  policies: PolicyFacts[];
  /** Namespaced policies by namespace; clusterwide ones under the empty string. */
  policiesByNamespace: Map<string, PolicyFacts[]>;
  /** `Kind/namespace/name` → policy, to name the object behind an evaluator verdict. */
  policiesByName: Map<string, PolicyFacts>;
  reach: Reachability;
}

export const policyName = (
  kind: string,
  namespace: string | undefined,
  name: string,
) => `${kind}/${namespace ?? ''}/${name}`;

const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildWorld(
  estate: Estate,
  options: ResolvedNetworkModelOptions,
  resolver: EntityResolver,
): World {
  const namespaceLabels = new Map<string, Record<string, string>>();
  const services = new Map<string, ServiceFacts>();
  const workloads: WorkloadFacts[] = [];
  const workloadsByNamespace = new Map<string, WorkloadFacts[]>();
  const gateways = new Map<string, GatewayFacts>();
  const routeFactsList: RouteFacts[] = [];
  const referenceGrants: SourcedObject[] = [];
  const policies: PolicyFacts[] = [];

  for (const sourced of estate.objects.effective) {
    const { object } = sourced;
    switch (object.kind) {
      case 'Namespace':
        namespaceLabels.set(nameOf(object), {
          [NAMESPACE_NAME_LABEL]: nameOf(object),
          ...labelsOf(object),
        });
        break;
      case 'Service': {
        const service = serviceFacts(sourced);
        if (service)
          services.set(`${service.namespace}/${service.name}`, service);
        break;
      }
      case 'Gateway': {
        const gateway = gatewayFacts(sourced);
        if (gateway)
          gateways.set(gatewayKey(gateway.namespace, gateway.name), gateway);
        break;
      }
      case 'HTTPRoute': {
        const route = routeFacts(sourced);
        if (route) routeFactsList.push(route);
        break;
      }
      case 'ReferenceGrant':
        referenceGrants.push(sourced);
        break;
      default: {
        const policy = policyFacts(sourced);
        if (policy) policies.push(policy);
        const workload = workloadFacts(sourced);
        if (workload) {
          workloads.push(workload);
          push(workloadsByNamespace, workload.namespace, workload);
        }
      }
    }
  }

  const namespaceNames = new Set<string>(namespaceLabels.keys());
  for (const w of workloads) namespaceNames.add(w.namespace);
  for (const s of services.values()) namespaceNames.add(s.namespace);
  for (const ns of namespaceNames) {
    if (!namespaceLabels.has(ns)) {
      // Without the Namespace object only its name label is certain.
      namespaceLabels.set(ns, { [NAMESPACE_NAME_LABEL]: ns });
    }
  }

  const routeTable = new RouteTable();
  const routes = routeFactsList.map(facts => {
    const attachments = attachRoute(facts, { gateways, namespaceLabels });
    routeTable.add(facts, attachments);
    return { facts, attachments };
  });

  return {
    options,
    estate,
    resolver,
    namespaceLabels,
    namespaceNames,
    services,
    workloads,
    workloadsByNamespace,
    gateways,
    routes,
    routeTable,
    referenceGrants,
    tunnels: estate.tunnels.map(t => new TunnelTable(t)),
    dns: new DnsIndex(estate.records),
    accessApplications: estate.accessApplications,
    accessKnown: estate.accessKnown,
    cloudflared: workloads.filter(w =>
      matchesLabels(options.cloudflaredSelector, w.podLabels),
    ),
    policies,
    policiesByNamespace: policies.reduce((map, p) => {
      push(map, p.namespace ?? '', p);
      return map;
    }, new Map<string, PolicyFacts[]>()),
    policiesByName: new Map(
      policies.map(p => [
        policyName(p.view.object.kind, p.namespace, p.view.object.name),
        p,
      ]),
    ),
    reach: new Reachability(estate.objects.effective.map(o => o.object)),
  };
}

/** The workloads whose pods a Service sends traffic to. A Service without selector has none. */
export function workloadsOfService(
  world: World,
  service: ServiceFacts,
): WorkloadFacts[] {
  if (Object.keys(service.selector).length === 0) return [];
  return (world.workloadsByNamespace.get(service.namespace) ?? []).filter(w =>
    matchesLabels(service.selector, w.podLabels),
  );
}

/** The policies that select a workload's pods. */
export function policiesSelecting(
  world: World,
  workload: WorkloadFacts,
): PolicyFacts[] {
  const labels = world.namespaceLabels.get(workload.namespace) ?? {};
  return [
    ...(world.policiesByNamespace.get(workload.namespace) ?? []),
    ...(world.policiesByNamespace.get('') ?? []),
  ].filter(p => policySelects(p, workload, labels));
}

/**
 * The tunnel for a record's tunnel id, else the configured one, else the only one: a DNS-less
 * hostname still needs a tunnel to look up.
 */
export function tunnelFor(
  world: World,
  tunnelId: string | undefined,
): TunnelTable | undefined {
  const byId = (id: string | undefined) =>
    id ? world.tunnels.find(t => t.tunnel.tunnelId === id) : undefined;
  if (tunnelId) {
    // cloudflared's `tunnel:` may hold the tunnel's name; DNS always names the UUID.
    const named = world.tunnels.filter(t => !UUID.test(t.tunnel.tunnelId));
    return (
      byId(tunnelId) ??
      (world.tunnels.length === 1 && named.length === 1 ? named[0] : undefined)
    );
  }
  return (
    byId(world.options.tunnel.id) ??
    (world.tunnels.length === 1 ? world.tunnels[0] : undefined)
  );
}
