import { ConflictError } from '@backstage/errors';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The file's text, or undefined when it does not exist. @public */
export async function readTextIfExists(
  file: string,
): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    // a path below a regular file does not exist either
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return undefined;
    }
    throw error;
  }
}

/**
 * What a file transaction wants: the new text (`null` deletes the file, `undefined` leaves it)
 * and a result for the caller.
 *
 * @public
 */
export interface FileTransactionStep<T> {
  text: string | null | undefined;
  result: T;
}

const MAX_ATTEMPTS = 5;

/**
 * Read, compute, and write through a temporary file and a rename, so that readers never see a
 * half-written file. Compare-before-write: when the file changed between the read and the write
 * (a writer that does not take our lock, e.g. a person saving in an editor), the computation is
 * run again on the new content instead of overwriting it. Call it while holding the file's lock.
 *
 * @public
 */
export async function transactFile<T>(
  file: string,
  compute: (current: string | undefined) => FileTransactionStep<T>,
): Promise<T> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const before = await readTextIfExists(file);
    const step = compute(before);
    if (step.text === undefined || step.text === before) {
      return step.result;
    }
    if (step.text === null) {
      if (before === undefined) {
        return step.result;
      }
      if ((await readTextIfExists(file)) !== before) {
        continue;
      }
      await fs.rm(file, { force: true });
      return step.result;
    }
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temporary = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString(
        'hex',
      )}.tmp`,
    );
    await fs.writeFile(temporary, step.text, 'utf8');
    if ((await readTextIfExists(file)) !== before) {
      await fs.rm(temporary, { force: true });
      continue;
    }
    await fs.rename(temporary, file);
    return step.result;
  }
  throw new ConflictError(
    `${file} kept changing while the suite tried to update it; try again`,
  );
}
