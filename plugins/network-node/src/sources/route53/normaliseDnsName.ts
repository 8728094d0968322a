// Route53 escapes every character outside [a-z0-9-_.] as a backslash and
// three octal digits, `*` included (`\052`).
const OCTAL_ESCAPE = /\\([0-7]{3})/g;

/**
 * The form every DNS name takes in the suite's model: lower case, no trailing
 * dot, octal escapes (`\052`) decoded, so names from Route53, Cloudflare and
 * manifests compare equal.
 *
 * @public
 */
export function normaliseDnsName(name: string): string {
  const unescaped = name.replace(OCTAL_ESCAPE, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8)),
  );
  const lower = unescaped.trim().toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

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
