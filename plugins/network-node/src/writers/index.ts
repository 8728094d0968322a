export { renderYaml, parseYaml } from './yamlText';
export { ownerOf, markOwned } from './ownership';
export {
  readNetworkWriteSettings,
  DEFAULT_NETWORK_WRITE_SETTINGS,
  type NetworkWriteSettings,
} from './settings';
export { buildHttpRoute, type HttpRouteIntent } from './httpRoute';
export {
  buildNamespace,
  buildWorkload,
  type WorkloadIntent,
  type WorkloadPort,
} from './workload';
export {
  buildCiliumNetworkPolicy,
  DATA_SERVICE_PORTS,
  type DataService,
  type NetworkPolicyIntent,
  type PolicyPeer,
} from './ciliumPolicy';
export {
  buildPublicDnsEndpoint,
  buildPrivateDnsEndpoint,
  tunnelCnameTarget,
  serviceClusterName,
  CLOUDFLARE_PROXIED_PROPERTY,
  type PublicDnsIntent,
  type PrivateDnsIntent,
} from './dnsEndpoints';
export {
  isCatchAllRule,
  tunnelPathFor,
  shadows,
  findMatchingRule,
  compareManagedRules,
  type TunnelIngressRule,
} from './tunnelRuleOrder';
export {
  readTunnelConfig,
  upsertTunnelRule,
  removeTunnelRules,
  TUNNEL_RULE_OWNER_MARKER,
  type OwnedTunnelRule,
  type TunnelConfigSummary,
  type TunnelRuleEdit,
} from './tunnelConfig';
export {
  upsertObjectInFile,
  removeObjectsFromFile,
  objectsInFile,
  type ObjectEdit,
} from './yamlDocuments';
export { editStringValueInFile, readStringValueInFile } from './yamlValues';
export { withFileLock, type FileLockOptions } from './fileLock';
export {
  transactFile,
  readTextIfExists,
  type FileTransactionStep,
} from './atomicWrite';
export { GitopsWriter } from './gitopsWriter';
export {
  placeTunnelRule,
  type TunnelRulePlacement,
} from './tunnelRulePlacement';
export * from './direct';
export type {
  GitopsChange,
  PlannedChange,
  PlanAction,
  TunnelConfigMapRef,
  WriteSystem,
} from './types';
