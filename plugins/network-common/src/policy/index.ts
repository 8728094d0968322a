/*
 * The offline network-policy evaluator: CiliumNetworkPolicy,
 * CiliumClusterwideNetworkPolicy and Kubernetes NetworkPolicy, evaluated
 * over a set of workloads without a cluster. See README.md for the
 * semantics honoured and their sources.
 */
export * from './types';
export { createPolicyEvaluator } from './evaluator';
export { policyEstateFromObjects } from './estateFromObjects';
export { formatConnection, formatConnectionPeer } from './format';
export { formatPorts } from './ports';
