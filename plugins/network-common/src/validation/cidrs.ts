/**
 * CIDR checks for the ranges policies open egress to (the data-services peering, the VPC
 * endpoints). Cilium would accept `10.100.0.1/16` and silently widen it, so a range with host
 * bits set is refused with the range that was probably meant.
 */

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) {
    return undefined;
  }
  const octets: number[] = [];
  for (const part of parts) {
    // leading zeros are refused by Go's parser (they once meant octal)
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) {
      return undefined;
    }
    octets.push(Number(part));
  }
  return octets;
}

/** The address as 16 bytes, or undefined when it is no IPv6 address. */
function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) {
    return undefined;
  }
  const toGroups = (half: string): number[] | undefined => {
    if (half === '') {
      return [];
    }
    const bytes: number[] = [];
    const groups = half.split(':');
    for (const [index, group] of groups.entries()) {
      if (index === groups.length - 1 && group.includes('.')) {
        const v4 = parseIpv4(group);
        if (!v4) {
          return undefined;
        }
        bytes.push(...v4);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
        const value = parseInt(group, 16);
        bytes.push(value >> 8, value & 0xff);
      } else {
        return undefined;
      }
    }
    return bytes;
  };
  const head = toGroups(halves[0]);
  const tail = halves.length === 2 ? toGroups(halves[1]) : [];
  if (!head || !tail) {
    return undefined;
  }
  if (halves.length === 1) {
    return head.length === 16 ? head : undefined;
  }
  const missing = 16 - head.length - tail.length;
  // "::" stands for at least one group of zeros
  if (missing < 2) {
    return undefined;
  }
  return [...head, ...new Array(missing).fill(0), ...tail];
}

function maskBytes(bytes: number[], prefix: number): number[] {
  return bytes.map((byte, index) => {
    const bitsKept = Math.min(8, Math.max(0, prefix - index * 8));
    return byte & ((0xff << (8 - bitsKept)) & 0xff);
  });
}

function formatIpv4(bytes: number[]): string {
  return bytes.join('.');
}

function formatIpv6(bytes: number[]): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) {
    groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  }
  // compress the longest run of zero groups (RFC 5952)
  let bestStart = -1;
  let bestLength = 0;
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === '0') {
      length++;
    }
    if (length > bestLength && length > 1) {
      bestStart = start;
      bestLength = length;
    }
  }
  if (bestStart < 0) {
    return groups.join(':');
  }
  const head = groups.slice(0, bestStart).join(':');
  const tail = groups.slice(bestStart + bestLength).join(':');
  return `${head}::${tail}`;
}

/**
 * Checks an IPv4 or IPv6 range in CIDR notation, e.g. `10.100.0.0/16` or `fd00::/8`.
 *
 * @param what - how the message calls it, e.g. `data services range`
 * @returns why the range is refused, or `undefined`
 * @public
 */
export function validateCidr(cidr: string, what = 'range'): string | undefined {
  const slash = cidr.indexOf('/');
  if (slash < 0) {
    return `The ${what} "${cidr}" has no prefix length; write it as a CIDR, e.g. "${cidr}/32".`;
  }
  const address = cidr.slice(0, slash);
  const prefixText = cidr.slice(slash + 1);
  const isV6 = address.includes(':');
  const bytes = isV6 ? parseIpv6(address) : parseIpv4(address);
  if (!bytes) {
    return `The ${what} "${cidr}" does not start with a valid ${
      isV6 ? 'IPv6' : 'IPv4'
    } address.`;
  }
  const maxPrefix = isV6 ? 128 : 32;
  if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) {
    return `The ${what} "${cidr}" has the prefix length "${prefixText}"; it must be a number from 0 to ${maxPrefix}.`;
  }
  const prefix = Number(prefixText);
  if (prefix > maxPrefix) {
    return `The ${what} "${cidr}" has the prefix length ${prefix}; ${
      isV6 ? 'IPv6' : 'IPv4'
    } allows at most ${maxPrefix}.`;
  }
  const masked = maskBytes(bytes, prefix);
  if (masked.some((byte, index) => byte !== bytes[index])) {
    const network = isV6 ? formatIpv6(masked) : formatIpv4(masked);
    return `The ${what} "${cidr}" has host bits set; did you mean "${network}/${prefix}"?`;
  }
  return undefined;
}
