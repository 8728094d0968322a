/**
 * What the field needs to know about the platform to check and describe a service: its zones and
 * the ranges the policy opens. The backend's `network.zones` and `network.policyDefaults` are not
 * visible to the browser, so templates may repeat them as `ui:options`; the defaults are the
 * backend's.
 */

/** `ui:options` of the NetworkExposure field. @public */
export interface NetworkExposureUiOptions {
  /** Public zones; the shared API hostname is `api.<first zone>`. Default `[localplus.io]`. */
  publicZones?: string[];
  /** Private zones; the private name is `<name>.<first zone>`. Default `[internal.localplus.io]`. */
  privateZones?: string[];
  /** VPC peering range of the managed data services. Default `10.100.0.0/16`. */
  dataServicesCidr?: string;
  /** AWS interface VPC endpoints. Default `10.0.16.0/20`. */
  vpcEndpointsCidr?: string;
  /** Namespace of the component the template creates (the availability asker). Default `default`. */
  entityNamespace?: string;
}

/** The options with every default applied. */
export type NetworkSettings = Required<NetworkExposureUiOptions>;

export const DEFAULT_SETTINGS: NetworkSettings = {
  publicZones: ['localplus.io'],
  privateZones: ['internal.localplus.io'],
  dataServicesCidr: '10.100.0.0/16',
  vpcEndpointsCidr: '10.0.16.0/20',
  entityNamespace: 'default',
};

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) &&
    value.length > 0 &&
    value.every(v => typeof v === 'string')
    ? value
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Options from the template's `ui:options`, else the backend's defaults. */
export function resolveSettings(uiOptions: unknown): NetworkSettings {
  const options =
    typeof uiOptions === 'object' && uiOptions !== null
      ? (uiOptions as Record<string, unknown>)
      : {};
  return {
    publicZones: strings(options.publicZones) ?? DEFAULT_SETTINGS.publicZones,
    privateZones:
      strings(options.privateZones) ?? DEFAULT_SETTINGS.privateZones,
    dataServicesCidr:
      text(options.dataServicesCidr) ?? DEFAULT_SETTINGS.dataServicesCidr,
    vpcEndpointsCidr:
      text(options.vpcEndpointsCidr) ?? DEFAULT_SETTINGS.vpcEndpointsCidr,
    entityNamespace:
      text(options.entityNamespace) ?? DEFAULT_SETTINGS.entityNamespace,
  };
}
