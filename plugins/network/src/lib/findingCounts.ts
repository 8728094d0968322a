import type {
  Finding,
  FindingSeverity,
} from '@localplus/plugin-network-common';

/** Severities from worst to mildest: the order every count is shown in. */
export const SEVERITIES: readonly FindingSeverity[] = [
  'error',
  'warning',
  'info',
];

/** How many findings of each severity; every severity is present, zero included. */
export function countFindings(
  findings: readonly Pick<Finding, 'severity'>[],
): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = {
    error: 0,
    warning: 0,
    info: 0,
  };
  for (const finding of findings) {
    counts[finding.severity] += 1;
  }
  return counts;
}

/** Worst first, so the finding that breaks traffic is read before the hints. */
export function sortBySeverity<T extends Pick<Finding, 'severity'>>(
  findings: readonly T[],
): T[] {
  return [...findings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
}
