export { DirectWriter } from './directWriter';
export { createDirectTarget, type DirectTarget } from './createDirectTarget';
export { KubernetesApplier, NETWORK_FIELD_MANAGER } from './kubernetesApplier';
export { CloudflareTunnelWriter } from './cloudflareTunnelWriter';
export { CloudflarePublicDnsWriter } from './cloudflareDnsWriter';
export {
  Route53PrivateDnsWriter,
  type Route53SyncWait,
} from './route53DnsWriter';
export { AttemptTimeoutError, type RetryOptions } from './retry';
export {
  tunnelRuleKey,
  type DirectChange,
  type DirectStepResult,
  type DirectSystemWriter,
  type TunnelLock,
  type TunnelRuleOwners,
} from './types';
