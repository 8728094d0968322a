import path from 'node:path';
import type { SourceSnapshot } from '@localplus/plugin-network-common';
import {
  readManifestFolder,
  snapshotFromManifests,
} from '@localplus/plugin-network-node';

/** A folder of manifests as the index's declared snapshot, with file and line per object. */
export async function loadEstate(folder: string): Promise<SourceSnapshot> {
  return snapshotFromManifests(await readManifestFolder(path.resolve(folder)));
}
