/**
 * Polls `probe` until it returns something other than undefined, and returns that. Things that
 * happen on their own time (a watch event, a rebuild) are waited for this way; the deadline only
 * bounds how long a broken test hangs, it is never what a test asserts.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  options: { what: string; timeoutMs?: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError ? `; last error: ${String(lastError)}` : '';
      throw new Error(
        `${options.what} did not happen within ${
          options.timeoutMs ?? 20_000
        } ms${cause}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, options.intervalMs ?? 50));
  }
}
