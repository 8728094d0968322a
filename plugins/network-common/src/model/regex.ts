/*
 * cloudflared matches `path` with Go's RE2 (unanchored), Envoy matches route regexes with RE2
 * (whole path). JavaScript's RegExp differs from RE2 in syntax and in what it accepts, so the
 * model uses re2js. Compiled patterns are cached: the same few rules are matched for every view.
 */
import { RE2JS } from 're2js';

const cache = new Map<string, RE2JS | null>();

/** The compiled pattern, or undefined when RE2 rejects it (cloudflared would refuse to start). */
export function compileRe2(pattern: string): RE2JS | undefined {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = RE2JS.compile(pattern);
    } catch {
      compiled = null;
    }
    cache.set(pattern, compiled);
  }
  return compiled ?? undefined;
}

/** Unanchored search, like Go's `MatchString`. False for an invalid pattern. */
export function re2Finds(pattern: string, input: string): boolean {
  return compileRe2(pattern)?.test(input) ?? false;
}

/** Whole-input match. False for an invalid pattern. */
export function re2MatchesAll(pattern: string, input: string): boolean {
  return compileRe2(pattern)?.matches(input) ?? false;
}
