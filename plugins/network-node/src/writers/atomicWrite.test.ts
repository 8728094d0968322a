import { createMockDirectory } from '@backstage/backend-test-utils';
import { promises as fs, writeFileSync } from 'node:fs';
import { readTextIfExists, transactFile } from './atomicWrite';

describe('transactFile', () => {
  const dir = createMockDirectory();
  beforeEach(() => dir.clear());

  it('creates, leaves, and deletes files', async () => {
    const file = dir.resolve('a/b.yaml');
    await transactFile(file, () => ({ text: 'one\n', result: 1 }));
    expect(await readTextIfExists(file)).toBe('one\n');
    await transactFile(file, () => ({ text: undefined, result: 2 }));
    expect(await readTextIfExists(file)).toBe('one\n');
    await transactFile(file, () => ({ text: null, result: 3 }));
    expect(await readTextIfExists(file)).toBeUndefined();
    expect(await fs.readdir(dir.resolve('a'))).toEqual([]);
  });

  it('recomputes on the new content when someone else wrote in between', async () => {
    const file = dir.resolve('f.txt');
    await fs.writeFile(file, 'a\n');
    const seen: (string | undefined)[] = [];
    const result = await transactFile(file, current => {
      seen.push(current);
      if (seen.length === 1) {
        // an editor saves the file while we compute
        writeFileSync(file, 'a\nb\n');
      }
      return { text: `${current}c\n`, result: seen.length };
    });
    expect(seen).toEqual(['a\n', 'a\nb\n']);
    expect(result).toBe(2);
    expect(await readTextIfExists(file)).toBe('a\nb\nc\n');
    expect(
      (await fs.readdir(dir.path)).filter(f => f.endsWith('.tmp')),
    ).toEqual([]);
  });

  it('gives up with a conflict when the file never settles', async () => {
    const file = dir.resolve('busy.txt');
    await fs.writeFile(file, '0');
    let n = 0;
    await expect(
      transactFile(file, current => {
        writeFileSync(file, String(++n));
        return { text: `${current}!`, result: undefined };
      }),
    ).rejects.toMatchObject({ name: 'ConflictError' });
  });

  it('treats a path below a regular file as missing', async () => {
    await fs.writeFile(dir.resolve('plain'), 'x');
    expect(await readTextIfExists(dir.resolve('plain/child'))).toBeUndefined();
  });
});
