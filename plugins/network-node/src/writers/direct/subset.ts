import { isDeepStrictEqual } from 'node:util';

/**
 * Whether everything `desired` says is already in `live`: what a server-side apply of `desired`
 * would leave as it is. `live` may hold more (defaults, status, other managers' fields); arrays
 * must have the same length, as an apply replaces atomic lists.
 */
export function isSubset(desired: unknown, live: unknown): boolean {
  if (Array.isArray(desired)) {
    return (
      Array.isArray(live) &&
      desired.length === live.length &&
      desired.every((item, i) => isSubset(item, live[i]))
    );
  }
  if (desired && typeof desired === 'object') {
    if (!live || typeof live !== 'object' || Array.isArray(live)) {
      return false;
    }
    return Object.entries(desired).every(([key, value]) =>
      isSubset(value, (live as Record<string, unknown>)[key]),
    );
  }
  // the API server turns int-or-string ports given as numbers into numbers, and back
  if (typeof desired !== typeof live && desired !== undefined) {
    return String(desired) === String(live);
  }
  return isDeepStrictEqual(desired, live);
}
