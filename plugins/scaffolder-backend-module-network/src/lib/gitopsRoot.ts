import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import path from 'node:path';
import type { NetworkActionsOptions } from './options';

/**
 * Where a run writes: the scaffolder workspace (`targetPath`, for a pull request) or the
 * configured local GitOps folder (the embedded default, so the index sees the service at once).
 */
export function gitopsRootFor(
  options: NetworkActionsOptions,
  workspacePath: string,
  targetPath: string | undefined,
): string {
  if (targetPath !== undefined) {
    return resolveSafeChildPath(workspacePath, targetPath);
  }
  const root =
    options.gitopsRoot ??
    (options.settings.gitopsPath
      ? path.resolve(options.settings.gitopsPath)
      : undefined);
  if (!root) {
    throw new InputError(
      'No GitOps folder to write to: configure network.gitops.path or give the action a targetPath in the workspace',
    );
  }
  return root;
}
