import {
  NoSuchHostedZone,
  Route53ServiceException,
} from '@aws-sdk/client-route-53';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  UnexpectedRoute53ResponseError,
  describeRoute53Failure,
  isMissingZone,
  route53SourceError,
} from './route53Errors';

const sdkError = (
  name: string,
  status: number | undefined,
  message: string,
  attempts = 1,
) =>
  new Route53ServiceException({
    name,
    $fault: status !== undefined && status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, attempts },
    message,
  });

describe('describeRoute53Failure', () => {
  it.each([
    [
      sdkError(
        'InvalidClientTokenId',
        403,
        'The security token included in the request is invalid.',
      ),
      'AWS rejected the credentials (HTTP 403 InvalidClientTokenId: The security token included in the request is invalid.)',
    ],
    [
      sdkError('AccessDenied', 403, 'User is not authorized'),
      'the credentials lack a permission (HTTP 403 AccessDenied: User is not authorized)',
    ],
    [
      sdkError('Throttling', 400, 'Rate exceeded', 3),
      'throttled by Route53 (HTTP 400 Throttling: Rate exceeded), still failing after 3 attempts',
    ],
    [
      sdkError('PriorRequestNotComplete', 400, 'busy', 3),
      'throttled by Route53 (HTTP 400 PriorRequestNotComplete: busy), still failing after 3 attempts',
    ],
    [
      sdkError('InternalFailure', 500, 'oops', 3),
      'Route53 failed (HTTP 500 InternalFailure: oops), still failing after 3 attempts',
    ],
    [
      sdkError('InvalidInput', 400, 'bad\nsecond line'),
      'Route53 refused the request (HTTP 400 InvalidInput: bad)',
    ],
    [
      sdkError('Error', 200, 'XML parse error\nDeserialization error: …'),
      'the answer was not Route53 XML (XML parse error)',
    ],
    [
      Object.assign(new Error('socket hang up'), {
        name: 'TimeoutError',
        $metadata: { attempts: 3 },
      }),
      'the request timed out, still failing after 3 attempts',
    ],
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
        $metadata: { attempts: 3 },
      }),
      'no answer from Route53: connect ECONNREFUSED 127.0.0.1:1, still failing after 3 attempts',
    ],
    [
      Object.assign(new Error('aborted'), { name: 'AbortError' }),
      'the read was cancelled',
    ],
    [
      Object.assign(new Error('Could not load credentials'), {
        name: 'CredentialsProviderError',
      }),
      'no AWS credentials: Could not load credentials',
    ],
    [new UnexpectedRoute53ResponseError('odd answer'), 'odd answer'],
  ])('%s', (error, expected) => {
    expect(describeRoute53Failure(error)).toBe(expected);
  });
});

describe('isMissingZone', () => {
  it('recognises NoSuchHostedZone only', () => {
    expect(
      isMissingZone(
        new NoSuchHostedZone({
          $metadata: { httpStatusCode: 404 },
          message: 'gone',
        }),
      ),
    ).toBe(true);
    expect(isMissingZone(sdkError('Throttling', 400, 'x'))).toBe(false);
    expect(isMissingZone(undefined)).toBe(false);
  });
});

describe('route53SourceError', () => {
  it('names the source and the action', () => {
    const error = route53SourceError(
      'list the hosted zones',
      sdkError('InternalFailure', 503, 'down', 3),
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      'Route53 source could not list the hosted zones: Route53 failed (HTTP 503 InternalFailure: down), still failing after 3 attempts',
    );
  });
});
