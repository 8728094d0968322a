import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository root: the nearest folder above `startDir` that holds
 * `backstage.json`. Pass the test file's `__dirname`; the helper takes no
 * default because its own location differs once a package is built.
 *
 * @public
 */
export function findRepoRoot(startDir: string): string {
  let dir = path.resolve(startDir);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'backstage.json'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`No backstage.json found above ${startDir}`);
    }
    dir = parent;
  }
}

/**
 * Where the upstream CRDs live in the team workspace: `../shared/crds` next to
 * the repository. They are never copied into the repo, so in a user's clone
 * the folder may be missing; check with `fs.existsSync` and skip the tests.
 *
 * @param startDir - where to start looking for the repository root, usually
 *   the calling test file's `__dirname`
 *
 * @public
 */
export function findSharedCrdsDir(startDir: string): string {
  return path.join(findRepoRoot(startDir), '..', 'shared', 'crds');
}

/**
 * The warning tests print once when they skip for lack of the shared CRDs.
 *
 * @public
 */
export const SHARED_CRDS_MISSING_WARNING =
  'skipping CRD validation tests: ../shared/crds not found (a user clone)';
