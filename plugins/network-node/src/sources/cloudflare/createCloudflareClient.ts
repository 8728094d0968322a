import Cloudflare from 'cloudflare';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { CLOUDFLARE_MAX_RETRIES } from './cloudflareErrors';
import type { CloudflareSourceConfig } from './readCloudflareSourceConfig';

/** Per request; a timed-out request is retried, so a call may take three times this. @public */
export const DEFAULT_CLOUDFLARE_REQUEST_TIMEOUT_MS = 30_000;

/**
 * `fetch` whose abort errors keep their name. The SDK recognises a timeout by
 * `name === 'AbortError'` after `instanceof Error`; fetch's DOMException fails
 * that check when it comes from another realm (Jest, vm), and the timeout
 * would read as an unexplained connection failure.
 */
const realmSafeFetch: typeof fetch = (input, init) =>
  fetch(input, init).catch((error: unknown) => {
    const { name, message } = (error ?? {}) as {
      name?: string;
      message?: string;
    };
    if (name === 'AbortError' && !(error instanceof Error)) {
      throw Object.assign(new Error(message ?? 'aborted'), { name });
    }
    throw error;
  });

/**
 * The official SDK client for one configured account: bearer token only (the
 * SDK would otherwise pick up `CLOUDFLARE_API_KEY`/`CLOUDFLARE_EMAIL` from the
 * environment), two retries honouring `retry-after`, and its log lines routed
 * to the Backstage logger instead of the console.
 *
 * @public
 */
export function createCloudflareClient(options: {
  config: Pick<CloudflareSourceConfig, 'apiToken' | 'baseUrl'>;
  logger: LoggerService;
  requestTimeoutMs?: number;
}): Cloudflare {
  const { config, logger } = options;
  return new Cloudflare({
    apiToken: config.apiToken,
    apiKey: null,
    apiEmail: null,
    userServiceKey: null,
    baseURL: config.baseUrl,
    maxRetries: CLOUDFLARE_MAX_RETRIES,
    timeout: options.requestTimeoutMs ?? DEFAULT_CLOUDFLARE_REQUEST_TIMEOUT_MS,
    fetch: realmSafeFetch,
    logLevel: 'info',
    logger: {
      error: message => logger.error(message),
      warn: message => logger.warn(message),
      // the SDK logs each retry at info: useful when a refresh is slow, noise otherwise
      info: message => logger.debug(message),
      debug: () => {},
    },
  });
}
