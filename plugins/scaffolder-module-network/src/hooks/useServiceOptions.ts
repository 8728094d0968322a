import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  CATALOG_FILTER_EXISTS,
} from '@backstage/plugin-catalog-react';
import { useEffect, useState } from 'react';

/** The annotation that ties a component to its Kubernetes workloads (and so to its policy). */
export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';

/** A service a caller or callee can be chosen from. */
export interface ServiceOption {
  id: string;
  label: string;
  description?: string;
}

export type ServiceOptionsState =
  | { status: 'loading' }
  | { status: 'loaded'; options: ServiceOption[] }
  | { status: 'failed'; message: string };

function toOption(entity: Entity): ServiceOption {
  const type =
    typeof entity.spec?.type === 'string' ? entity.spec.type : 'component';
  const title = entity.metadata.title;
  return {
    id: stringifyEntityRef(entity),
    label: entity.metadata.name,
    description: title ? `${title} (${type})` : type,
  };
}

/**
 * Components with network data: only those carry the kubernetes-id annotation the action
 * resolves a caller or callee's pods by, so anything else would fail the step.
 */
export function useServiceOptions(): ServiceOptionsState {
  const catalogApi = useApi(catalogApiRef);
  const [state, setState] = useState<ServiceOptionsState>({
    status: 'loading',
  });
  useEffect(() => {
    let current = true;
    catalogApi
      .getEntities({
        filter: {
          kind: 'Component',
          [`metadata.annotations.${KUBERNETES_ID_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.type',
        ],
      })
      .then(response => {
        if (current) {
          const options = response.items
            .map(toOption)
            .sort((a, b) => a.label.localeCompare(b.label));
          setState({ status: 'loaded', options });
        }
      })
      .catch((error: Error) => {
        if (current) {
          setState({ status: 'failed', message: error.message });
        }
      });
    return () => {
      current = false;
    };
  }, [catalogApi]);
  return state;
}
