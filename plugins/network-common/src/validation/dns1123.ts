/**
 * Kubernetes object names (and the service names we derive namespaces, labels and DNS names
 * from) must be DNS-1123 labels, or the API server refuses the object.
 */

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The longest DNS-1123 label Kubernetes accepts. @public */
export const DNS1123_LABEL_MAX_LENGTH = 63;

/**
 * Checks a name against the DNS-1123 label rules (what Kubernetes requires of namespaces,
 * Services and most object names).
 *
 * @param value - the proposed name
 * @param what - how the message calls it, e.g. `service name`
 * @returns why the name is refused, or `undefined` when it is fine
 * @public
 */
export function validateDns1123Label(
  value: string,
  what = 'name',
): string | undefined {
  if (value.length === 0) {
    return `The ${what} is empty.`;
  }
  if (value.length > DNS1123_LABEL_MAX_LENGTH) {
    return `The ${what} "${value}" is ${value.length} characters long; at most ${DNS1123_LABEL_MAX_LENGTH} are allowed.`;
  }
  if (value !== value.toLowerCase()) {
    return `The ${what} "${value}" has upper-case letters; use lower case, e.g. "${value.toLowerCase()}".`;
  }
  if (LABEL.test(value)) {
    return undefined;
  }
  if (/[^-a-z0-9]/.test(value)) {
    return `The ${what} "${value}" may contain only lower-case letters, digits and "-" (no "_", "." or spaces).`;
  }
  return `The ${what} "${value}" must start and end with a letter or a digit.`;
}
