import {
  Route53Client,
  type Route53ClientConfig,
} from '@aws-sdk/client-route-53';
import type { Config } from '@backstage/config';
import {
  DefaultAwsCredentialsManager,
  type AwsCredentialProvider,
} from '@backstage/integration-aws-node';
import { ROUTE53_MAX_ATTEMPTS } from './route53Errors';
import type { Route53SourceConfig } from './readRoute53SourceConfig';

/** Per request attempt. @public */
export const DEFAULT_ROUTE53_REQUEST_TIMEOUT_MS = 30_000;

/**
 * A Route53 client whose credentials come from Backstage's AWS integration
 * (`aws.mainAccount` / `aws.accounts`), resolved on first use so that building
 * the source never blocks start-up on STS.
 *
 * @public
 */
export function createRoute53Client(options: {
  /** The root config, where the AWS integration's `aws` section lives. */
  config: Config;
  sourceConfig: Route53SourceConfig;
  requestTimeoutMs?: number;
}): Route53Client {
  const { sourceConfig } = options;
  const timeout =
    options.requestTimeoutMs ?? DEFAULT_ROUTE53_REQUEST_TIMEOUT_MS;
  const manager = DefaultAwsCredentialsManager.fromConfig(options.config);
  let provider: Promise<AwsCredentialProvider> | undefined;
  const credentials: Route53ClientConfig['credentials'] = async props => {
    provider ??= manager.getCredentialProvider({
      accountId: sourceConfig.accountId,
    });
    try {
      return await (await provider).sdkCredentialProvider(props);
    } catch (error) {
      // a failed lookup is retried on the next read rather than cached
      provider = undefined;
      throw error;
    }
  };
  return new Route53Client({
    region: sourceConfig.region,
    endpoint: sourceConfig.endpoint,
    credentials,
    maxAttempts: ROUTE53_MAX_ATTEMPTS,
    requestHandler: {
      requestTimeout: timeout,
      connectionTimeout: timeout,
      // without it a breached requestTimeout only logs a warning and the call hangs on
      throwOnRequestTimeout: true,
    },
  });
}
