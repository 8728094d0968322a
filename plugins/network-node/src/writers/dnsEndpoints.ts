import {
  NETWORK_DNS_PROVIDER_ANNOTATION,
  NETWORK_DNS_ZONE_ANNOTATION,
} from '@localplus/plugin-network-common';
import type { KubernetesObject } from '../manifests/types';
import { markOwned } from './ownership';

/** external-dns's providerSpecific key that turns Cloudflare's proxy on. @public */
export const CLOUDFLARE_PROXIED_PROPERTY =
  'external-dns.alpha.kubernetes.io/cloudflare-proxied';

/** @public */
export interface PublicDnsIntent {
  /** Object name, e.g. `svc-shop-public`. */
  name: string;
  namespace: string;
  owner: string;
  kubernetesId: string;
  hostname: string;
  zone: string;
  tunnelId: string;
}

/** @public */
export interface PrivateDnsIntent {
  name: string;
  namespace: string;
  owner: string;
  kubernetesId: string;
  /** e.g. `svc-shop.internal.localplus.io`. */
  dnsName: string;
  zone: string;
  recordType: 'CNAME' | 'A';
  /** CNAME: a host name; A: addresses. */
  targets: string[];
  ttl: number;
}

/** The CNAME target Cloudflare routes into a tunnel. @public */
export function tunnelCnameTarget(tunnelId: string): string {
  return `${tunnelId}.cfargotunnel.com`;
}

/** The cluster DNS name of a Service. @public */
export function serviceClusterName(service: string, namespace: string): string {
  return `${service}.${namespace}.svc.cluster.local`;
}

function dnsEndpoint(
  intent: { name: string; namespace: string; zone: string },
  provider: 'cloudflare' | 'route53',
  endpoint: Record<string, unknown>,
): KubernetesObject {
  return {
    apiVersion: 'externaldns.k8s.io/v1alpha1',
    kind: 'DNSEndpoint',
    metadata: {
      name: intent.name,
      namespace: intent.namespace,
      annotations: {
        [NETWORK_DNS_ZONE_ANNOTATION]: intent.zone,
        [NETWORK_DNS_PROVIDER_ANNOTATION]: provider,
      },
    },
    spec: { endpoints: [endpoint] },
  };
}

/**
 * The public record of a tunnel hostname: a CNAME to `<tunnel-id>.cfargotunnel.com`, proxied,
 * so that Cloudflare's edge (WAF, Access) sits in front of it.
 *
 * @public
 */
export function buildPublicDnsEndpoint(
  intent: PublicDnsIntent,
): KubernetesObject {
  const object = dnsEndpoint(intent, 'cloudflare', {
    dnsName: intent.hostname,
    recordType: 'CNAME',
    targets: [tunnelCnameTarget(intent.tunnelId)],
    providerSpecific: [{ name: CLOUDFLARE_PROXIED_PROPERTY, value: 'true' }],
  });
  return markOwned(object, intent.owner, intent.kubernetesId);
}

/**
 * The private record of a service in the Route53 private zone, published by external-dns.
 *
 * @public
 */
export function buildPrivateDnsEndpoint(
  intent: PrivateDnsIntent,
): KubernetesObject {
  const object = dnsEndpoint(intent, 'route53', {
    dnsName: intent.dnsName,
    recordType: intent.recordType,
    recordTTL: intent.ttl,
    targets: [...intent.targets],
  });
  return markOwned(object, intent.owner, intent.kubernetesId);
}
