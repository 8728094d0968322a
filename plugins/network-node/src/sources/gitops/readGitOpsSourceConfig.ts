import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** Where the declared state lives: a local folder or a repository folder URL. @public */
export type GitOpsSourceConfig =
  | { kind: 'folder'; path: string }
  | { kind: 'url'; url: string };

/**
 * Reads `network.gitops`. Returns undefined when it is absent: the suite then runs on live
 * sources only.
 * @public
 */
export function readGitOpsSourceConfig(
  config: Config,
): GitOpsSourceConfig | undefined {
  const gitops = config.getOptionalConfig('network.gitops');
  if (!gitops) {
    return undefined;
  }
  const path = gitops.getOptionalString('path');
  const url = gitops.getOptionalString('url');
  if (path && url) {
    throw new InputError(
      'network.gitops: set either path (a local folder) or url (a repository folder), not both',
    );
  }
  if (path) {
    return { kind: 'folder', path };
  }
  if (url) {
    return { kind: 'url', url };
  }
  return undefined;
}
