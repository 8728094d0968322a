import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, NotFoundError } from '@backstage/errors';
import { parseManifests } from './parseManifests';
import type { ManifestReadResult } from './types';

const MANIFEST_EXTENSION = /\.ya?ml$/i;

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

// Plain code-unit order rather than localeCompare, so results do not depend on
// the machine's locale.
function byCodeUnit(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

async function listManifestFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // dot folders (.git, .github) and node_modules never hold deployable manifests
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') {
          await walk(full);
        }
      } else if (MANIFEST_EXTENSION.test(entry.name)) {
        // symlinked files are read; symlinked folders are not followed, which
        // rules out cycles
        const isFile =
          entry.isFile() ||
          (entry.isSymbolicLink() &&
            (await fs.stat(full).then(
              s => s.isFile(),
              () => false,
            )));
        if (isFile) {
          files.push(toPosix(path.relative(root, full)));
        }
      }
    }
  };
  await walk(root);
  return files.sort(byCodeUnit);
}

/**
 * Reads every YAML manifest below a GitOps folder. A broken file is reported
 * in `problems` and never stops the other files from being read.
 *
 * @param dir - the folder to walk; dot folders and node_modules are skipped
 * @public
 */
export async function readManifestFolder(
  dir: string,
): Promise<ManifestReadResult> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat) {
    throw new NotFoundError(`Manifest folder ${dir} does not exist`);
  }
  if (!stat.isDirectory()) {
    throw new InputError(`Manifest folder ${dir} is not a directory`);
  }

  const result: ManifestReadResult = { manifests: [], problems: [] };
  for (const file of await listManifestFiles(dir)) {
    let text: string;
    try {
      text = await fs.readFile(path.join(dir, file), 'utf8');
    } catch (error) {
      result.problems.push({
        file,
        line: 1,
        message: `could not read the file: ${(error as Error).message}`,
      });
      continue;
    }
    const parsed = parseManifests(text, file);
    result.manifests.push(...parsed.manifests);
    result.problems.push(...parsed.problems);
  }
  return result;
}
