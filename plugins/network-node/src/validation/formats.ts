import { isIPv6 } from 'node:net';

// The API server checks a fixed list of string formats and ignores the rest.
// Implemented here: the ones these CRDs use on spec fields or that are cheap to
// get right (cidr, ipv4, ipv6, hostname, date-time). Every other format
// (int32/int64, idn-hostname, byte, uri, uuid, ...) is ignored, so we can be
// more lenient than the API server but never stricter. The IP parsers mirror
// Go's "sloppy" parsing that Kubernetes uses: IPv4 octets may have leading
// zeros; IPv6 zones (`%eth0`) are rejected.

const IPV4_SLOPPY = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isIPv4Sloppy(value: string): boolean {
  const match = IPV4_SLOPPY.exec(value);
  return match !== null && match.slice(1).every(octet => Number(octet) <= 255);
}

function isIPv6NoZone(value: string): boolean {
  return !value.includes('%') && isIPv6(value);
}

function isCidr(value: string): boolean {
  const slash = value.lastIndexOf('/');
  if (slash < 0) {
    return false;
  }
  const address = value.slice(0, slash);
  const prefix = value.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefix)) {
    return false;
  }
  if (isIPv4Sloppy(address)) {
    return Number(prefix) <= 32;
  }
  return isIPv6NoZone(address) && Number(prefix) <= 128;
}

// go-openapi strfmt's hostname pattern, with the character classes reordered
// so they are valid in a JavaScript `u` regular expression.
const HOSTNAME =
  /^([a-zA-Z0-9\p{S}\p{L}]((-?[a-zA-Z0-9\p{S}\p{L}]{0,62})?)|([a-zA-Z0-9\p{S}\p{L}](([-a-zA-Z0-9\p{S}\p{L}]{0,61}[a-zA-Z0-9\p{S}\p{L}])?)(\.)){1,}([a-zA-Z\p{L}]){2,63})$/u;

function isHostname(value: string): boolean {
  return value.length <= 255 && HOSTNAME.test(value);
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function isDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** The string formats that are validated; all others are dropped. */
export const kubernetesFormats: Record<string, (value: string) => boolean> = {
  cidr: isCidr,
  ipv4: isIPv4Sloppy,
  ipv6: isIPv6NoZone,
  hostname: isHostname,
  'date-time': isDateTime,
};
