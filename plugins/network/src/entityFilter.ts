import { KUBERNETES_ID_ANNOTATION } from '@localplus/plugin-network-common';
import type { Entity } from '@backstage/catalog-model';

/**
 * The tab and the card show only for entities the suite can map to workloads: components and
 * resources with a Kubernetes id, the same annotation the Kubernetes plugin keys on. Apps can
 * override it per extension under `app.extensions[].config.filter`.
 */
export const networkEntityFilter = {
  kind: { $in: ['component', 'resource'] },
  [`metadata.annotations.${KUBERNETES_ID_ANNOTATION}`]: { $exists: true },
};

/** The same predicate as a function, for the legacy system's `EntitySwitch`. */
export function isNetworkAvailable(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return (
    (kind === 'component' || kind === 'resource') &&
    Boolean(entity.metadata.annotations?.[KUBERNETES_ID_ANNOTATION])
  );
}
