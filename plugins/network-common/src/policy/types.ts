/*
 * Public types of the offline network-policy evaluator.
 *
 * The evaluator answers "may A reach B on port P/proto?" over an estate of
 * Kubernetes workloads and CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy
 * and Kubernetes NetworkPolicy objects. Every answer carries an explanation:
 * a bare "allowed" is never enough to debug a policy.
 */

/** A raw policy object, as parsed from YAML. Nothing in it is trusted. */
export interface KubernetesPolicyObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; [key: string]: unknown };
  spec?: unknown;
  specs?: unknown;
  [key: string]: unknown;
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface EstateNamespace {
  name: string;
  labels: Record<string, string>;
}

export interface EstateWorkload {
  /** Deployment, StatefulSet, DaemonSet, Pod... */
  kind: string;
  namespace: string;
  name: string;
  /** Pod template labels. */
  labels: Record<string, string>;
  /** Container ports, used to resolve named ports. */
  ports?: { name?: string; port: number; protocol?: Protocol }[];
  /** Cilium labels pods with their service account; policies may select on it. */
  serviceAccount?: string;
}

export interface EstateService {
  namespace: string;
  name: string;
  selector?: Record<string, string>;
  ports: {
    name?: string;
    port: number;
    targetPort?: number | string;
    protocol?: string;
  }[];
}

export interface PolicyEstateOptions {
  /** Cilium's `policyEnforcementMode` (agent flag `enable-policy`). */
  policyEnforcementMode?: 'default' | 'always' | 'never';
  /**
   * Cilium's `--allow-localhost` (default `auto`, which under Kubernetes
   * always lets the local host reach its pods, e.g. kubelet probes).
   * `policy` makes host traffic subject to policy like any other peer.
   */
  allowLocalhost?: 'auto' | 'always' | 'policy';
}

export interface PolicyEstate {
  namespaces: EstateNamespace[];
  workloads: EstateWorkload[];
  services?: EstateService[];
  policies: KubernetesPolicyObject[];
  options?: PolicyEstateOptions;
}

export interface WorkloadRef {
  namespace: string;
  name: string;
  /** Only needed when two workloads of different kinds share a name. */
  kind?: string;
}

/**
 * One end of a flow. `entity` is a Cilium entity name (world, host,
 * remote-node, kube-apiserver, ingress, health, init, unmanaged). An `ip`
 * is assumed to be outside the cluster (the estate knows no pod or node IPs).
 */
export type Peer =
  | { workload: WorkloadRef }
  | { entity: string }
  | { ip: string };

export interface Flow {
  from: Peer;
  to: Peer;
  port: number;
  protocol: Protocol;
}

export type PolicySection = 'ingress' | 'ingressDeny' | 'egress' | 'egressDeny';

export interface PolicyRef {
  kind: string;
  namespace?: string;
  name: string;
}

export interface RuleRef {
  policy: PolicyRef;
  section: PolicySection;
  /** Position of the rule in its section. */
  index: number;
  /** Position in `specs[]` when the rule came from a multi-rule Cilium policy. */
  specIndex?: number;
  /** Human text, e.g. "allow from entity ingress on TCP 8080,50051". */
  summary: string;
}

export type Verdict = 'allowed' | 'denied' | 'unknown';

export interface SideDecision {
  side: 'egress' | 'ingress';
  /** False when this side is not a pod in the estate. */
  policed: boolean;
  defaultDeny: boolean;
  verdict: Verdict;
  allowedBy: RuleRef[];
  deniedBy: RuleRef[];
  unknown: string[];
  explanation: string;
}

export interface FlowVerdict {
  verdict: Verdict;
  egress: SideDecision;
  ingress: SideDecision;
  explanation: string;
}

export interface ConnectionPort {
  protocol: Protocol | 'ANY';
  from: number;
  to: number;
}

export type ConnectionPeer =
  | { kind: 'workload'; namespace: string; name: string; workloadKind: string }
  | { kind: 'entity'; entity: string }
  | { kind: 'cidr'; ranges: { first: string; last: string }[] }
  | { kind: 'fqdn'; pattern: string }
  | { kind: 'selector'; description: string };

export interface Connection {
  from: ConnectionPeer;
  to: ConnectionPeer;
  /** Merged and sorted; ANY when TCP, UDP and SCTP carry the same ports. */
  ports: ConnectionPort[];
  verdict: 'allowed' | 'unknown';
  allowedBy: RuleRef[];
  unknown: string[];
}

export interface PolicyProblem {
  policy: PolicyRef;
  message: string;
}

export interface PolicyEvaluator {
  evaluate(flow: Flow): FlowVerdict;
  /** Every allowed (or unknown) connection in the estate, sorted by formatted line. */
  connections(): Connection[];
  /** Connections whose destination is this workload. */
  callers(workload: WorkloadRef): Connection[];
  /** Connections whose source is this workload. */
  callees(workload: WorkloadRef): Connection[];
  /**
   * Whether the workload accepts traffic (at L3/L4, on some port) from some
   * address outside the cluster, and from every pod of the cluster
   * (including pods the estate does not know).
   */
  openTo(workload: WorkloadRef): { world: boolean; cluster: boolean };
  /** Policies, or parts of policies, the evaluator could not understand. */
  problems: PolicyProblem[];
}
