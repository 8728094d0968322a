import { createMockDirectory } from '@backstage/backend-test-utils';
import { promises as fs } from 'node:fs';
import { lockFileOf, withFileLock } from './fileLock';

describe('withFileLock', () => {
  const dir = createMockDirectory();
  beforeEach(() => dir.clear());

  it('runs writers of one file one after the other', async () => {
    const file = dir.resolve('counter');
    await fs.writeFile(file, '0');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withFileLock(file, async () => {
          const value = Number(await fs.readFile(file, 'utf8'));
          await new Promise(resolve => setImmediate(resolve));
          await fs.writeFile(file, String(value + 1));
        }),
      ),
    );
    expect(await fs.readFile(file, 'utf8')).toBe('20');
    await expect(fs.stat(lockFileOf(file))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('releases the lock when the writer throws', async () => {
    const file = dir.resolve('x');
    await expect(
      withFileLock(file, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(withFileLock(file, async () => 'next')).resolves.toBe('next');
  });

  it('takes over a stale lock file left by a crashed process', async () => {
    const file = dir.resolve('y');
    await fs.writeFile(lockFileOf(file), '{"pid":1}');
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(lockFileOf(file), old, old);
    await expect(withFileLock(file, async () => 'ok')).resolves.toBe('ok');
  });

  it('gives up with a conflict while another process holds the lock', async () => {
    const file = dir.resolve('z');
    await fs.writeFile(lockFileOf(file), '{"pid":1}');
    await expect(
      withFileLock(file, async () => 'never', { waitMs: 50, retryMs: 5 }),
    ).rejects.toMatchObject({ name: 'ConflictError' });
    // the other process's lock is left alone
    await expect(fs.stat(lockFileOf(file))).resolves.toBeDefined();
  });
});
