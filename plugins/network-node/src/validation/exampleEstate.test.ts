import fs from 'node:fs';
import path from 'node:path';
import { readManifestFolder } from '../manifests/readManifestFolder';
import {
  SHARED_CRDS_MISSING_WARNING,
  findRepoRoot,
  findSharedCrdsDir,
} from '../testing/sharedCrds';
import { createManifestValidator } from './createManifestValidator';
import { loadCustomResourceDefinitions } from './loadCustomResourceDefinitions';

// The example estate is what a new user sees first: every manifest in it must be one the API
// server would accept, or the suite teaches the wrong thing.
const crdsDir = findSharedCrdsDir(__dirname);
const describeIfCrds = fs.existsSync(crdsDir) ? describe : describe.skip;
if (!fs.existsSync(crdsDir)) {
  // eslint-disable-next-line no-console
  console.warn(SHARED_CRDS_MISSING_WARNING);
}

// Kinds with no CRD in ../shared/crds: core Kubernetes kinds and external-dns.
const KINDS_WITHOUT_CRD = new Set([
  'Namespace',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Service',
  'ConfigMap',
  'ServiceAccount',
  'DNSEndpoint',
]);

describeIfCrds('examples/gitops against the upstream CRDs', () => {
  // Jest runs a skipped describe's body too: touch ../shared only in hooks and tests.
  let validator: ReturnType<typeof createManifestValidator>;
  beforeAll(() => {
    const crdFiles = fs
      .readdirSync(crdsDir, { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .flatMap(entry =>
        fs
          .readdirSync(path.join(crdsDir, entry.name))
          .filter(file => file.endsWith('.yaml'))
          .map(file => path.join(crdsDir, entry.name, file)),
      );
    validator = createManifestValidator(
      loadCustomResourceDefinitions(crdFiles),
    );
  });
  const estateDir = path.join(findRepoRoot(__dirname), 'examples', 'gitops');

  it('reads every file without problems', async () => {
    const { problems } = await readManifestFolder(estateDir);
    expect(problems).toEqual([]);
  });

  it('holds only valid objects of the CRD kinds, and no kind nobody checks', async () => {
    const { manifests } = await readManifestFolder(estateDir);
    const results = manifests.map(({ object, source }) => ({
      where: `${source.file}:${source.line}`,
      ...validator.validate(object),
    }));

    const invalid = results.filter(r => r.status === 'invalid');
    expect(invalid).toEqual([]);

    const unchecked = results
      .filter(
        r => r.status === 'unknown-kind' && !KINDS_WITHOUT_CRD.has(r.kind),
      )
      .map(r => `${r.where} ${r.kind}`);
    expect(unchecked).toEqual([]);

    const checkedKinds = new Set(
      results.filter(r => r.status === 'valid').map(r => r.kind),
    );
    expect([...checkedKinds].sort()).toEqual([
      'CiliumNetworkPolicy',
      'Gateway',
      'GatewayClass',
      'HTTPRoute',
    ]);
  });
});
