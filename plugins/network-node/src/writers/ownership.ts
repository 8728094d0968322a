import {
  KUBERNETES_ID_ANNOTATION,
  NETWORK_OWNER_ANNOTATION,
} from '@localplus/plugin-network-common';
import type { KubernetesObject } from '../manifests/types';

/**
 * The entity ref that owns an object we wrote, or `undefined` for objects nobody claimed
 * through the suite (written by hand, by another tool, or before the suite existed).
 *
 * @public
 */
export function ownerOf(object: KubernetesObject): string | undefined {
  return object.metadata.annotations?.[NETWORK_OWNER_ANNOTATION];
}

/**
 * Stamps the marks every object we write carries: the Kubernetes plugin's label (so the stock
 * Kubernetes tab finds it too) and our owner annotation (so we never touch what is not ours).
 *
 * @public
 */
export function markOwned<T extends KubernetesObject>(
  object: T,
  owner: string,
  kubernetesId: string,
): T {
  return {
    ...object,
    metadata: {
      ...object.metadata,
      labels: {
        ...object.metadata.labels,
        [KUBERNETES_ID_ANNOTATION]: kubernetesId,
      },
      annotations: {
        ...object.metadata.annotations,
        [NETWORK_OWNER_ANNOTATION]: owner,
      },
    },
  };
}

/** Same apiVersion group, kind, namespace and name: the API server's identity of an object. */
export function sameObject(a: KubernetesObject, b: KubernetesObject): boolean {
  const group = (apiVersion: string) =>
    apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return (
    group(a.apiVersion) === group(b.apiVersion) &&
    a.kind === b.kind &&
    (a.metadata.namespace ?? '') === (b.metadata.namespace ?? '') &&
    a.metadata.name === b.metadata.name
  );
}
