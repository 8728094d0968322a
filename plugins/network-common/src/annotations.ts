/**
 * Keys the suite reads or writes on catalog entities and Kubernetes objects.
 *
 * Mapping a workload to its entity reuses the Kubernetes plugin's convention, so nothing is
 * configured twice; everything the suite adds lives under its own domain.
 */

/** Label on workloads and on every object we write; same key as the Kubernetes plugin. @public */
export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';
/** Entity annotation restricting the entity's objects to one namespace. @public */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
/** Entity annotation overriding the label selector of its workloads. @public */
export const KUBERNETES_LABEL_SELECTOR_ANNOTATION =
  'backstage.io/kubernetes-label-selector';

/** The DNS zone an external-dns `DNSEndpoint` publishes into. @public */
export const NETWORK_DNS_ZONE_ANNOTATION = 'network.localplus.io/dns-zone';
/** Which provider serves that zone: `cloudflare` or `route53`. @public */
export const NETWORK_DNS_PROVIDER_ANNOTATION =
  'network.localplus.io/dns-provider';
/** Ownership marker on everything the suite writes: the owning entity ref. @public */
export const NETWORK_OWNER_ANNOTATION = 'network.localplus.io/owner';
