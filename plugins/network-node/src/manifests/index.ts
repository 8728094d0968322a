export { parseManifests } from './parseManifests';
export { readManifestFolder } from './readManifestFolder';
export type {
  KubernetesObject,
  Manifest,
  ManifestProblem,
  ManifestReadResult,
  ManifestSource,
} from './types';
