/*
 * Who owns what, computed once for all entities: objects through labels, tunnel rules through
 * the Service they target or the hostnames routed behind the Gateway, DNS records through their
 * owner marker or the hostnames they answer for.
 */
import type { DnsRecord, SourcedObject, TunnelRule } from './sources';
import type { ServiceFacts, WorkloadFacts } from './estate/workloads';
import {
  hostnameMatches,
  isWildcardName,
  parseClusterServiceName,
} from './names';
import { objectKey } from './objects';
import { resolveTunnelTarget } from './tunnel/targets';
import { isCatchAll } from './tunnel/tunnelTable';
import type { TunnelTable } from './tunnel/tunnelTable';
import type { AttachedRoute, World } from './world';

export interface EntityObjects {
  objects: SourcedObject[];
  routes: AttachedRoute[];
  services: ServiceFacts[];
  workloads: WorkloadFacts[];
  /** Route hostnames ∩ listener hostnames. */
  publicHostnames: Set<string>;
}

export interface Relations {
  byEntity: Map<string, EntityObjects>;
  objectEntities: Map<string, string[]>;
  recordEntities: Map<DnsRecord, Set<string>>;
  ruleEntities: Map<TunnelRule, Set<string>>;
  /** Hostnames served by tunnel rules that target an entity's Service directly. */
  directHostEntities: Map<string, Set<string>>;
  entityRecords: Map<string, Set<DnsRecord>>;
  entityRules: Map<string, { table: TunnelTable; rule: TunnelRule }[]>;
}

function add<K, V>(map: Map<K, Set<V>>, key: K, values: Iterable<V>): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  for (const value of values) set.add(value);
}

function entityObjects(relations: Relations, entityRef: string): EntityObjects {
  let entry = relations.byEntity.get(entityRef);
  if (!entry) {
    entry = {
      objects: [],
      routes: [],
      services: [],
      workloads: [],
      publicHostnames: new Set(),
    };
    relations.byEntity.set(entityRef, entry);
  }
  return entry;
}

export function buildRelations(world: World): Relations {
  const relations: Relations = {
    byEntity: new Map(),
    objectEntities: new Map(),
    recordEntities: new Map(),
    ruleEntities: new Map(),
    directHostEntities: new Map(),
    entityRecords: new Map(),
    entityRules: new Map(),
  };
  const workloadsByKey = new Map(
    world.workloads.map(w => [objectKey(w.sourced.object), w]),
  );
  const servicesByKey = new Map(
    [...world.services.values()].map(s => [objectKey(s.sourced.object), s]),
  );
  const routesByKey = new Map(
    world.routes.map(r => [objectKey(r.facts.sourced.object), r]),
  );

  for (const sourced of world.estate.objects.effective) {
    const key = objectKey(sourced.object);
    const workload = workloadsByKey.get(key);
    const labels = {
      ...(workload?.podLabels ?? {}),
      ...(sourced.object.metadata?.labels ?? {}),
    };
    const entities = world.resolver.entitiesForLabels(
      labels,
      sourced.object.metadata?.namespace,
    );
    if (entities.length === 0) continue;
    relations.objectEntities.set(key, entities);
    for (const entityRef of entities) {
      const entry = entityObjects(relations, entityRef);
      entry.objects.push(sourced);
      if (workload) entry.workloads.push(workload);
      const service = servicesByKey.get(key);
      if (service) entry.services.push(service);
      const route = routesByKey.get(key);
      if (route) {
        entry.routes.push(route);
        for (const a of route.attachments) {
          a.effectiveHostnames
            .filter(h => h !== '*')
            .forEach(h => entry.publicHostnames.add(h));
        }
      }
    }
  }

  const hostEntities = new Map<string, Set<string>>();
  for (const [entityRef, entry] of relations.byEntity) {
    for (const host of entry.publicHostnames)
      add(hostEntities, host, [entityRef]);
  }

  for (const table of world.tunnels) {
    for (const rule of table.rules) {
      if (isCatchAll(rule)) continue;
      const target = resolveTunnelTarget(world, rule);
      const owners = new Set<string>();
      if (target.kind === 'service' && target.service) {
        for (const e of relations.objectEntities.get(
          objectKey(target.service.sourced.object),
        ) ?? [])
          owners.add(e);
        if (rule.hostname && rule.hostname !== '*')
          add(relations.directHostEntities, rule.hostname, owners);
      } else if (target.kind === 'gateway' && rule.hostname) {
        const hosts = isWildcardName(rule.hostname)
          ? [...hostEntities.keys()].filter(h =>
              hostnameMatches(rule.hostname!, h),
            )
          : [rule.hostname];
        for (const host of hosts)
          for (const e of hostEntities.get(host) ?? []) owners.add(e);
      }
      if (owners.size === 0) continue;
      relations.ruleEntities.set(rule, owners);
      for (const e of owners) {
        const list = relations.entityRules.get(e) ?? [];
        if (list.length === 0) relations.entityRules.set(e, list);
        list.push({ table, rule });
      }
    }
  }

  const claim = (record: DnsRecord, entities: Iterable<string>) => {
    add(relations.recordEntities, record, entities);
    for (const e of entities) add(relations.entityRecords, e, [record]);
  };
  for (const record of world.dns.records) {
    claim(record, world.resolver.entitiesForOwner(record.owner));
    if (record.visibility === 'private' && record.type === 'CNAME') {
      for (const value of record.values) {
        const ref = parseClusterServiceName(value);
        const service =
          ref && world.services.get(`${ref.namespace}/${ref.name}`);
        if (service)
          claim(
            record,
            relations.objectEntities.get(objectKey(service.sourced.object)) ??
              [],
          );
      }
    }
  }
  for (const hosts of [hostEntities, relations.directHostEntities]) {
    for (const [host, entities] of hosts) {
      for (const record of world.dns.resolve(host, 'public'))
        claim(record, entities);
    }
  }
  return relations;
}
