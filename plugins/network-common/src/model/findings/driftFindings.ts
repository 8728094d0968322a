import { describeRef } from '../objects';
import type { Relations } from '../relations';
import type { DriftItem, FindingSeverity } from '../view';
import type { World } from '../world';
import type { FindingSet } from './findingSet';

const SEVERITY: Record<
  Exclude<DriftItem['status'], 'in-sync'>,
  FindingSeverity
> = {
  drifted: 'warning',
  'declared-only': 'warning',
  'live-only': 'info',
};

function message(item: DriftItem): string {
  const what = describeRef(item.object);
  switch (item.status) {
    case 'drifted':
      return `${what} differs from GitOps in ${item.differences.join(', ')}`;
    case 'declared-only':
      return `${what} is declared in GitOps but missing from the live state`;
    default:
      return `${what} exists live but is not declared in GitOps`;
  }
}

function add(
  findings: FindingSet,
  key: string,
  item: DriftItem,
  entityRefs: Iterable<string>,
) {
  if (item.status === 'in-sync') return;
  findings.add({
    check: 'drift',
    severity: SEVERITY[item.status],
    subject: [key],
    message: message(item),
    objects: [item.object],
    fixHint:
      item.status === 'live-only'
        ? 'Declare the object in the GitOps repository, or delete it from the cluster.'
        : 'Sync the application in ArgoCD (or find who changed the live object, and commit the change to GitOps).',
    entityRefs,
  });
}

/** Declared vs live, for the objects and records some entity owns. */
export function driftFindings(
  world: World,
  relations: Relations,
  findings: FindingSet,
): void {
  for (const [key, item] of world.estate.objects.drift) {
    const entityRefs = relations.objectEntities.get(key);
    if (entityRefs) add(findings, key, item, entityRefs);
  }
  for (const { fact, item } of world.estate.recordDrift) {
    const entityRefs = relations.recordEntities.get(fact);
    if (entityRefs && entityRefs.size > 0)
      add(findings, `dns:${fact.name}|${fact.type}`, item, entityRefs);
  }
  for (const { fact, item } of world.estate.tunnelDrift) {
    const entityRefs = new Set<string>();
    for (const rule of fact.rules) {
      for (const e of relations.ruleEntities.get(rule) ?? []) entityRefs.add(e);
    }
    add(findings, `tunnel:${fact.tunnelId}`, item, entityRefs);
  }
}
