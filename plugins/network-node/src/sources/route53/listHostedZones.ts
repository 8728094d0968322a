import {
  GetHostedZoneCommand,
  paginateListHostedZones,
  type HostedZone,
  type Route53Client,
} from '@aws-sdk/client-route-53';
import type { SourceProblem } from '@localplus/plugin-network-common';
import {
  UnexpectedRoute53ResponseError,
  describeRoute53Failure,
  isMissingZone,
  route53SourceError,
} from './route53Errors';
import { normaliseDnsName } from './normaliseDnsName';

/** A hosted zone to read records of. */
export interface Route53Zone {
  /** Without the `/hostedzone/` prefix. */
  id: string;
  /** Normalised: `internal.localplus.io`. */
  name: string;
  privateZone: boolean;
}

const toZone = (zone: HostedZone): Route53Zone => ({
  id: (zone.Id ?? '').replace(/^\/?hostedzone\//, ''),
  name: normaliseDnsName(zone.Name ?? ''),
  privateZone: zone.Config?.PrivateZone ?? false,
});

async function listPrivateZones(
  client: Route53Client,
  signal: AbortSignal,
): Promise<Route53Zone[]> {
  const zones: Route53Zone[] = [];
  try {
    for await (const page of paginateListHostedZones(
      { client, pageSize: 100 },
      {},
      { abortSignal: signal },
    )) {
      if (
        !Array.isArray(page.HostedZones) ||
        typeof page.IsTruncated !== 'boolean'
      ) {
        throw new UnexpectedRoute53ResponseError(
          'the answer to ListHostedZones had no HostedZones or IsTruncated',
        );
      }
      zones.push(
        ...page.HostedZones.filter(z => z.Config?.PrivateZone).map(toZone),
      );
    }
  } catch (error) {
    throw route53SourceError('list the hosted zones', error);
  }
  return zones;
}

async function getZones(
  client: Route53Client,
  ids: string[],
  signal: AbortSignal,
): Promise<{ zones: Route53Zone[]; problems: SourceProblem[] }> {
  const zones: Route53Zone[] = [];
  const problems: SourceProblem[] = [];
  for (const id of ids) {
    try {
      const answer = await client.send(new GetHostedZoneCommand({ Id: id }), {
        abortSignal: signal,
      });
      if (!answer.HostedZone?.Id) {
        throw new UnexpectedRoute53ResponseError(
          'the answer to GetHostedZone had no HostedZone',
        );
      }
      zones.push(toZone(answer.HostedZone));
    } catch (error) {
      if (!isMissingZone(error)) {
        throw route53SourceError(`read hosted zone ${id}`, error);
      }
      problems.push({
        message: `Route53 hosted zone ${id} (network.route53.hostedZoneIds): ${describeRoute53Failure(
          error,
        )}`,
      });
    }
  }
  return { zones, problems };
}

/**
 * The zones to read: the configured ones (a missing one is a problem), or
 * else every private zone of the account. Public zones are Cloudflare's.
 */
export async function listHostedZones(options: {
  client: Route53Client;
  hostedZoneIds?: string[];
  signal: AbortSignal;
}): Promise<{ zones: Route53Zone[]; problems: SourceProblem[] }> {
  const { client, hostedZoneIds, signal } = options;
  if (hostedZoneIds) {
    return getZones(client, hostedZoneIds, signal);
  }
  return { zones: await listPrivateZones(client, signal), problems: [] };
}
