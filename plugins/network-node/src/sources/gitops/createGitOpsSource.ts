import path from 'node:path';
import type {
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { SourceSnapshot } from '@localplus/plugin-network-common';
import { parseManifests } from '../../manifests/parseManifests';
import { readManifestFolder } from '../../manifests/readManifestFolder';
import type { ManifestReadResult } from '../../manifests/types';
import type { NetworkSource } from '../types';
import type { GitOpsSourceConfig } from './readGitOpsSourceConfig';

const GITOPS_SOURCE_ID = 'gitops';
const MANIFEST_EXTENSION = /\.ya?ml$/i;

/**
 * A declared snapshot of read manifests, each object with its file and line. The CLI builds its
 * snapshot of a folder the same way.
 * @public
 */
export function snapshotFromManifests(
  result: ManifestReadResult,
  sourceId = GITOPS_SOURCE_ID,
): SourceSnapshot {
  return {
    sourceId,
    state: 'declared',
    readAt: new Date().toISOString(),
    objects: result.manifests.map(({ object, source }) => ({
      object,
      origin: { source: sourceId, file: source.file, line: source.line },
    })),
    dnsRecords: [],
    tunnels: [],
    accessApplications: [],
    problems: result.problems.map(p => ({
      message: p.message,
      file: p.file,
      line: p.line,
    })),
  };
}

/**
 * The declared state: every manifest of the GitOps location, as ArgoCD would sync it.
 * Objects are handed over raw; the index derives routes, policies, tunnel rules (the
 * cloudflared ConfigMap) and DNS records (external-dns DNSEndpoints) from them.
 * @public
 */
export function createGitOpsSource(options: {
  config: GitOpsSourceConfig;
  /** Needed for `url` locations. */
  urlReader?: UrlReaderService;
  logger: LoggerService;
  /** Resolves a relative folder path; defaults to the process's working directory. */
  baseDir?: string;
}): NetworkSource {
  const { config, urlReader, logger } = options;
  const where =
    config.kind === 'folder'
      ? path.resolve(options.baseDir ?? process.cwd(), config.path)
      : config.url;

  const readFromUrl = async (): Promise<ManifestReadResult> => {
    if (!urlReader) {
      throw new Error(`network.gitops.url ${where} needs a URL reader`);
    }
    const tree = await urlReader.readTree(where);
    const result: ManifestReadResult = { manifests: [], problems: [] };
    const files = await tree.files();
    for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
      if (MANIFEST_EXTENSION.test(file.path)) {
        const text = (await file.content()).toString('utf8');
        const parsed = parseManifests(text, file.path);
        result.manifests.push(...parsed.manifests);
        result.problems.push(...parsed.problems);
      }
    }
    return result;
  };

  return {
    id: GITOPS_SOURCE_ID,
    state: 'declared',
    async read(): Promise<SourceSnapshot> {
      const { manifests, problems } =
        config.kind === 'folder'
          ? await readManifestFolder(where)
          : await readFromUrl();
      if (problems.length > 0) {
        logger.warn(`GitOps location ${where} has unreadable manifests`, {
          problems: problems.length,
        });
      }
      return snapshotFromManifests({ manifests, problems });
    },
  };
}
