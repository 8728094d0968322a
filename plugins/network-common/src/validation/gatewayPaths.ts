/**
 * The Gateway API rules for `Exact` and `PathPrefix` path values (the CEL rules of the HTTPRoute
 * CRD, v1.6.1), checked before any call so a developer sees the reason in the wizard instead of
 * an API server rejection.
 */

/** How a route matches a path. @public */
export type GatewayPathType = 'PathPrefix' | 'Exact';

const MAX_LENGTH = 1024;
const CHARACTERS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$/;

/**
 * Checks a path the way the Gateway API validates `Exact` and `PathPrefix` matches.
 *
 * @param path - e.g. `/v1/ledger`
 * @returns why the path is refused, or `undefined`
 * @public
 */
export function validateGatewayPath(path: string): string | undefined {
  if (path.length === 0) {
    return 'The path is empty; use "/" to match everything.';
  }
  if (!path.startsWith('/')) {
    return `The path "${path}" must start with "/", e.g. "/${path}".`;
  }
  if (path.length > MAX_LENGTH) {
    return `The path is ${path.length} characters long; at most ${MAX_LENGTH} are allowed.`;
  }
  if (path.includes('#')) {
    return `The path "${path}" contains "#"; a fragment is never sent to the server.`;
  }
  if (path.includes('?')) {
    return `The path "${path}" contains "?"; query strings cannot be matched as a path.`;
  }
  if (path.includes('//')) {
    return `The path "${path}" contains "//"; use single slashes.`;
  }
  if (/%2f/i.test(path)) {
    return `The path "${path}" contains an encoded slash (%2F), which the Gateway refuses.`;
  }
  if (path.includes('/./') || path.endsWith('/.')) {
    return `The path "${path}" contains a "." segment; write the path without "/./".`;
  }
  if (path.includes('/../') || path.endsWith('/..')) {
    return `The path "${path}" contains a ".." segment; write the path without "/../".`;
  }
  if (!CHARACTERS.test(path)) {
    const bad = [...path].find(c => !CHARACTERS.test(c) && c !== '%');
    return bad
      ? `The path "${path}" contains "${bad}"; encode it (e.g. %20 for a space) or leave it out.`
      : `The path "${path}" has a "%" that is not followed by two hexadecimal digits.`;
  }
  return undefined;
}

/**
 * Gateway `PathPrefix` matching is element-wise and ignores a trailing `/`, so `/v1/x/` and
 * `/v1/x` are the same prefix; compare and store the form without the trailing slash.
 *
 * @public
 */
export function normaliseGatewayPathPrefix(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}
