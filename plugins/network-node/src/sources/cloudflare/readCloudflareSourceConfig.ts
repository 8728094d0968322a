import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { DEFAULT_PUBLIC_ZONES } from '@localplus/plugin-network-common';
import { normaliseDnsName } from '../route53/normaliseDnsName';

/** Cloudflare's API root, used unless `network.cloudflare.baseUrl` says otherwise. @public */
export const DEFAULT_CLOUDFLARE_BASE_URL =
  'https://api.cloudflare.com/client/v4';

/** The `network.cloudflare` section, with defaults applied. @public */
export interface CloudflareSourceConfig {
  apiToken: string;
  accountId: string;
  /** Zones to list records of; an id is looked up by name when absent. */
  zones: Array<{ name: string; id?: string }>;
  /** Remotely managed tunnels to read the configuration of. */
  tunnelIds: string[];
  baseUrl: string;
}

/**
 * Reads `network.cloudflare`, or returns undefined when the section is absent
 * (the source is off). Zones default to `network.zones.public`, the zones the
 * platform owns, so a token and an account id are enough to start.
 *
 * @public
 */
export function readCloudflareSourceConfig(
  config: Config,
): CloudflareSourceConfig | undefined {
  const section = config.getOptionalConfig('network.cloudflare');
  if (!section) {
    return undefined;
  }
  const zones =
    section.getOptionalConfigArray('zones')?.map(zone => ({
      name: normaliseDnsName(zone.getString('name')),
      id: zone.getOptionalString('id'),
    })) ??
    (
      config.getOptionalStringArray('network.zones.public') ??
      DEFAULT_PUBLIC_ZONES
    ).map(name => ({ name: normaliseDnsName(name) }));

  const baseUrl =
    section.getOptionalString('baseUrl') ?? DEFAULT_CLOUDFLARE_BASE_URL;
  if (!URL.canParse(baseUrl)) {
    throw new InputError(
      `network.cloudflare.baseUrl is not a URL: "${baseUrl}"`,
    );
  }
  return {
    apiToken: section.getString('apiToken'),
    accountId: section.getString('accountId'),
    zones,
    tunnelIds: section.getOptionalStringArray('tunnelIds') ?? [],
    baseUrl: baseUrl.replace(/\/+$/, ''),
  };
}
