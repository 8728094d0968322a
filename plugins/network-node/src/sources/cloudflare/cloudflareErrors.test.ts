import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'cloudflare';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  UnexpectedCloudflareResponseError,
  cloudflareSourceError,
  describeCloudflareFailure,
  isPartialRefusal,
} from './cloudflareErrors';

const answered = (status: number, errors: object[] = []) =>
  APIError.generate(
    status,
    { success: false, errors, messages: [], result: null },
    undefined,
    new Headers(),
  );

describe('describeCloudflareFailure', () => {
  it.each([
    [
      answered(401, [{ code: 10000, message: 'Authentication error' }]),
      'the API token was rejected (HTTP 401, Cloudflare error 10000: Authentication error)',
    ],
    [
      answered(403, [{ code: 10000, message: 'Authentication error' }]),
      'the API token lacks a permission (HTTP 403, Cloudflare error 10000: Authentication error)',
    ],
    [answered(404), 'not found (HTTP 404)'],
    [
      answered(429, [{ code: 971, message: 'slow down' }]),
      'rate limited by Cloudflare (HTTP 429, Cloudflare error 971: slow down), still failing after 2 retries',
    ],
    [
      answered(502),
      'Cloudflare failed (HTTP 502), still failing after 2 retries',
    ],
    [
      answered(400, [
        { code: 81057, message: 'Record already exists.' },
        { code: 9000, message: 'other' },
      ]),
      'Cloudflare refused the request (HTTP 400, Cloudflare error 81057: Record already exists.; Cloudflare error 9000: other)',
    ],
    [new APIUserAbortError(), 'the read was cancelled'],
    [
      new APIConnectionTimeoutError(),
      'the request timed out, still failing after 2 retries',
    ],
    [
      new APIConnectionError({ cause: new Error('connect ECONNREFUSED') }),
      'could not connect to the Cloudflare API: connect ECONNREFUSED, still failing after 2 retries',
    ],
    [new SyntaxError('Unexpected token'), 'the response was not valid JSON'],
    [new UnexpectedCloudflareResponseError('odd answer'), 'odd answer'],
    [new Error('boom'), 'boom'],
  ])('%s', (error, expected) => {
    expect(describeCloudflareFailure(error)).toBe(expected);
  });
});

describe('isPartialRefusal', () => {
  it('is true for 403 and 404 only', () => {
    expect(isPartialRefusal(answered(403))).toBe(true);
    expect(isPartialRefusal(answered(404))).toBe(true);
    expect(isPartialRefusal(answered(401))).toBe(false);
    expect(isPartialRefusal(answered(500))).toBe(false);
    expect(isPartialRefusal(new Error('x'))).toBe(false);
  });
});

describe('cloudflareSourceError', () => {
  it('names the source and the action, without the SDK message', () => {
    const error = cloudflareSourceError(
      'list the DNS records of zone localplus.io',
      answered(500, [{ code: 10001, message: 'oops' }]),
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      'Cloudflare source could not list the DNS records of zone localplus.io: Cloudflare failed (HTTP 500, Cloudflare error 10001: oops), still failing after 2 retries',
    );
  });
});
