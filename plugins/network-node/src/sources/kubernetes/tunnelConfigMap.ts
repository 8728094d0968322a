import { parse as parseYaml } from 'yaml';
import type { KubernetesObject } from '@localplus/plugin-network-common';
import type { TunnelConfigMapSelector } from './config';
import { WatchedKind, collectionPath } from './watchedKinds';

/**
 * Where to list ConfigMaps: only the configured one when a name or namespace
 * is set, otherwise all of them (filtered by content).
 */
export function tunnelConfigMapScope(
  configMaps: WatchedKind,
  selector: TunnelConfigMapSelector,
): { path: string; fieldSelector?: string } {
  return {
    path: collectionPath(configMaps, selector.namespace),
    ...(selector.name && { fieldSelector: `metadata.name=${selector.name}` }),
  };
}

function holdsIngressRules(text: unknown): boolean {
  if (typeof text !== 'string' || !/^\s*ingress\s*:/m.test(text)) {
    return false;
  }
  try {
    const config = parseYaml(text);
    return Array.isArray(config?.ingress);
  } catch {
    return false;
  }
}

/**
 * Whether a ConfigMap holds the cloudflared configuration: the configured one
 * by name, or, without a name, one whose `key` holds a config with an
 * `ingress:` list.
 */
export function isTunnelConfigMap(
  object: KubernetesObject,
  selector: TunnelConfigMapSelector,
): boolean {
  const { name, namespace } = object.metadata;
  if (selector.namespace && namespace !== selector.namespace) {
    return false;
  }
  if (selector.name) {
    return name === selector.name;
  }
  const data = object.data as Record<string, unknown> | undefined;
  return holdsIngressRules(data?.[selector.key]);
}
