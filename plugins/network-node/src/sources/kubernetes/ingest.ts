import type { KubernetesObject } from '@localplus/plugin-network-common';
import type { TunnelConfigMapSelector } from './config';
import { isTunnelConfigMap } from './tunnelConfigMap';
import type { WatchedKind } from './watchedKinds';

// a full JSON copy of the object that `kubectl apply` leaves behind
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Prepares an object from a list or watch event for the cache, in place:
 * lists leave `apiVersion`/`kind` off built-in items, so they are filled in;
 * `managedFields` and kubectl's last-applied copy are dropped, and so is the
 * data of ConfigMaps that are not the tunnel's. They would double the cache's
 * memory and no view reads them.
 */
export function createIngest(
  watched: WatchedKind,
  tunnelConfigMap: TunnelConfigMapSelector,
): (object: KubernetesObject) => KubernetesObject {
  return object => {
    object.apiVersion ??= watched.apiVersion;
    object.kind ??= watched.kind;
    const metadata = object.metadata ?? (object.metadata = {});
    delete metadata.managedFields;
    if (metadata.annotations?.[LAST_APPLIED] !== undefined) {
      delete metadata.annotations[LAST_APPLIED];
    }
    if (
      watched.kind === 'ConfigMap' &&
      !isTunnelConfigMap(object, tunnelConfigMap)
    ) {
      delete object.data;
      delete object.binaryData;
    }
    return object;
  };
}
