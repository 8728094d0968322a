import { InputError } from '@backstage/errors';

/** A catalog entity reference, split. */
export interface EntityName {
  kind: string;
  namespace: string;
  name: string;
}

/**
 * Parses `kind:namespace/name` with the catalog's defaults (`component`, `default`) for the
 * parts a template left out. @backstage/catalog-model is not a dependency of this module, so the
 * few lines live here.
 */
export function parseEntityRef(ref: string, what = 'entity'): EntityName {
  const match = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(ref.trim());
  if (!match) {
    throw new InputError(
      `The ${what} "${ref}" is not an entity reference; write it as kind:namespace/name, e.g. component:default/svc-ledger.`,
    );
  }
  const [, kind = 'component', namespace = 'default', name] = match;
  return {
    kind: kind.toLowerCase(),
    namespace: namespace.toLowerCase(),
    name,
  };
}

/** The canonical string form, as stamped in owner annotations. */
export function stringifyEntityRef(entity: EntityName): string {
  return `${entity.kind}:${entity.namespace}/${entity.name}`;
}

/** Parses and re-stringifies, so `svc-x` and `component:default/svc-x` mean the same owner. */
export function normaliseEntityRef(ref: string, what = 'entity'): string {
  return stringifyEntityRef(parseEntityRef(ref, what));
}
