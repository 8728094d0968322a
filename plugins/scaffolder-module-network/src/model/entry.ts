import type { NetworkExposureValue } from './value';

/** The public hostname and path prefix a service is reached on. */
export interface PublicEntry {
  hostname: string;
  /** Absent while the default path cannot be known (the service has no name yet). */
  path?: string;
}

/**
 * Where a mode puts the service, as `network:expose` resolves it: shared → `api.<first public
 * zone>` + `/v1/<name>`, own → the hostname + `/`. Internal has no public entry.
 */
export function publicEntry(
  value: NetworkExposureValue,
  name: string | undefined,
  publicZones: string[],
): PublicEntry | undefined {
  const { exposure } = value;
  if (exposure.mode === 'shared') {
    return {
      hostname: `api.${publicZones[0] ?? 'localplus.io'}`,
      path: exposure.path || (name ? `/v1/${name}` : undefined),
    };
  }
  if (exposure.mode === 'own') {
    return { hostname: exposure.hostname ?? '', path: exposure.path || '/' };
  }
  return undefined;
}

/** `https://api.localplus.io/v1/shop`; the root path adds nothing. */
export function publicUrl(entry: PublicEntry): string {
  const path = entry.path && entry.path !== '/' ? entry.path : '';
  return `https://${entry.hostname}${path}`;
}
