import { parseEntityRef } from '@backstage/catalog-model';

/**
 * The short name a developer says: `svc-ledger` for `component:default/svc-ledger`, the full
 * ref when kind or namespace add information.
 */
export function shortEntityName(entityRef: string): string {
  try {
    const ref = parseEntityRef(entityRef, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
    const kind = ref.kind.toLocaleLowerCase('en-US');
    if (kind === 'component' && ref.namespace === 'default') {
      return ref.name;
    }
    return ref.namespace === 'default'
      ? `${kind}:${ref.name}`
      : `${kind}:${ref.namespace}/${ref.name}`;
  } catch {
    return entityRef;
  }
}
