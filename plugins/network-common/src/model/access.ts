/*
 * Cloudflare Access in front of public paths. A path "like" a protected one (`/admin`,
 * `/v1/admin`, `/admin/users`) must sit behind an Access application when it is public.
 */
import { hostnameMatches } from './names';
import { pathPrefixMatches } from './gateway/routes';
import { re2Finds } from './regex';
import type { AccessApplication } from './sources';

const segments = (path: string) => path.split('/').filter(s => s !== '');

/** The protected path a route path falls under, if any: its segments contain the protected ones. */
export function protectedPathOf(
  path: string | undefined,
  protectedPaths: readonly string[],
): string | undefined {
  if (!path) return undefined;
  const own = segments(path);
  return protectedPaths.find(candidate => {
    const wanted = segments(candidate);
    if (wanted.length === 0) return false;
    for (let i = 0; i + wanted.length <= own.length; i++) {
      if (wanted.every((s, j) => own[i + j] === s)) return true;
    }
    return false;
  });
}

/**
 * The protected path a cloudflared path regex is written for: one it matches while it does not
 * match every path (a rule for `/` is not an admin rule).
 */
export function protectedPathOfRegex(
  pattern: string | undefined,
  protectedPaths: readonly string[],
): string | undefined {
  if (!pattern || re2Finds(pattern, '/')) return undefined;
  return protectedPaths.find(p => re2Finds(pattern, p));
}

function splitDomain(domain: string): { host: string; path?: string } {
  const slash = domain.indexOf('/');
  if (slash < 0) return { host: domain.toLowerCase() };
  const path = domain.slice(slash).replace(/\/?\*$/, '');
  return {
    host: domain.slice(0, slash).toLowerCase(),
    path: path || undefined,
  };
}

/** Access applications whose domains cover host + path (path-less domains cover every path). */
export function accessApplicationsCovering(
  apps: readonly AccessApplication[],
  host: string,
  path?: string,
): AccessApplication[] {
  return apps.filter(app =>
    app.domains.some(domain => {
      const parts = splitDomain(domain);
      if (!hostnameMatches(parts.host, host)) return false;
      if (!parts.path) return true;
      return path !== undefined && pathPrefixMatches(parts.path, path);
    }),
  );
}

/** Access applications with at least one domain on the host (whatever the path). */
export function accessApplicationsOnHost(
  apps: readonly AccessApplication[],
  host: string,
): AccessApplication[] {
  return apps.filter(app =>
    app.domains.some(domain => hostnameMatches(splitDomain(domain).host, host)),
  );
}
