import { ServiceUnavailableError } from '@backstage/errors';

/** An attempt that got no answer in time (the request may still have arrived). @public */
export class AttemptTimeoutError extends ServiceUnavailableError {}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** @public */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  attempts?: number;
  /** Pause before the second attempt, doubled after each further one. Default 500 ms. */
  delayMs?: number;
  /** Gives up on one attempt after this long. Default 30 s. */
  timeoutMs?: number;
}

/**
 * Rejects with a ServiceUnavailableError when `promise` takes longer than `ms`. The request itself
 * may still arrive; the callers only send idempotent requests (apply, GET, delete by name).
 */
export async function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AttemptTimeoutError(`${what} timed out after ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `fn` until it succeeds, it fails with an error `retryable` refuses, or the attempts run
 * out; each attempt is bounded by the timeout.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  what: string,
  retryable: (error: unknown) => boolean,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let delay = options.delayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await withTimeout(fn(), timeoutMs, what);
    } catch (error) {
      const timedOut = error instanceof AttemptTimeoutError;
      if (attempt >= attempts || !(timedOut || retryable(error))) {
        throw error;
      }
      await sleep(delay);
      delay *= 2;
    }
  }
}
