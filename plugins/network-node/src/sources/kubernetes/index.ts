export { createKubernetesSources } from './createKubernetesSources';
export { readKubernetesSourceConfig } from './config';
export type {
  KubernetesClusterConfig,
  KubernetesSourceConfig,
  TunnelConfigMapSelector,
} from './config';
export { KubernetesSource } from './KubernetesSource';
export type { KubernetesSourceOptions } from './KubernetesSource';
