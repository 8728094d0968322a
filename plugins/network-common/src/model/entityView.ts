import { accessApplicationsOnHost } from './access';
import { isPrivateName, privateChains } from './chains/privateChains';
import { routeChains } from './chains/routeChains';
import { directChains, recordChains } from './chains/tunnelChains';
import { tunnelRuleRef } from './dns/recordRef';
import { serviceView } from './estate/workloads';
import type { FindingSet } from './findings/findingSet';
import { clusterServiceName } from './names';
import { objectKey } from './objects';
import { peersOf } from './reach/peers';
import type { EntityObjects, Relations } from './relations';
import { routeView } from './routeView';
import type { AccessApplication, SourceStatus } from './sources';
import { resolveTunnelTarget } from './tunnel/targets';
import type {
  DriftItem,
  NetworkView,
  PolicyView,
  TunnelRuleView,
} from './view';
import { World, policiesSelecting } from './world';

const EMPTY: EntityObjects = {
  objects: [],
  routes: [],
  services: [],
  workloads: [],
  publicHostnames: new Set(),
};

export interface ViewContext {
  world: World;
  relations: Relations;
  workloadEntities: ReadonlyMap<string, string[]>;
  findings: FindingSet;
  sources: SourceStatus[];
  builtAt: string;
}

function tunnelRuleViews(
  ctx: ViewContext,
  entityRef: string,
): TunnelRuleView[] {
  return (ctx.relations.entityRules.get(entityRef) ?? []).map(
    ({ table, rule }) => {
      const shadow = table.shadowedBy(rule);
      const view: TunnelRuleView = {
        object: tunnelRuleRef(table.tunnel, rule),
        tunnelId: table.tunnel.tunnelId,
        position: rule.position,
        service: rule.service,
        wins: !shadow,
      };
      if (rule.hostname) view.hostname = rule.hostname;
      if (rule.path) view.path = rule.path;
      if (shadow) view.shadowedBy = shadow.position;
      return view;
    },
  );
}

function driftOf(
  ctx: ViewContext,
  entity: EntityObjects,
  entityRef: string,
): DriftItem[] {
  const items: DriftItem[] = [];
  for (const sourced of entity.objects) {
    const item = ctx.world.estate.objects.drift.get(objectKey(sourced.object));
    if (item) items.push(item);
  }
  for (const { fact, item } of ctx.world.estate.recordDrift) {
    if (ctx.relations.recordEntities.get(fact)?.has(entityRef))
      items.push(item);
  }
  return items;
}

/** The Network tab of one entity, computed once per build. */
export function buildEntityView(
  ctx: ViewContext,
  entityRef: string,
): NetworkView {
  const { world, relations } = ctx;
  const entity = relations.byEntity.get(entityRef) ?? EMPTY;
  const records = [...(relations.entityRecords.get(entityRef) ?? [])];
  const rules = relations.entityRules.get(entityRef) ?? [];
  const directRules = rules.filter(
    r => resolveTunnelTarget(world, r.rule).kind === 'service',
  );

  const chains = routeChains(world, entityRef, entity.routes, ctx.findings);
  chains.push(...directChains(world, entityRef, directRules, ctx.findings));
  const covered = new Set(chains.map(c => c.entry.name));
  const owned = records.filter(r =>
    world.resolver.entitiesForOwner(r.owner).includes(entityRef),
  );
  chains.push(...recordChains(world, owned, covered));
  chains.push(...privateChains(world, records));

  const publicNames = new Set<string>(entity.publicHostnames);
  for (const { rule } of directRules)
    if (rule.hostname && rule.hostname !== '*') publicNames.add(rule.hostname);
  for (const r of owned)
    if (r.visibility === 'public' && !isPrivateName(world, r))
      publicNames.add(r.name);

  const policies = new Map<string, PolicyView>();
  const openTo = { world: false, cluster: false };
  for (const workload of entity.workloads) {
    for (const p of policiesSelecting(world, workload)) {
      const { kind, namespace, name } = p.view.object;
      policies.set(`${kind}/${namespace ?? ''}/${name}`, p.view);
    }
    const open = world.reach.openTo({
      namespace: workload.namespace,
      name: workload.name,
    });
    openTo.world ||= open.world;
    openTo.cluster ||= open.cluster;
  }

  const apps = new Set<AccessApplication>();
  for (const host of publicNames)
    accessApplicationsOnHost(world.accessApplications, host).forEach(a =>
      apps.add(a),
    );

  const publicOk = chains.some(
    c => c.entry.kind === 'public-hostname' && c.verdict === 'ok',
  );
  const privateReach = chains.some(
    c => c.entry.kind === 'private-name' && c.verdict !== 'broken',
  );
  let exposure: NetworkView['exposure'] = 'none';
  if (publicOk) exposure = 'public';
  else if (privateReach) exposure = 'internal';

  return {
    entityRef,
    exposure,
    names: {
      public: [...publicNames].sort(),
      private: records
        .filter(r => isPrivateName(world, r))
        .map(r => r.name)
        .sort(),
      cluster: entity.services
        .map(s => clusterServiceName(s.name, s.namespace))
        .sort(),
    },
    chains,
    routes: entity.routes.map(r => routeView(world, r)),
    services: entity.services.map(serviceView),
    policies: [...policies.values()],
    ...peersOf(world, relations, ctx.workloadEntities, entity.workloads),
    openTo,
    tunnelRules: tunnelRuleViews(ctx, entityRef),
    dnsRecords: records,
    accessApplications: [...apps],
    findings: [],
    drift: driftOf(ctx, entity, entityRef),
    sources: ctx.sources,
    builtAt: ctx.builtAt,
  };
}
