import { InputError } from '@backstage/errors';

/**
 * Collects every validation problem of a run, so a developer fixes them all in one go instead of
 * one failed run per mistake.
 */
export class Problems {
  readonly #messages: string[] = [];

  /** Records the validator's message, if any. */
  add(message: string | undefined): void {
    if (message) {
      this.#messages.push(message);
    }
  }

  /** Throws one InputError with every problem, before any call was made. */
  throwIfAny(): void {
    if (this.#messages.length === 1) {
      throw new InputError(this.#messages[0]);
    }
    if (this.#messages.length > 1) {
      throw new InputError(
        `${this.#messages.length} problems: ${this.#messages
          .map((m, i) => `(${i + 1}) ${m}`)
          .join(' ')}`,
      );
    }
  }
}
