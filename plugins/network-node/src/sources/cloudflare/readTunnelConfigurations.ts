import type Cloudflare from 'cloudflare';
import type {
  SourceProblem,
  TunnelConfiguration,
  TunnelRule,
} from '@localplus/plugin-network-common';
import {
  UnexpectedCloudflareResponseError,
  cloudflareSourceError,
  describeCloudflareFailure,
  isPartialRefusal,
} from './cloudflareErrors';

interface IngressFields {
  hostname?: string;
  path?: string;
  service?: string;
  originRequest?: Record<string, unknown>;
}

function toRule(rule: IngressFields, position: number): TunnelRule {
  return {
    // the API writes the catch-all with an empty hostname
    hostname: rule.hostname || undefined,
    path: rule.path || undefined,
    service: rule.service ?? '',
    position,
    ...(rule.originRequest ? { originRequest: rule.originRequest } : {}),
  };
}

async function readOne(options: {
  client: Cloudflare;
  accountId: string;
  tunnelId: string;
  signal: AbortSignal;
}): Promise<TunnelConfiguration | SourceProblem> {
  const { client, accountId, tunnelId, signal } = options;
  let answer: Awaited<
    ReturnType<typeof client.zeroTrust.tunnels.cloudflared.configurations.get>
  >;
  try {
    answer = await client.zeroTrust.tunnels.cloudflared.configurations.get(
      tunnelId,
      { account_id: accountId },
      { signal },
    );
  } catch (error) {
    if (isPartialRefusal(error)) {
      return {
        message: `Cloudflare tunnel ${tunnelId}: could not read its configuration: ${describeCloudflareFailure(
          error,
        )}`,
      };
    }
    throw cloudflareSourceError(
      `read the configuration of tunnel ${tunnelId}`,
      error,
    );
  }
  if (typeof answer !== 'object' || answer === null) {
    throw cloudflareSourceError(
      `read the configuration of tunnel ${tunnelId}`,
      new UnexpectedCloudflareResponseError(
        'the answer was not a Cloudflare v4 envelope with a result',
      ),
    );
  }
  if (answer.source === 'local') {
    return {
      message: `Cloudflare tunnel ${tunnelId} is locally managed: its rules live in the cloudflared config file, not in the API`,
    };
  }
  const ingress = (answer.config?.ingress ?? []) as IngressFields[];
  return {
    tunnelId,
    management: 'remote',
    rules: ingress.map(toRule),
    version: answer.version,
    origin: {
      source: 'cloudflare',
      url: `https://one.dash.cloudflare.com/${accountId}/networks/tunnels/cfd_tunnel/${tunnelId}/edit`,
    },
  };
}

/**
 * The ingress rules of each configured remotely managed tunnel, in
 * first-match order. A tunnel that is gone or hidden from the token is a
 * problem; any other failure fails the read.
 */
export async function readTunnelConfigurations(options: {
  client: Cloudflare;
  accountId: string;
  tunnelIds: string[];
  signal: AbortSignal;
}): Promise<{ tunnels: TunnelConfiguration[]; problems: SourceProblem[] }> {
  const results = await Promise.all(
    options.tunnelIds.map(tunnelId => readOne({ ...options, tunnelId })),
  );
  const tunnels: TunnelConfiguration[] = [];
  const problems: SourceProblem[] = [];
  for (const result of results) {
    if ('tunnelId' in result) {
      tunnels.push(result);
    } else {
      problems.push(result);
    }
  }
  return { tunnels, problems };
}
