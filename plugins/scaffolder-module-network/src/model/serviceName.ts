import { validateDns1123Label } from '@localplus/plugin-network-common';

/**
 * The service name the template's Name field holds, if it is one `network:expose` accepts;
 * nothing can be checked or named before that.
 */
export function serviceName(formData: unknown): string | undefined {
  if (typeof formData !== 'object' || formData === null) {
    return undefined;
  }
  const { name } = formData as { name?: unknown };
  if (typeof name !== 'string') {
    return undefined;
  }
  return validateDns1123Label(name, 'service name') ? undefined : name;
}

/** Why the name is missing or refused, in the action's words. */
export function serviceNameProblem(formData: unknown): string | undefined {
  const name =
    typeof formData === 'object' && formData !== null
      ? (formData as { name?: unknown }).name
      : undefined;
  return validateDns1123Label(
    typeof name === 'string' ? name : '',
    'service name',
  );
}
