import type { FindingsQuery } from '../api';
import { EntityResolver, normalizeEntityRef } from './bindings';
import { checkAvailability } from './availability';
import { buildEntityView, ViewContext } from './entityView';
import { collectEstate } from './estate/collectEstate';
import { dnsFindings } from './findings/dnsFindings';
import { driftFindings } from './findings/driftFindings';
import { egressFindings } from './findings/egressFindings';
import { FindingSet } from './findings/findingSet';
import { routeFindings } from './findings/routeFindings';
import { tunnelFindings } from './findings/tunnelFindings';
import { resolveNetworkModelOptions } from './options';
import { workloadEntityMap } from './reach/peers';
import { buildRelations } from './relations';
import type { BuildNetworkIndexInput, NetworkIndex } from './types';
import type { Finding, NetworkView } from './view';
import { buildWorld } from './world';

function matchesQuery(
  finding: Finding,
  query: FindingsQuery,
  refs?: Set<string>,
): boolean {
  if (query.severity?.length && !query.severity.includes(finding.severity))
    return false;
  if (query.check?.length && !query.check.includes(finding.check)) return false;
  return (
    !refs || finding.entityRefs.some(ref => refs.has(normalizeEntityRef(ref)))
  );
}

/**
 * Builds the network index: merges every source, resolves ownership, computes every entity's
 * view (chains, peers, policies) and every finding. Pure; the backend calls it after each refresh.
 * @public
 */
export function buildNetworkIndex(input: BuildNetworkIndexInput): NetworkIndex {
  const builtAt = (input.now ?? new Date()).toISOString();
  const options = resolveNetworkModelOptions(input.options);
  const estate = collectEstate(input.snapshots, options);
  const resolver = new EntityResolver(input.entities);
  const world = buildWorld(estate, options, resolver);
  const relations = buildRelations(world);
  const findings = new FindingSet();

  const ctx: ViewContext = {
    world,
    relations,
    workloadEntities: workloadEntityMap(world, relations),
    findings,
    sources: input.sourceStatus,
    builtAt,
  };
  const views = new Map<string, NetworkView>();
  for (const binding of input.entities) {
    const key = normalizeEntityRef(binding.entityRef);
    if (!views.has(key))
      views.set(key, buildEntityView(ctx, binding.entityRef));
  }

  dnsFindings(world, relations, findings);
  tunnelFindings(world, relations, findings);
  routeFindings(world, relations, findings);
  egressFindings(world, relations, findings);
  driftFindings(world, relations, findings);

  const allFindings = findings.list();
  for (const finding of allFindings) {
    for (const ref of finding.entityRefs)
      views.get(normalizeEntityRef(ref))?.findings.push(finding);
  }
  const problems = [
    ...estate.problems,
    ...world.reach.evaluator.problems.map(p => ({
      message: `${p.policy.kind} ${
        p.policy.namespace ? `${p.policy.namespace}/` : ''
      }${p.policy.name}: ${p.message}`,
    })),
  ];

  return {
    builtAt,
    problems,
    view: entityRef => views.get(normalizeEntityRef(entityRef)),
    findings: (query = {}) => {
      const refs = query.entityRef?.length
        ? new Set(query.entityRef.map(normalizeEntityRef))
        : undefined;
      return allFindings.filter(f => matchesQuery(f, query, refs));
    },
    checkAvailability: request => checkAvailability(world, relations, request),
    entityRefs: () => input.entities.map(e => e.entityRef),
  };
}
