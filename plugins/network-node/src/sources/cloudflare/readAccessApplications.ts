import type Cloudflare from 'cloudflare';
import type {
  AccessApplication,
  SourceProblem,
} from '@localplus/plugin-network-common';
import { listAll } from './cloudflareEnvelope';
import {
  cloudflareSourceError,
  describeCloudflareFailure,
  isPartialRefusal,
} from './cloudflareErrors';

interface ApplicationFields {
  id?: string;
  aud?: string;
  name?: string;
  type?: string;
  domain?: string;
  self_hosted_domains?: string[];
  destinations?: Array<{ type?: string; uri?: string }>;
}

// `destinations` supersedes `self_hosted_domains`; both may still be present
// on older apps, and `domain` is the one shown in the launcher.
function domainsOf(app: ApplicationFields): string[] {
  const publicUris = (app.destinations ?? [])
    .filter(d => (d.type ?? 'public') === 'public' && d.uri)
    .map(d => d.uri as string);
  const all = [app.domain, ...(app.self_hosted_domains ?? []), ...publicUris];
  return [...new Set(all.filter((d): d is string => !!d))];
}

/**
 * The account's Access applications with the hosts and paths they protect.
 * A token without "Access: Apps read" is a problem, not a failure.
 */
export async function readAccessApplications(options: {
  client: Cloudflare;
  accountId: string;
  signal: AbortSignal;
}): Promise<{
  accessApplications: AccessApplication[];
  problems: SourceProblem[];
}> {
  const { client, accountId, signal } = options;
  let apps: ApplicationFields[];
  try {
    apps = await listAll<ApplicationFields>(
      client.zeroTrust.access.applications.list(
        { account_id: accountId },
        { signal },
      ),
      'the Access application list',
    );
  } catch (error) {
    if (isPartialRefusal(error)) {
      return {
        accessApplications: [],
        problems: [
          {
            message: `Cloudflare Access applications could not be listed: ${describeCloudflareFailure(
              error,
            )}`,
          },
        ],
      };
    }
    throw cloudflareSourceError('list the Access applications', error);
  }
  const url = `https://one.dash.cloudflare.com/${accountId}/access/apps`;
  return {
    accessApplications: apps.map(app => ({
      id: app.id ?? app.aud ?? app.name ?? '',
      name: app.name ?? '',
      domains: domainsOf(app),
      type: app.type ?? 'unknown',
      origin: { source: 'cloudflare', url },
    })),
    problems: [],
  };
}
