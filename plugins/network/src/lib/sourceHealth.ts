import type { SourceStatus } from '@localplus/plugin-network-common';

/** The sources grouped the way the summary line and the banner speak about them. */
export interface SourceHealth {
  ok: SourceStatus[];
  failing: SourceStatus[];
  off: SourceStatus[];
}

export function groupSources(sources: readonly SourceStatus[]): SourceHealth {
  return {
    ok: sources.filter(s => s.status === 'ok'),
    failing: sources.filter(s => s.status === 'error'),
    off: sources.filter(s => s.status === 'off'),
  };
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "3 minutes ago" for an ISO time; `now` is a parameter so the text is the same in every test.
 * Anything under a minute is "just now": the index refreshes every few minutes, so seconds are noise.
 */
export function formatAge(
  iso: string | undefined,
  now: number = Date.now(),
): string {
  if (!iso) {
    return 'never';
  }
  const time = Date.parse(iso);
  if (Number.isNaN(time)) {
    return 'at an unknown time';
  }
  const elapsed = now - time;
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(elapsed) >= ms) {
      return format.format(-Math.round(elapsed / ms), unit);
    }
  }
  return 'just now';
}
