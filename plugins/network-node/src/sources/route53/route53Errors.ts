import { ServiceUnavailableError } from '@backstage/errors';

/** The client's attempts per call, the first included (the SDK's default). */
export const ROUTE53_MAX_ATTEMPTS = 3;

/** A 2xx answer without the fields every answer of that operation has. */
export class UnexpectedRoute53ResponseError extends Error {
  name = 'UnexpectedRoute53ResponseError';
}

interface SdkErrorShape {
  name?: string;
  message?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

const CREDENTIAL_CODES = new Set([
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'UnrecognizedClientException',
  'MissingAuthenticationToken',
]);
const THROTTLE_CODES = new Set(['Throttling', 'PriorRequestNotComplete']);
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout']);

/**
 * Says in a developer's words why a Route53 call failed. The SDK's errors are
 * told apart by name, not class, as they may come from another realm.
 */
export function describeRoute53Failure(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape;
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts ?? 1;
  const after =
    attempts > 1 ? `, still failing after ${attempts} attempts` : '';
  // the SDK appends advice on further lines ("inspect the hidden field…")
  const message = (e.message ?? String(error)).split('\n')[0].trim();
  const detail = `HTTP ${status} ${e.name}: ${message}`;
  if (error instanceof UnexpectedRoute53ResponseError) {
    return error.message;
  }
  if (e.name === 'AbortError') {
    return 'the read was cancelled';
  }
  if (TIMEOUT_NAMES.has(e.name ?? '') || e.code === 'ETIMEDOUT') {
    return `the request timed out${after}`;
  }
  if (CREDENTIAL_CODES.has(e.name ?? '')) {
    return `AWS rejected the credentials (${detail})`;
  }
  if (e.name === 'AccessDenied' || e.name === 'AccessDeniedException') {
    return `the credentials lack a permission (${detail})`;
  }
  if (e.name === 'CredentialsProviderError') {
    return `no AWS credentials: ${e.message}`;
  }
  if (THROTTLE_CODES.has(e.name ?? '')) {
    return `throttled by Route53 (${detail})${after}`;
  }
  if (status === undefined) {
    return `no answer from Route53: ${message}${after}`;
  }
  if (status < 300) {
    // a success status whose body the SDK could not parse
    return `the answer was not Route53 XML (${message})`;
  }
  if (status >= 500 || e.$fault === 'server') {
    return `Route53 failed (${detail})${after}`;
  }
  return `Route53 refused the request (${detail})`;
}

/** A zone that is gone: a problem of the snapshot, not a failed read. */
export function isMissingZone(error: unknown): boolean {
  return (error as SdkErrorShape | undefined)?.name === 'NoSuchHostedZone';
}

/** The error `read()` rejects with: which source, what it was doing, why. */
export function route53SourceError(
  action: string,
  error: unknown,
): ServiceUnavailableError {
  return new ServiceUnavailableError(
    `Route53 source could not ${action}: ${describeRoute53Failure(error)}`,
  );
}
