import path from 'node:path';
import type { SourceSnapshot } from '@localplus/plugin-network-common';
import { readManifestFolder } from '@localplus/plugin-network-node';

/** A folder of manifests as the index's declared snapshot, with file and line per object. */
export async function loadEstate(folder: string): Promise<SourceSnapshot> {
  const dir = path.resolve(folder);
  const { manifests, problems } = await readManifestFolder(dir);
  return {
    sourceId: 'gitops',
    state: 'declared',
    readAt: new Date().toISOString(),
    objects: manifests.map(({ object, source }) => ({
      object,
      origin: { source: 'gitops', file: source.file, line: source.line },
    })),
    dnsRecords: [],
    tunnels: [],
    accessApplications: [],
    problems: problems.map(p => ({
      message: p.message,
      file: p.file,
      line: p.line,
    })),
  };
}
