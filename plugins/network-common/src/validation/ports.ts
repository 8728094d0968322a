/**
 * Checks a TCP/UDP port number: an integer from 1 to 65535. Accepts numbers only, because
 * template parameters arrive as numbers and a string here means a template mistake.
 *
 * @param what - how the message calls it, e.g. `HTTP port`
 * @returns why the port is refused, or `undefined`
 * @public
 */
export function validatePort(port: unknown, what = 'port'): string | undefined {
  if (typeof port !== 'number' || Number.isNaN(port)) {
    return `The ${what} must be a number from 1 to 65535, not ${JSON.stringify(
      port,
    )}.`;
  }
  if (!Number.isInteger(port)) {
    return `The ${what} ${port} is not a whole number.`;
  }
  if (port < 1 || port > 65535) {
    return `The ${what} ${port} is out of range; ports go from 1 to 65535.`;
  }
  return undefined;
}
