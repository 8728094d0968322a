import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { findRepoRoot } from '@localplus/plugin-network-node/testing';
import { parseAllDocuments } from 'yaml';

/** The repository root, found from the working directory (the package, under Jest). */
export const repoRoot = () => findRepoRoot(process.cwd());

/** The example estate's catalog entities, as the catalog would serve them. */
export function exampleCatalogEntities(): Entity[] {
  const dir = path.join(repoRoot(), 'examples', 'catalog');
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.yaml'))
    .flatMap(f =>
      parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map(
        doc => doc.toJS() as Entity,
      ),
    )
    .filter(e => e && e.kind !== 'Location')
    .map(e => ({
      ...e,
      metadata: { namespace: 'default', ...e.metadata },
    }));
}

export const exampleGitOpsPath = () =>
  path.join(repoRoot(), 'examples', 'gitops');
