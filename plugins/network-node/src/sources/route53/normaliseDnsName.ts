import { normalizeDnsName } from '@localplus/plugin-network-common';

/**
 * The model's name form (lower case, no trailing dot, octal escapes decoded), under the name the
 * provider code uses.
 * @public
 */
export const normaliseDnsName = normalizeDnsName;

// Record types whose value is a name, or ends in one (MX: `10 host`,
// SRV: `priority weight port host`).
const NAME_VALUE_TYPES = new Set(['CNAME', 'NS', 'PTR', 'DNAME', 'ALIAS']);
const TRAILING_NAME_TYPES = new Set(['MX', 'SRV']);

/**
 * Normalises a record value like a name where it is one (CNAME, NS, PTR,
 * DNAME, ALIAS, and the target of MX and SRV); other values are kept as the
 * provider stores them.
 *
 * @public
 */
export function normaliseRecordValue(type: string, value: string): string {
  const upper = type.toUpperCase();
  if (NAME_VALUE_TYPES.has(upper)) {
    return normaliseDnsName(value);
  }
  if (TRAILING_NAME_TYPES.has(upper)) {
    const parts = value.trim().split(/\s+/);
    const target = parts.pop();
    return target === undefined
      ? value
      : [...parts, normaliseDnsName(target)].join(' ');
  }
  return value;
}
