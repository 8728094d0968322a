import { checkDnsNameSyntax } from './hostnameSyntax';
import { formatZones } from './hostnames';
import { zoneOf } from './zones';

/**
 * Checks a private DNS name: RFC 1123 syntax, no wildcard, strictly inside one of the
 * platform's private zones (the zone apex itself belongs to the platform).
 *
 * @param name - e.g. `svc-ledger.internal.localplus.io`
 * @param privateZones - `network.zones.private`
 * @returns why the name is refused, or `undefined`
 * @public
 */
export function validatePrivateName(
  name: string,
  privateZones: string[],
): string | undefined {
  const syntax = checkDnsNameSyntax(name, 'private name', false);
  if (syntax) {
    return syntax;
  }
  const zone = zoneOf(name, privateZones);
  if (!zone) {
    return `The private name "${name}" is not in a private zone of the platform (${formatZones(
      privateZones,
    )}).`;
  }
  if (name === zone) {
    return `The private name "${name}" is the zone itself; ask for a name inside it, e.g. "my-service.${zone}".`;
  }
  return undefined;
}

/**
 * The private name the platform gives a service by default: `<service>.<first private zone>`.
 *
 * @public
 */
export function defaultPrivateName(
  service: string,
  privateZones: string[],
): string | undefined {
  const [zone] = privateZones;
  return zone ? `${service}.${zone.replace(/\.$/, '')}` : undefined;
}
