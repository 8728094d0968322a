import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'cloudflare';
import { ServiceUnavailableError } from '@backstage/errors';

/** The retries the client makes after a first failed attempt. */
export const CLOUDFLARE_MAX_RETRIES = 2;

/** A 2xx answer that is not the v4 envelope the suite relies on. */
export class UnexpectedCloudflareResponseError extends Error {
  name = 'UnexpectedCloudflareResponseError';
}

function errorCodes(error: APIError): string {
  const items = (error.errors ?? []) as Array<{
    code?: number;
    message?: string;
  }>;
  const described = items
    .filter(item => item && (item.code !== undefined || item.message))
    .map(item => `Cloudflare error ${item.code ?? '?'}: ${item.message ?? ''}`)
    .map(text => text.trim());
  return described.length ? `, ${described.join('; ')}` : '';
}

const retried = `, still failing after ${CLOUDFLARE_MAX_RETRIES} retries`;

/**
 * Says in a developer's words why a Cloudflare call failed, without the SDK's
 * raw message (which embeds whole response bodies).
 */
export function describeCloudflareFailure(error: unknown): string {
  // order matters: the connection errors are APIError subclasses without a status
  if (error instanceof APIUserAbortError) {
    return 'the read was cancelled';
  }
  if (error instanceof APIConnectionTimeoutError) {
    return `the request timed out${retried}`;
  }
  if (error instanceof APIConnectionError) {
    const cause =
      error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `could not connect to the Cloudflare API${cause}${retried}`;
  }
  if (error instanceof AuthenticationError) {
    return `the API token was rejected (HTTP 401${errorCodes(error)})`;
  }
  if (error instanceof PermissionDeniedError) {
    return `the API token lacks a permission (HTTP 403${errorCodes(error)})`;
  }
  if (error instanceof NotFoundError) {
    return `not found (HTTP 404${errorCodes(error)})`;
  }
  if (error instanceof RateLimitError) {
    return `rate limited by Cloudflare (HTTP 429${errorCodes(
      error,
    )})${retried}`;
  }
  if (error instanceof InternalServerError) {
    return `Cloudflare failed (HTTP ${error.status}${errorCodes(
      error,
    )})${retried}`;
  }
  if (error instanceof APIError) {
    return `Cloudflare refused the request (HTTP ${error.status}${errorCodes(
      error,
    )})`;
  }
  // by name: the JSON parser's error may come from another realm (Jest, vm)
  if ((error as { name?: unknown } | undefined)?.name === 'SyntaxError') {
    return 'the response was not valid JSON';
  }
  if (error instanceof UnexpectedCloudflareResponseError) {
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Refusals that will not go away on the next refresh and concern one part of
 * the account only (a deleted tunnel, a token without Access read): reported
 * as problems of the snapshot rather than failing the whole read.
 */
export function isPartialRefusal(error: unknown): boolean {
  return (
    error instanceof NotFoundError || error instanceof PermissionDeniedError
  );
}

/** The error `read()` rejects with: which source, what it was doing, why. */
export function cloudflareSourceError(
  action: string,
  error: unknown,
): ServiceUnavailableError {
  return new ServiceUnavailableError(
    `Cloudflare source could not ${action}: ${describeCloudflareFailure(
      error,
    )}`,
  );
}
