import {
  KUBERNETES_ID_ANNOTATION,
  NETWORK_DNS_PROVIDER_ANNOTATION,
  NETWORK_DNS_ZONE_ANNOTATION,
  NETWORK_OWNER_ANNOTATION,
} from '../../annotations';
import { longestZone, normalizeDnsName } from '../names';
import {
  annotationsOf,
  asArray,
  asRecord,
  asString,
  labelsOf,
  specOf,
} from '../objects';
import type { DnsRecord, KubernetesObject, Origin } from '../sources';

/** external-dns' Cloudflare provider reads this providerSpecific property. */
export const CLOUDFLARE_PROXIED_PROPERTY =
  'external-dns.alpha.kubernetes.io/cloudflare-proxied';

// Record types whose values are host names, which providers return in their own spelling.
const NAME_VALUED_TYPES = new Set(['CNAME', 'NS', 'PTR', 'ALIAS']);
const PROVIDERS: ReadonlyArray<DnsRecord['provider']> = [
  'cloudflare',
  'route53',
  'rfc2136',
];

function providerOf(annotation: string | undefined): DnsRecord['provider'] {
  const wanted = annotation?.trim().toLowerCase();
  return PROVIDERS.find(p => p === wanted) ?? 'external-dns';
}

function proxiedOf(providerSpecific: unknown): boolean | undefined {
  for (const property of asArray(providerSpecific)) {
    const { name, value } = asRecord(property);
    if (name === CLOUDFLARE_PROXIED_PROPERTY && typeof value === 'string') {
      return value.trim().toLowerCase() === 'true';
    }
  }
  return undefined;
}

function visibilityOf(
  zone: string,
  zones: { public?: string[]; private?: string[] },
  provider: DnsRecord['provider'],
): DnsRecord['visibility'] {
  if (zones.private?.includes(zone)) return 'private';
  if (zones.public?.includes(zone)) return 'public';
  // A zone nobody configured: Route53 in this platform only serves the VPC.
  return provider === 'route53' ? 'private' : 'public';
}

/**
 * The DNS records an external-dns `DNSEndpoint` asks for, one per endpoint, in the shape the live
 * Cloudflare and Route53 sources produce, so declared and live records compare directly.
 *
 * @param zones - the configured zones (`network.zones`); they decide the zone of a record whose
 *   object has no zone annotation, and whether that zone is public or private
 * @public
 */
export function dnsRecordsFromDnsEndpoint(
  object: KubernetesObject,
  origin: Origin,
  zones: { public?: string[]; private?: string[] },
): DnsRecord[] {
  if (object.kind !== 'DNSEndpoint') {
    return [];
  }
  const annotations = annotationsOf(object);
  const provider = providerOf(annotations[NETWORK_DNS_PROVIDER_ANNOTATION]);
  const owner =
    labelsOf(object)[KUBERNETES_ID_ANNOTATION] ??
    annotations[NETWORK_OWNER_ANNOTATION];
  const zoneAnnotation = annotations[NETWORK_DNS_ZONE_ANNOTATION];
  const allZones = [...(zones.public ?? []), ...(zones.private ?? [])];

  const records: DnsRecord[] = [];
  for (const raw of asArray(specOf(object).endpoints)) {
    const endpoint = asRecord(raw);
    const dnsName = asString(endpoint.dnsName);
    if (!dnsName) continue;
    const name = normalizeDnsName(dnsName);
    const type = (asString(endpoint.recordType) ?? 'A').toUpperCase();
    const targets = asArray(endpoint.targets).filter(
      (t): t is string => typeof t === 'string',
    );
    const zone = zoneAnnotation
      ? normalizeDnsName(zoneAnnotation)
      : longestZone(name, allZones) ?? name.split('.').slice(-2).join('.');
    const record: DnsRecord = {
      name,
      type,
      values: NAME_VALUED_TYPES.has(type)
        ? targets.map(normalizeDnsName)
        : targets,
      zone,
      visibility: visibilityOf(zone, zones, provider),
      provider,
      origin,
    };
    const ttl = endpoint.recordTTL;
    if (typeof ttl === 'number') record.ttl = ttl;
    const proxied = proxiedOf(endpoint.providerSpecific);
    if (proxied !== undefined) record.proxied = proxied;
    if (owner) record.owner = owner;
    records.push(record);
  }
  return records;
}
