import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** Route53 is a global service signed in us-east-1. @public */
export const DEFAULT_ROUTE53_REGION = 'us-east-1';

/** The `network.route53` section, with defaults applied. @public */
export interface Route53SourceConfig {
  /** Matched against `aws.accounts`; absent means the AWS integration's main account. */
  accountId?: string;
  region: string;
  /** Absent means every private hosted zone of the account. */
  hostedZoneIds?: string[];
  endpoint?: string;
}

/**
 * Reads `network.route53`, or returns undefined when the section is absent
 * (the source is off). Every key is optional: `route53: {}` reads every
 * private zone with the AWS integration's default credentials.
 *
 * @public
 */
export function readRoute53SourceConfig(
  config: Config,
): Route53SourceConfig | undefined {
  const section = config.getOptionalConfig('network.route53');
  if (!section) {
    return undefined;
  }
  const endpoint = section.getOptionalString('endpoint');
  if (endpoint !== undefined && !URL.canParse(endpoint)) {
    throw new InputError(
      `network.route53.endpoint is not a URL: "${endpoint}"`,
    );
  }
  return {
    accountId: section.getOptionalString('accountId'),
    region: section.getOptionalString('region') ?? DEFAULT_ROUTE53_REGION,
    // Route53 answers with `/hostedzone/Z…`; people paste either form
    hostedZoneIds: section
      .getOptionalStringArray('hostedZoneIds')
      ?.map(id => id.replace(/^\/?hostedzone\//, '')),
    endpoint,
  };
}
