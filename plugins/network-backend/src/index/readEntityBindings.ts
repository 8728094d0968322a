import type { AuthService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  type EntityBinding,
} from '@localplus/plugin-network-common';

/**
 * The catalog entities that own workloads, read once per index build so that a page view needs
 * no catalog call: the Kubernetes plugin's annotations say which objects are theirs.
 */
export async function readEntityBindings(
  catalog: CatalogService,
  auth: AuthService,
): Promise<EntityBinding[]> {
  const credentials = await auth.getOwnServiceCredentials();
  const bindings: EntityBinding[] = [];
  for (const annotation of [
    KUBERNETES_ID_ANNOTATION,
    KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  ]) {
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
        ],
      },
      { credentials },
    );
    for (const entity of items) {
      const annotations = entity.metadata.annotations ?? {};
      const entityRef = stringifyEntityRef(entity);
      if (!bindings.some(b => b.entityRef === entityRef)) {
        bindings.push({
          entityRef,
          kubernetesId: annotations[KUBERNETES_ID_ANNOTATION],
          namespace: annotations[KUBERNETES_NAMESPACE_ANNOTATION],
          labelSelector: annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION],
        });
      }
    }
  }
  return bindings.sort((a, b) => a.entityRef.localeCompare(b.entityRef));
}
