/**
 * Which of the platform's zones a name falls into. A name is inside a zone when it equals the
 * zone or ends with `.<zone>`; the longest (most specific) zone wins, so
 * `x.internal.localplus.io` belongs to `internal.localplus.io`, not `localplus.io`.
 *
 * @public
 */
export function zoneOf(name: string, zones: string[]): string | undefined {
  const normalised = name.toLowerCase().replace(/\.$/, '');
  let best: string | undefined;
  for (const raw of zones) {
    const zone = raw.toLowerCase().replace(/\.$/, '');
    const inside = normalised === zone || normalised.endsWith(`.${zone}`);
    if (inside && (!best || zone.length > best.length)) {
      best = zone;
    }
  }
  return best;
}
