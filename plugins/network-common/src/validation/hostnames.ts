import { checkDnsNameSyntax } from './hostnameSyntax';
import { zoneOf } from './zones';

/**
 * Checks a public hostname a service asks for: RFC 1123 syntax, no scheme, path or port, a
 * wildcard only as the first label, and inside one of the platform's public zones (and not
 * inside one of its private zones, which resolve only inside the VPC).
 *
 * @param hostname - e.g. `api.localplus.io` or `*.shop.localplus.io`
 * @param publicZones - `network.zones.public`
 * @param privateZones - `network.zones.private`; a name inside them is refused
 * @returns why the hostname is refused, or `undefined`
 * @public
 */
export function validatePublicHostname(
  hostname: string,
  publicZones: string[],
  privateZones: string[] = [],
): string | undefined {
  const syntax = checkDnsNameSyntax(hostname, 'hostname', true);
  if (syntax) {
    return syntax;
  }
  const zone = zoneOf(hostname, publicZones);
  if (!zone) {
    return `The hostname "${hostname}" is not in a public zone of the platform (${formatZones(
      publicZones,
    )}).`;
  }
  const privateZone = zoneOf(hostname, privateZones);
  if (privateZone && privateZone.length > zone.length) {
    return `The hostname "${hostname}" is in the private zone ${privateZone}, which the internet cannot resolve; choose a name under ${formatZones(
      publicZones,
    )} outside ${privateZone}.`;
  }
  if (hostname === `*.${zone}`) {
    return `The hostname "${hostname}" would take every name of the zone ${zone}; ask for a specific name.`;
  }
  return undefined;
}

/** @internal */
export function formatZones(zones: string[]): string {
  return zones.length === 0 ? 'none configured' : zones.join(', ');
}
