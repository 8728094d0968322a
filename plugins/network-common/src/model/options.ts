/*
 * The part of the `network.*` configuration the model needs. It mirrors
 * `plugins/network-backend/config.d.ts` field for field, so the backend can hand the config over
 * unchanged; the defaults are the ones documented there.
 */

/** @public */
export interface NetworkModelOptions {
  zones?: { public?: string[]; private?: string[] };
  gateway?: { namespace?: string; name?: string; sectionName?: string };
  tunnel?: {
    id?: string;
    defaultService?: string;
    configMap?: { namespace?: string; name?: string; key?: string };
  };
  cloudflaredSelector?: Record<string, string>;
  protectedPaths?: string[];
}

/** Options with every default filled in. @public */
export interface ResolvedNetworkModelOptions {
  zones: { public: string[]; private: string[] };
  gateway: { namespace: string; name: string; sectionName: string };
  tunnel: {
    id?: string;
    defaultService?: string;
    configMap: { namespace?: string; name?: string; key: string };
  };
  cloudflaredSelector: Record<string, string>;
  protectedPaths: string[];
}

/** @public */
export const DEFAULT_PUBLIC_ZONES = ['localplus.io'];
/** @public */
export const DEFAULT_PRIVATE_ZONES = ['internal.localplus.io'];
/** @public */
export const DEFAULT_GATEWAY = {
  namespace: 'platform',
  name: 'public',
  sectionName: 'https',
};
/** @public */
export const DEFAULT_TUNNEL_CONFIG_KEY = 'config.yaml';
/**
 * config.d.ts documents no default; this is the label of the upstream cloudflared manifests
 * (and of the example estate), so a fresh install finds the pods.
 * @public
 */
export const DEFAULT_CLOUDFLARED_SELECTOR = {
  'app.kubernetes.io/name': 'cloudflared',
};
/** @public */
export const DEFAULT_PROTECTED_PATHS = ['/admin'];

const lowerZones = (zones: string[] | undefined, fallback: string[]) =>
  (zones ?? fallback).map(zone => zone.trim().replace(/\.$/, '').toLowerCase());

/** @public */
export function resolveNetworkModelOptions(
  options: NetworkModelOptions = {},
): ResolvedNetworkModelOptions {
  return {
    zones: {
      public: lowerZones(options.zones?.public, DEFAULT_PUBLIC_ZONES),
      private: lowerZones(options.zones?.private, DEFAULT_PRIVATE_ZONES),
    },
    gateway: {
      namespace: options.gateway?.namespace ?? DEFAULT_GATEWAY.namespace,
      name: options.gateway?.name ?? DEFAULT_GATEWAY.name,
      sectionName: options.gateway?.sectionName ?? DEFAULT_GATEWAY.sectionName,
    },
    tunnel: {
      id: options.tunnel?.id,
      defaultService: options.tunnel?.defaultService,
      configMap: {
        namespace: options.tunnel?.configMap?.namespace,
        name: options.tunnel?.configMap?.name,
        key: options.tunnel?.configMap?.key ?? DEFAULT_TUNNEL_CONFIG_KEY,
      },
    },
    cloudflaredSelector:
      options.cloudflaredSelector ?? DEFAULT_CLOUDFLARED_SELECTOR,
    protectedPaths: options.protectedPaths ?? DEFAULT_PROTECTED_PATHS,
  };
}
