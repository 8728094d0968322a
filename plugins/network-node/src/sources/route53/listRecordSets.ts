import {
  ListResourceRecordSetsCommand,
  type ListResourceRecordSetsCommandInput,
  type ResourceRecordSet,
  type Route53Client,
} from '@aws-sdk/client-route-53';
import {
  UnexpectedRoute53ResponseError,
  route53SourceError,
} from './route53Errors';
import type { Route53Zone } from './listHostedZones';

/** The most Route53 returns per page. */
const PAGE_SIZE = 300;

/**
 * Every record set of a zone. The SDK has no paginator for this call, so this
 * follows `IsTruncated` and `NextRecordName/Type/Identifier` itself.
 */
export async function listRecordSets(options: {
  client: Route53Client;
  zone: Route53Zone;
  signal: AbortSignal;
}): Promise<ResourceRecordSet[]> {
  const { client, zone, signal } = options;
  const sets: ResourceRecordSet[] = [];
  let input: ListResourceRecordSetsCommandInput = {
    HostedZoneId: zone.id,
    MaxItems: PAGE_SIZE,
  };
  try {
    for (;;) {
      const page = await client.send(new ListResourceRecordSetsCommand(input), {
        abortSignal: signal,
      });
      if (
        !Array.isArray(page.ResourceRecordSets) ||
        typeof page.IsTruncated !== 'boolean'
      ) {
        throw new UnexpectedRoute53ResponseError(
          'the answer to ListResourceRecordSets had no ResourceRecordSets or IsTruncated',
        );
      }
      sets.push(...page.ResourceRecordSets);
      if (!page.IsTruncated) {
        return sets;
      }
      if (!page.NextRecordName) {
        throw new UnexpectedRoute53ResponseError(
          'a truncated ListResourceRecordSets answer had no NextRecordName',
        );
      }
      input = {
        ...input,
        StartRecordName: page.NextRecordName,
        StartRecordType: page.NextRecordType,
        StartRecordIdentifier: page.NextRecordIdentifier,
      };
    }
  } catch (error) {
    throw route53SourceError(
      `list the records of hosted zone ${zone.id} (${zone.name})`,
      error,
    );
  }
}
