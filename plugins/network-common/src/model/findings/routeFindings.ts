import { resolveBackend } from '../gateway/backends';
import { objectKey } from '../objects';
import type { Relations } from '../relations';
import type { World } from '../world';
import type { FindingSet } from './findingSet';

/** Routes the Gateway does not take, and route backends that do not exist. */
export function routeFindings(
  world: World,
  relations: Relations,
  findings: FindingSet,
): void {
  for (const route of world.routes) {
    const { facts } = route;
    const where = `${facts.namespace}/${facts.name}`;
    const entityRefs =
      relations.objectEntities.get(objectKey(facts.sourced.object)) ?? [];
    for (const attachment of route.attachments) {
      if (attachment.verdict !== 'broken') continue;
      const parent = `${attachment.parentRef.namespace}/${
        attachment.parentRef.name
      }${
        attachment.parentRef.sectionName
          ? `/${attachment.parentRef.sectionName}`
          : ''
      }`;
      findings.add({
        check: 'route-not-accepted',
        severity: 'error',
        subject: [where, parent],
        message: `HTTPRoute ${where} does not attach to Gateway ${parent}: ${attachment.reason}`,
        objects: [
          facts.ref,
          ...(attachment.gateway ? [attachment.gateway.ref] : []),
        ],
        fixHint:
          'Point parentRefs at an existing Gateway listener whose hostname covers the route hostnames and whose allowedRoutes admit the route namespace.',
        entityRefs,
      });
    }
    for (const rule of facts.rules) {
      for (const backend of rule.backends) {
        const resolution = resolveBackend(
          backend,
          facts.namespace,
          world.services,
          world.referenceGrants,
        );
        if (resolution.resolved) continue;
        findings.add({
          check: 'route-backend-missing',
          severity: 'error',
          subject: [
            where,
            String(rule.index),
            `${backend.namespace}/${backend.name}:${backend.port ?? ''}`,
          ],
          message: `HTTPRoute ${where} rule ${rule.index}: ${resolution.reason}`,
          objects: [
            facts.ref,
            ...(resolution.service ? [resolution.service.ref] : []),
          ],
          fixHint: `Create Service ${backend.namespace}/${
            backend.name
          } with port ${backend.port ?? '(a port)'}, or fix the backendRef.`,
          entityRefs,
        });
      }
    }
  }
}
