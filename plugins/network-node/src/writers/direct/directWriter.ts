import { ServiceUnavailableError } from '@backstage/errors';
import type { PlannedChange } from '../types';
import type {
  DirectChange,
  DirectStepResult,
  DirectSystemWriter,
} from './types';

type Writers = {
  [T in DirectChange['type']]?: DirectSystemWriter<
    Extract<DirectChange, { type: T }>
  >;
};

/**
 * The `direct` target: each change through its provider's writer, in the order given (guard
 * before exposure). When a change fails, what this run created is taken back in reverse order,
 * so a failed run leaves no orphan; what it updated stays, and the same run converges on retry.
 *
 * @public
 */
export class DirectWriter {
  readonly #writers: Writers;

  constructor(writers: Writers) {
    this.#writers = writers;
  }

  #writer<C extends DirectChange>(change: C): DirectSystemWriter<C> {
    const writer = this.#writers[change.type] as
      | DirectSystemWriter<C>
      | undefined;
    if (!writer) {
      throw new ServiceUnavailableError(
        `The direct target cannot write ${change.system}: its provider is not configured`,
      );
    }
    return writer;
  }

  /** What `changes` would do, without writing. */
  async plan(changes: DirectChange[]): Promise<PlannedChange[]> {
    const lines: PlannedChange[] = [];
    for (const change of changes) {
      lines.push(await this.#writer(change).plan(change));
    }
    return lines;
  }

  async apply(changes: DirectChange[]): Promise<PlannedChange[]> {
    const done: DirectStepResult[] = [];
    for (const change of changes) {
      try {
        done.push(await this.#writer(change).apply(change));
      } catch (error) {
        const left = await this.#undo(done);
        if (left.length > 0) {
          (error as Error).message += `; could not take back ${left.join(
            ', ',
          )}: a re-run of the same step completes or reuses them`;
        }
        throw error;
      }
    }
    return done.map(d => d.planned);
  }

  /** Undoes in reverse order; returns what could not be undone. */
  async #undo(done: DirectStepResult[]): Promise<string[]> {
    const left: string[] = [];
    for (const step of [...done].reverse()) {
      if (!step.undo) {
        continue;
      }
      try {
        await step.undo();
      } catch {
        const { system, object } = step.planned;
        left.push(`${system} ${object.kind} ${object.name}`);
      }
    }
    return left;
  }
}
