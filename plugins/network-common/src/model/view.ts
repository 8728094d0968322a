/**
 * What the backend serves and the Network tab draws for one catalog entity: its names, the
 * objects that route, guard and name it, the exposure chains through them, and what is broken.
 */
import type { AccessApplication, DnsRecord, SourceStatus } from './sources';

/** A verdict on one hop of an exposure chain. @public */
export type HopVerdict = 'ok' | 'broken' | 'unknown';

/** Names the object behind a verdict or a finding, and where it was read. @public */
export interface ObjectRef {
  /** `HTTPRoute`, `CiliumNetworkPolicy`, `DNSRecord`, `TunnelRule`, `AccessApplication`… */
  kind: string;
  name: string;
  namespace?: string;
  /** Source id: `gitops`, `kubernetes:<cluster>`, `cloudflare`, `route53`. */
  source: string;
  file?: string;
  line?: number;
  cluster?: string;
  /** A provider console link, where the config allows building one. */
  url?: string;
}

/** The systems an exposure chain crosses, in order. @public */
export type HopKind =
  | 'dns'
  | 'edge'
  | 'tunnel'
  | 'gateway'
  | 'route'
  | 'service'
  | 'policy';

/** One step of an exposure chain. @public */
export interface Hop {
  kind: HopKind;
  /** Short label, e.g. `api.localplus.io CNAME → 6ff4….cfargotunnel.com`. */
  title: string;
  verdict: HopVerdict;
  /** Why the verdict is what it is, in a sentence a developer understands. */
  reason: string;
  /** The object that decides this hop; absent when the hop is broken because it is missing. */
  object?: ObjectRef;
}

/** One way into the service and the hops it crosses. @public */
export interface ExposureChain {
  entry: {
    kind: 'public-hostname' | 'private-name';
    /** The hostname or DNS name a client uses. */
    name: string;
    /** The path prefix the chain follows, when the route matches on one. */
    path?: string;
  };
  /** The worst hop verdict: broken beats unknown beats ok. */
  verdict: HopVerdict;
  hops: Hop[];
}

/** @public */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** The cross-system checks the index runs. @public */
export type FindingCheck =
  | 'dns-without-tunnel-rule'
  | 'tunnel-rule-without-dns'
  | 'tunnel-rule-shadowed'
  | 'route-not-accepted'
  | 'route-backend-missing'
  | 'gateway-blocked-by-policy'
  | 'cloudflared-blocked-by-policy'
  | 'hostname-not-proxied'
  | 'admin-path-without-access'
  | 'private-name-in-public-zone'
  | 'record-without-owner'
  | 'drift'
  | 'egress-without-dns'
  | 'manifest-invalid';

/** A cross-system inconsistency, with the objects involved and how to fix it. @public */
export interface Finding {
  /** Stable across refreshes: the check and the objects it concerns. */
  id: string;
  check: FindingCheck;
  severity: FindingSeverity;
  message: string;
  objects: ObjectRef[];
  fixHint: string;
  /** The catalog entities the finding concerns (may be empty for platform-wide findings). */
  entityRefs: string[];
}

/** A route and how the Gateway treats it. @public */
export interface RouteView {
  object: ObjectRef;
  /** `spec.hostnames` as written. */
  declaredHostnames: string[];
  parents: {
    gateway: { namespace: string; name: string };
    sectionName?: string;
    /** The listeners the route attaches to, by name. */
    listeners: string[];
    /** Hostnames the route serves on these listeners: route ∩ listener. */
    effectiveHostnames: string[];
    verdict: HopVerdict;
    reason: string;
  }[];
  rules: {
    index: number;
    matches: {
      path?: { type: string; value: string };
      method?: string;
      headers?: { name: string; value: string }[];
    }[];
    backends: {
      kind: string;
      namespace: string;
      name: string;
      port?: number;
      /** False when the Service or its port does not exist. */
      resolved: boolean;
    }[];
  }[];
  /** `status.parents[].conditions` from the live cluster, when a live source has the route. */
  conditions: {
    type: string;
    status: string;
    reason?: string;
    message?: string;
  }[];
}

/** A Service of the entity. @public */
export interface ServiceView {
  object: ObjectRef;
  /** `<name>.<namespace>.svc.cluster.local`. */
  clusterName: string;
  selector: Record<string, string>;
  ports: {
    name?: string;
    port: number;
    targetPort?: number | string;
    protocol: string;
  }[];
}

/** A policy that selects the entity's workloads. @public */
export interface PolicyView {
  object: ObjectRef;
  /** Directions this policy puts into default deny for the selected pods. */
  defaultDeny: { ingress: boolean; egress: boolean };
  rules: {
    section: 'ingress' | 'ingressDeny' | 'egress' | 'egressDeny';
    index: number;
    summary: string;
  }[];
}

/** A cloudflared ingress rule that sends traffic to the entity. @public */
export interface TunnelRuleView {
  object: ObjectRef;
  tunnelId: string;
  position: number;
  hostname?: string;
  path?: string;
  service: string;
  /** False when an earlier rule matches every request this one would. */
  wins: boolean;
  shadowedBy?: number;
}

/** A peer allowed (or possibly allowed) to call, or be called by, the entity. @public */
export interface PeerView {
  /** The catalog entity the peer's workloads belong to, when known. */
  entityRef?: string;
  /** `ns/name[Deployment]`, `entity:ingress`, `10.100.0.0-10.100.255.255`, `fqdn:*.aiven.io`. */
  peer: string;
  peerKind: 'workload' | 'entity' | 'cidr' | 'fqdn' | 'selector';
  /** `TCP 8080`, `TCP 5432,6379,9092`, `UDP 53`, `ANY`. */
  ports: string;
  verdict: 'allowed' | 'unknown';
  /** Rule texts, e.g. `CiliumNetworkPolicy svc-ledger/svc-ledger ingress[0] (allow from …)`. */
  allowedBy: string[];
  /** Why the verdict is unknown (L7 rule, FQDN, …). */
  unknown: string[];
}

/** Declared (GitOps) vs live, per object. @public */
export interface DriftItem {
  object: ObjectRef;
  status: 'in-sync' | 'drifted' | 'declared-only' | 'live-only';
  /** Field paths that differ, e.g. `spec.rules[0].backendRefs[0].port`. */
  differences: string[];
}

/** Everything the Network tab shows for one entity. @public */
export interface NetworkView {
  entityRef: string;
  /** `public`: some public chain is ok; `internal`: only private names reach it; `none`. */
  exposure: 'public' | 'internal' | 'none';
  names: {
    public: string[];
    private: string[];
    cluster: string[];
  };
  chains: ExposureChain[];
  routes: RouteView[];
  services: ServiceView[];
  policies: PolicyView[];
  callers: PeerView[];
  callees: PeerView[];
  /** Whether the workloads accept traffic from `world` / any pod of the cluster. */
  openTo: { world: boolean; cluster: boolean };
  tunnelRules: TunnelRuleView[];
  dnsRecords: DnsRecord[];
  accessApplications: AccessApplication[];
  findings: Finding[];
  drift: DriftItem[];
  sources: SourceStatus[];
  /** ISO time the index this view was read from was built. */
  builtAt: string;
}

/** The answer to "may I use this hostname + path / DNS name?". @public */
export interface AvailabilityResult {
  available: boolean;
  /** Who already uses it and how, when it is taken (or would be shadowed). */
  conflicts: {
    reason: string;
    object: ObjectRef;
    entityRef?: string;
  }[];
}
