/**
 * What every source hands to the index: one snapshot of everything it knows, in one shape,
 * whether it read a GitOps folder, watched a cluster, or listed a provider's API.
 */

/** A Kubernetes object as read from YAML or from the API server. @public */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    resourceVersion?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** Where a fact came from, so every verdict can name the object behind it. @public */
export interface Origin {
  /** The source's id, e.g. `gitops`, `kubernetes:prod`, `cloudflare`, `route53`. */
  source: string;
  /** For files: the path inside the GitOps location, and the line the document starts on. */
  file?: string;
  line?: number;
  /** For cluster objects: the cluster name. */
  cluster?: string;
  /** A link to the object in its provider's console, where one can be built. */
  url?: string;
}

/** A Kubernetes object together with where it was read. @public */
export interface SourcedObject {
  object: KubernetesObject;
  origin: Origin;
}

/** One DNS record set (all values of one name and type). @public */
export interface DnsRecord {
  /** Fully qualified, lower-case, no trailing dot, `*` unescaped. */
  name: string;
  type: string;
  /** Values as the provider stores them, normalised like names where they are names. */
  values: string[];
  /** Seconds; Cloudflare's "auto" is 1. */
  ttl?: number;
  /** Cloudflare only: whether traffic goes through Cloudflare's edge. */
  proxied?: boolean;
  /** The zone the record lives in, e.g. `localplus.io` or `internal.localplus.io`. */
  zone: string;
  /** Private zones resolve only inside the VPC. */
  visibility: 'public' | 'private';
  provider: 'cloudflare' | 'route53' | 'rfc2136' | 'external-dns';
  /**
   * Who owns the record: an entity ref for records we wrote, the external-dns owner id, or
   * undefined when no one we know claims it.
   */
  owner?: string;
  /** Provider's record id where it has one (Cloudflare). */
  id?: string;
  origin: Origin;
}

/** One cloudflared ingress rule, in the tunnel's first-match order. @public */
export interface TunnelRule {
  /** Absent or `*` on the catch-all. */
  hostname?: string;
  /** An unanchored RE2 regular expression matched against the URL path. */
  path?: string;
  service: string;
  /** 0-based position in the rule list. */
  position: number;
  originRequest?: Record<string, unknown>;
}

/** The ingress rules of one tunnel. @public */
export interface TunnelConfiguration {
  tunnelId: string;
  /** `local`: rules in a config file (ConfigMap); `remote`: rules kept by Cloudflare's API. */
  management: 'local' | 'remote';
  rules: TunnelRule[];
  /** Cloudflare's configuration version (remote tunnels). */
  version?: number;
  origin: Origin;
}

/** A Cloudflare Zero Trust Access application. @public */
export interface AccessApplication {
  id: string;
  name: string;
  /** `host` or `host/path`, wildcards allowed as Cloudflare allows them. */
  domains: string[];
  type: string;
  origin: Origin;
}

/** Something a source could not read or understand; it degrades that source only. @public */
export interface SourceProblem {
  message: string;
  file?: string;
  line?: number;
}

/** Everything one source knows, at one moment. @public */
export interface SourceSnapshot {
  sourceId: string;
  /** `declared`: what GitOps says should be; `live`: what a cluster or provider says is. */
  state: 'declared' | 'live';
  /** ISO time the snapshot was complete. */
  readAt: string;
  objects: SourcedObject[];
  dnsRecords: DnsRecord[];
  tunnels: TunnelConfiguration[];
  accessApplications: AccessApplication[];
  problems: SourceProblem[];
}

/** A source's health, as the API and the tab report it. @public */
export interface SourceStatus {
  sourceId: string;
  state: 'declared' | 'live';
  /** `off` when not configured; `error` when its last refresh failed (older data may be kept). */
  status: 'ok' | 'error' | 'off';
  lastRefreshAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  counts?: {
    objects: number;
    dnsRecords: number;
    tunnels: number;
    accessApplications: number;
  };
}
