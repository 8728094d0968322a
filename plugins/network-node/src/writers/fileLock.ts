import { ConflictError } from '@backstage/errors';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * One writer per file: a queue per path inside this process, and a lock file beside the target
 * for writers in other processes (several backend replicas sharing a folder, a CLI run).
 */

const queues = new Map<string, Promise<void>>();

/** @public */
export interface FileLockOptions {
  /** A lock file older than this is left over from a crashed writer and is taken over. */
  staleAfterMs?: number;
  /** How long to wait for another process's lock before giving up. */
  waitMs?: number;
  /** Pause between attempts to take another process's lock. */
  retryMs?: number;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** The lock file of `file`: hidden and not ending in `.yaml`, so manifest readers skip it. */
export function lockFileOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

async function acquireLockFile(
  lockFile: string,
  options: Required<FileLockOptions>,
): Promise<void> {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    try {
      await fs.writeFile(
        lockFile,
        JSON.stringify({ pid: process.pid, at: new Date().toISOString() }),
        { flag: 'wx' },
      );
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const stat = await fs.stat(lockFile).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > options.staleAfterMs) {
      await fs.rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new ConflictError(
        `${path.basename(
          lockFile,
        )} is held by another writer; try again in a moment`,
      );
    }
    await sleep(options.retryMs);
  }
}

/**
 * Runs `fn` while holding the lock of `file`. Calls for the same file run one after the other,
 * in arrival order.
 *
 * @public
 */
export async function withFileLock<T>(
  file: string,
  fn: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const key = path.resolve(file);
  const previous = queues.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>(resolve => {
    release = resolve;
  });
  const tail = previous.then(() => mine);
  queues.set(key, tail);
  await previous;
  const lockFile = lockFileOf(key);
  try {
    await fs.mkdir(path.dirname(key), { recursive: true });
    await acquireLockFile(lockFile, {
      staleAfterMs: options.staleAfterMs ?? 30_000,
      waitMs: options.waitMs ?? 10_000,
      retryMs: options.retryMs ?? 20,
    });
    try {
      return await fn();
    } finally {
      await fs.rm(lockFile, { force: true });
    }
  } finally {
    release();
    if (queues.get(key) === tail) {
      queues.delete(key);
    }
  }
}
