import { AttemptTimeoutError, withRetry, withTimeout } from './retry';

describe('withTimeout', () => {
  it('passes an answer in time through, and refuses a late one', async () => {
    await expect(withTimeout(Promise.resolve(1), 50, 'x')).resolves.toBe(1);
    const late = new Promise(resolve => setTimeout(resolve, 200));
    await expect(withTimeout(late, 20, 'reading x')).rejects.toEqual(
      new AttemptTimeoutError('reading x timed out after 20 ms'),
    );
  });
});

describe('withRetry', () => {
  const options = { attempts: 3, delayMs: 1, timeoutMs: 50 };

  it('retries what the predicate calls retryable, and timeouts', async () => {
    const outcomes = [
      () => Promise.reject(new Error('503')),
      () => new Promise(() => {}),
      () => Promise.resolve('ok'),
    ];
    let calls = 0;
    const fn = () => outcomes[calls++]();
    await expect(
      withRetry(fn, 'x', e => (e as Error).message === '503', options),
    ).resolves.toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up on other errors at once, and after the last attempt', async () => {
    const fatal = jest.fn().mockRejectedValue(new Error('422'));
    await expect(withRetry(fatal, 'x', () => false, options)).rejects.toThrow(
      '422',
    );
    expect(fatal).toHaveBeenCalledTimes(1);
    const flaky = jest.fn().mockRejectedValue(new Error('503'));
    await expect(withRetry(flaky, 'x', () => true, options)).rejects.toThrow(
      '503',
    );
    expect(flaky).toHaveBeenCalledTimes(3);
  });
});
