/*
 * IPv4 address arithmetic for CIDR peers (fromCIDR, toCIDRSet with except,
 * Kubernetes ipBlock). IPv6 is recognised so that it never crashes the
 * evaluator, but it is not matched: such matches are reported as unknown.
 */

const IPV4_TOP = 0xffffffff;

export function parseIPv4(text: string): number | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIPv4(value: number): string {
  return [24, 16, 8, 0]
    .map(shift => Math.floor(value / 2 ** shift) % 256)
    .join('.');
}

export function looksLikeIPv6(text: string): boolean {
  const address = text.split('/')[0];
  return address.includes(':') && /^[0-9a-fA-F:.]+$/.test(address);
}

export type ParsedCidr =
  | { family: 4; first: number; last: number }
  | { family: 6; text: string };

/** Accepts "a.b.c.d/len" and a bare address (as /32 or /128). */
export function parseCidr(text: string): ParsedCidr | undefined {
  const trimmed = text.trim();
  const [address, prefixText, extra] = trimmed.split('/');
  if (extra !== undefined) return undefined;
  if (looksLikeIPv6(address)) {
    const prefix = prefixText === undefined ? 128 : Number(prefixText);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > 128)
      return undefined;
    return { family: 6, text: trimmed.toLowerCase() };
  }
  const base = parseIPv4(address);
  if (base === undefined) return undefined;
  const prefix = prefixText === undefined ? 32 : Number(prefixText);
  if (!/^\d+$/.test(prefixText ?? '32') || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  // A CIDR with host bits set still names its network (Go's ParseCIDR masks them).
  const first = Math.floor(base / size) * size;
  return { family: 4, first, last: first + size - 1 };
}

/** Sorted, disjoint IPv4 ranges, flattened [first0, last0, first1, last1, ...]. */
export class Ipv4Ranges {
  static readonly EMPTY = new Ipv4Ranges([]);
  static readonly ALL = new Ipv4Ranges([0, IPV4_TOP]);

  private constructor(readonly bounds: readonly number[]) {}

  static of(first: number, last: number): Ipv4Ranges {
    return new Ipv4Ranges([first, last]);
  }

  union(other: Ipv4Ranges): Ipv4Ranges {
    const pairs: [number, number][] = [];
    for (const b of [this.bounds, other.bounds]) {
      for (let i = 0; i < b.length; i += 2) pairs.push([b[i], b[i + 1]]);
    }
    pairs.sort((x, y) => x[0] - y[0]);
    const out: number[] = [];
    for (const [first, last] of pairs) {
      const end = out.length - 1;
      if (end > 0 && first <= out[end] + 1) out[end] = Math.max(out[end], last);
      else out.push(first, last);
    }
    return new Ipv4Ranges(out);
  }

  subtract(other: Ipv4Ranges): Ipv4Ranges {
    let current: number[] = this.bounds.slice();
    for (let j = 0; j < other.bounds.length; j += 2) {
      const [cutFirst, cutLast] = [other.bounds[j], other.bounds[j + 1]];
      const next: number[] = [];
      for (let i = 0; i < current.length; i += 2) {
        const [first, last] = [current[i], current[i + 1]];
        if (cutLast < first || cutFirst > last) {
          next.push(first, last);
          continue;
        }
        if (cutFirst > first) next.push(first, cutFirst - 1);
        if (cutLast < last) next.push(cutLast + 1, last);
      }
      current = next;
    }
    return new Ipv4Ranges(current);
  }

  containsAddress(address: number): boolean {
    for (let i = 0; i < this.bounds.length; i += 2) {
      if (address >= this.bounds[i] && address <= this.bounds[i + 1])
        return true;
    }
    return false;
  }

  /** True when every address of `other` is in this set. */
  covers(other: Ipv4Ranges): boolean {
    return other.subtract(this).isEmpty();
  }

  overlaps(other: Ipv4Ranges): boolean {
    // Something of `other` disappears when this set is cut out of it.
    return !other.subtract(this).equals(other);
  }

  equals(other: Ipv4Ranges): boolean {
    return (
      this.bounds.length === other.bounds.length &&
      this.bounds.every((b, i) => b === other.bounds[i])
    );
  }

  isEmpty(): boolean {
    return this.bounds.length === 0;
  }

  isAll(): boolean {
    return this.equals(Ipv4Ranges.ALL);
  }

  toRanges(): { first: string; last: string }[] {
    const out: { first: string; last: string }[] = [];
    for (let i = 0; i < this.bounds.length; i += 2) {
      out.push({
        first: formatIPv4(this.bounds[i]),
        last: formatIPv4(this.bounds[i + 1]),
      });
    }
    return out;
  }
}
