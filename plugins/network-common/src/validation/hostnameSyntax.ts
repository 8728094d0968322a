/**
 * The syntax shared by public hostnames and private names: RFC 1123 labels separated by dots,
 * as Gateway API, cloudflared and external-dns all expect them.
 */

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAME_LENGTH = 253;

/**
 * Checks the dotted-label syntax of a DNS name. `*` is accepted as the first label only when
 * `allowWildcard` is set.
 *
 * @returns why the name is refused, or `undefined`
 * @internal
 */
export function checkDnsNameSyntax(
  name: string,
  what: string,
  allowWildcard: boolean,
): string | undefined {
  if (name.length === 0) {
    return `The ${what} is empty.`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
    return `The ${what} "${name}" has a scheme; give the bare name, e.g. "${name.replace(
      /^[a-z][a-z0-9+.-]*:\/\//i,
      '',
    )}".`;
  }
  if (name.includes('/')) {
    return `The ${what} "${name}" contains "/"; give the path separately.`;
  }
  if (name.includes(':')) {
    return `The ${what} "${name}" contains a port or ":"; names carry no port.`;
  }
  if (name !== name.toLowerCase()) {
    return `The ${what} "${name}" has upper-case letters; use lower case, e.g. "${name.toLowerCase()}".`;
  }
  if (name.endsWith('.')) {
    return `The ${what} "${name}" ends with "."; leave out the trailing dot.`;
  }
  if (name.length > MAX_NAME_LENGTH) {
    return `The ${what} "${name}" is longer than ${MAX_NAME_LENGTH} characters.`;
  }
  const labels = name.split('.');
  for (const [index, label] of labels.entries()) {
    if (label === '*') {
      if (!allowWildcard) {
        return `The ${what} "${name}" may not contain a wildcard.`;
      }
      if (index > 0) {
        return `The ${what} "${name}" has "*" in the middle; a wildcard may only be the first label, e.g. "*.example.com".`;
      }
      if (labels.length < 3) {
        return `The ${what} "${name}" is a wildcard over a whole zone apex or top-level domain; wildcards need at least two labels after "*".`;
      }
      continue;
    }
    if (label.includes('*')) {
      return `The ${what} "${name}" has "*" inside a label; a wildcard must be the whole first label, e.g. "*.example.com".`;
    }
    if (label.length === 0) {
      return `The ${what} "${name}" has an empty label ("..", or a leading ".").`;
    }
    if (label.length > 63) {
      return `The ${what} "${name}" has a label longer than 63 characters ("${label.slice(
        0,
        20,
      )}…").`;
    }
    if (!LABEL.test(label)) {
      return `The ${what} "${name}" has the label "${label}": labels use only letters, digits and "-", and start and end with a letter or digit.`;
    }
  }
  return undefined;
}
