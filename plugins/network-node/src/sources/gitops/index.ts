export {
  createGitOpsSource,
  snapshotFromManifests,
} from './createGitOpsSource';
export { readGitOpsSourceConfig } from './readGitOpsSourceConfig';
export type { GitOpsSourceConfig } from './readGitOpsSourceConfig';
