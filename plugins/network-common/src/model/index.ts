export * from './sources';
export * from './view';
export type { EntityBinding } from './bindings';
export { normalizeEntityRef } from './bindings';
export type { BuildNetworkIndexInput, NetworkIndex } from './types';
export { buildNetworkIndex } from './buildNetworkIndex';
export type {
  NetworkModelOptions,
  ResolvedNetworkModelOptions,
} from './options';
export {
  DEFAULT_CLOUDFLARED_SELECTOR,
  DEFAULT_GATEWAY,
  DEFAULT_PRIVATE_ZONES,
  DEFAULT_PROTECTED_PATHS,
  DEFAULT_PUBLIC_ZONES,
  DEFAULT_TUNNEL_CONFIG_KEY,
  resolveNetworkModelOptions,
} from './options';
export { dnsRecordsFromDnsEndpoint } from './convert/dnsEndpoint';
export type { TunnelConfigMapReading } from './convert/tunnelConfigMap';
export {
  parseTunnelConfig,
  readTunnelConfigMap,
  tunnelFromConfigMap,
} from './convert/tunnelConfigMap';
export { normalizeDnsName } from './names';
