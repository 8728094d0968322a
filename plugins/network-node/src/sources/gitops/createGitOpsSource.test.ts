import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { findRepoRoot } from '../../testing/sharedCrds';
import { createGitOpsSource } from './createGitOpsSource';
import { readGitOpsSourceConfig } from './readGitOpsSourceConfig';

const logger = mockServices.logger.mock();

describe('createGitOpsSource', () => {
  it('reads the example estate with the file and line of every object', async () => {
    const source = createGitOpsSource({
      config: { kind: 'folder', path: 'examples/gitops' },
      baseDir: findRepoRoot(__dirname),
      logger,
    });
    const snapshot = await source.read();

    expect(snapshot).toMatchObject({ sourceId: 'gitops', state: 'declared' });
    expect(snapshot.problems).toEqual([]);
    const route = snapshot.objects.find(
      o =>
        o.object.kind === 'HTTPRoute' &&
        o.object.metadata.name === 'svc-ledger',
    );
    expect(route?.origin).toEqual({
      source: 'gitops',
      file: 'apps/svc-ledger/httproute.yaml',
      line: 1,
    });
  });

  it('reports a broken file with its line and still reads the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gitops-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'ok.yaml'),
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n',
      );
      fs.writeFileSync(
        path.join(dir, 'broken.yaml'),
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: [unclosed\n',
      );
      const snapshot = await createGitOpsSource({
        config: { kind: 'folder', path: dir },
        logger,
      }).read();

      expect(snapshot.objects.map(o => o.object.metadata.name)).toEqual(['a']);
      expect(snapshot.problems).toEqual([
        expect.objectContaining({
          file: 'broken.yaml',
          line: expect.any(Number),
        }),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the read when the folder is missing, so the index keeps its last snapshot', async () => {
    const source = createGitOpsSource({
      config: { kind: 'folder', path: '/nonexistent/gitops' },
      logger,
    });
    await expect(source.read()).rejects.toThrow(/does not exist/);
  });

  it('reads a repository folder through the URL reader', async () => {
    const files: Record<string, string> = {
      'apps/a.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n',
      'README.md': '# not a manifest',
    };
    const urlReader: UrlReaderService = {
      readUrl: jest.fn(),
      search: jest.fn(),
      readTree: async url => {
        expect(url).toBe('https://github.com/acme/gitops/tree/main/estate');
        return {
          etag: 'e1',
          archive: jest.fn(),
          dir: jest.fn(),
          files: async () =>
            Object.entries(files).map(([p, text]) => ({
              path: p,
              content: async () => Buffer.from(text),
            })),
        };
      },
    };
    const snapshot = await createGitOpsSource({
      config: {
        kind: 'url',
        url: 'https://github.com/acme/gitops/tree/main/estate',
      },
      urlReader,
      logger,
    }).read();
    expect(snapshot.objects).toEqual([
      {
        object: expect.objectContaining({ kind: 'Namespace' }),
        origin: { source: 'gitops', file: 'apps/a.yaml', line: 1 },
      },
    ]);
  });
});

describe('readGitOpsSourceConfig', () => {
  it.each([
    [{}, undefined],
    [{ network: { gitops: { path: 'x' } } }, { kind: 'folder', path: 'x' }],
    [
      { network: { gitops: { url: 'https://h/r' } } },
      { kind: 'url', url: 'https://h/r' },
    ],
  ])('reads %j', (data, expected) => {
    expect(readGitOpsSourceConfig(new ConfigReader(data))).toEqual(expected);
  });

  it('refuses both a path and a url', () => {
    expect(() =>
      readGitOpsSourceConfig(
        new ConfigReader({
          network: { gitops: { path: 'x', url: 'https://h' } },
        }),
      ),
    ).toThrow(/either path .* or url/);
  });
});
