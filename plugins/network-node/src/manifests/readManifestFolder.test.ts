import { createMockDirectory } from '@backstage/backend-test-utils';
import { NotFoundError, InputError } from '@backstage/errors';
import { readManifestFolder } from './readManifestFolder';

const object = (kind: string, name: string) =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

describe('readManifestFolder', () => {
  const mockDir = createMockDirectory();

  it('walks the folder in sorted order and skips dot folders, node_modules and other files', async () => {
    mockDir.setContent({
      'b.yaml': object('ConfigMap', 'b'),
      'a.yml': `${object('ConfigMap', 'a1')}---\n${object('ConfigMap', 'a2')}`,
      'README.md': '# not a manifest',
      'values.json': '{}',
      apps: {
        'ledger.yaml': object('Service', 'ledger'),
        nested: { 'deep.YAML': object('Service', 'deep') },
      },
      '.github': { 'workflow.yaml': object('ConfigMap', 'hidden') },
      node_modules: { 'pkg.yaml': object('ConfigMap', 'vendored') },
    });

    const { manifests, problems } = await readManifestFolder(mockDir.path);

    expect(problems).toEqual([]);
    expect(
      manifests.map(m => [
        m.source.file,
        m.source.documentIndex,
        m.source.line,
        m.object.metadata.name,
      ]),
    ).toEqual([
      ['a.yml', 0, 1, 'a1'],
      ['a.yml', 1, 6, 'a2'],
      ['apps/ledger.yaml', 0, 1, 'ledger'],
      ['apps/nested/deep.YAML', 0, 1, 'deep'],
      ['b.yaml', 0, 1, 'b'],
    ]);
  });

  it('reports a broken file and still reads the others', async () => {
    mockDir.setContent({
      'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n',
      'b.yaml': object('ConfigMap', 'b'),
      'c.yaml': 'foo: bar\n',
    });

    const { manifests, problems } = await readManifestFolder(mockDir.path);

    expect(manifests.map(m => m.object.metadata.name)).toEqual(['b']);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'a.yaml',
        message: expect.stringContaining('YAML syntax error'),
      }),
      {
        file: 'c.yaml',
        line: 1,
        message:
          'document 1 is not a Kubernetes object: it has no apiVersion and no kind',
      },
    ]);
  });

  it('rejects a folder that does not exist or is a file', async () => {
    mockDir.setContent({ 'file.yaml': object('ConfigMap', 'x') });
    await expect(
      readManifestFolder(mockDir.resolve('missing')),
    ).rejects.toThrow(NotFoundError);
    await expect(
      readManifestFolder(mockDir.resolve('file.yaml')),
    ).rejects.toThrow(InputError);
  });
});
