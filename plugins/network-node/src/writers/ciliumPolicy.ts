import type { KubernetesObject } from '../manifests/types';
import { markOwned } from './ownership';
import type { NetworkWriteSettings } from './settings';

/** The managed data services of the seed platform, reached through the VPC peering. @public */
export type DataService = 'postgresql' | 'kafka' | 'valkey';

/** The port each data service listens on (Aiven defaults, as in the seed). @public */
export const DATA_SERVICE_PORTS: Record<DataService, number> = {
  postgresql: 5432,
  kafka: 9092,
  valkey: 6379,
};

/** A workload on the other side of an allow rule, already resolved from its catalog entity. @public */
export interface PolicyPeer {
  /** The entity the workload belongs to, for the comment-free YAML a reviewer reads. */
  entityRef?: string;
  namespace: string;
  labels: Record<string, string>;
  ports: number[];
}

/**
 * The traffic a service needs, in the platform's words. The policy is default deny both ways;
 * everything listed here is allowed, nothing else.
 *
 * @public
 */
export interface NetworkPolicyIntent {
  name: string;
  namespace: string;
  owner: string;
  kubernetesId?: string;
  /** Labels of the service's pods (the policy's endpoint selector). */
  workloadLabels: Record<string, string>;
  /** Ports the Gateway forwards to; empty when the service is not routed. */
  routedPorts: number[];
  callers: PolicyPeer[];
  /** Port Prometheus scrapes; absent when not scraped. */
  metricsPort?: number;
  /** Allow pods of the same namespace, both ways. */
  intraNamespace: boolean;
  callees: PolicyPeer[];
  dataServices: DataService[];
  /** Allow HTTPS to the AWS interface VPC endpoints (S3, KMS…). */
  vpcEndpoints: boolean;
}

type PortProtocol = { port: string; protocol: 'TCP' | 'UDP' };

function tcpPorts(ports: number[]): { ports: PortProtocol[] }[] {
  const unique = [...new Set(ports)].sort((a, b) => a - b);
  return [
    { ports: unique.map(port => ({ port: String(port), protocol: 'TCP' })) },
  ];
}

function peerSelector(peer: {
  namespace: string;
  labels: Record<string, string>;
}) {
  const labels = Object.fromEntries(
    Object.entries(peer.labels).sort(([a], [b]) => a.localeCompare(b)),
  );
  // Peer selectors of a namespaced policy only see the policy's own namespace unless they name
  // another one through this label.
  return {
    matchLabels: { 'io.kubernetes.pod.namespace': peer.namespace, ...labels },
  };
}

function byPeer(a: PolicyPeer, b: PolicyPeer): number {
  return (
    a.namespace.localeCompare(b.namespace) ||
    JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels))
  );
}

function ingressRules(
  intent: NetworkPolicyIntent,
  defaults: NetworkWriteSettings['policyDefaults'],
): Record<string, unknown>[] {
  const rules: Record<string, unknown>[] = [];
  if (intent.routedPorts.length > 0) {
    // Envoy of Cilium's Gateway forwards with the reserved `ingress` identity; allowing the
    // Gateway's namespace would not let it in.
    rules.push({
      fromEntities: ['ingress'],
      toPorts: tcpPorts(intent.routedPorts),
    });
  }
  if (intent.metricsPort !== undefined) {
    rules.push({
      fromEndpoints: [
        peerSelector({
          namespace: defaults.prometheusNamespace,
          labels: defaults.prometheusSelector,
        }),
      ],
      toPorts: tcpPorts([intent.metricsPort]),
    });
  }
  for (const caller of [...intent.callers].sort(byPeer)) {
    rules.push({
      fromEndpoints: [peerSelector(caller)],
      toPorts: tcpPorts(caller.ports),
    });
  }
  if (intent.intraNamespace) {
    rules.push({ fromEndpoints: [{}] });
  }
  return rules;
}

function egressRules(
  intent: NetworkPolicyIntent,
  defaults: NetworkWriteSettings['policyDefaults'],
): Record<string, unknown>[] {
  // Every default-deny egress policy must keep DNS open, or the service resolves nothing.
  const rules: Record<string, unknown>[] = [
    {
      toEndpoints: [
        {
          matchLabels: {
            'io.kubernetes.pod.namespace': 'kube-system',
            'k8s-app': 'kube-dns',
          },
        },
      ],
      toPorts: [
        {
          ports: [
            { port: '53', protocol: 'UDP' },
            { port: '53', protocol: 'TCP' },
          ],
          rules: { dns: [{ matchPattern: '*' }] },
        },
      ],
    },
  ];
  for (const callee of [...intent.callees].sort(byPeer)) {
    rules.push({
      toEndpoints: [peerSelector(callee)],
      toPorts: tcpPorts(callee.ports),
    });
  }
  if (intent.dataServices.length > 0) {
    rules.push({
      toCIDRSet: [{ cidr: defaults.dataServicesCidr }],
      toPorts: tcpPorts(intent.dataServices.map(s => DATA_SERVICE_PORTS[s])),
    });
  }
  if (intent.vpcEndpoints) {
    rules.push({
      toCIDRSet: [{ cidr: defaults.vpcEndpointsCidr }],
      toPorts: tcpPorts([443]),
    });
  }
  if (intent.intraNamespace) {
    rules.push({ toEndpoints: [{}] });
  }
  return rules;
}

/**
 * Builds the service's CiliumNetworkPolicy from intent. Default deny is explicit in both
 * directions, so a service with no allowed callers is closed rather than open.
 *
 * @public
 */
export function buildCiliumNetworkPolicy(
  intent: NetworkPolicyIntent,
  defaults: NetworkWriteSettings['policyDefaults'],
): KubernetesObject {
  const ingress = ingressRules(intent, defaults);
  const policy: KubernetesObject = {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumNetworkPolicy',
    metadata: { name: intent.name, namespace: intent.namespace },
    spec: {
      endpointSelector: {
        matchLabels: Object.fromEntries(
          Object.entries(intent.workloadLabels).sort(([a], [b]) =>
            a.localeCompare(b),
          ),
        ),
      },
      enableDefaultDeny: { ingress: true, egress: true },
      // an empty rule allows nothing; it keeps the ingress section present
      ingress: ingress.length > 0 ? ingress : [{}],
      egress: egressRules(intent, defaults),
    },
  };
  return markOwned(policy, intent.owner, intent.kubernetesId ?? intent.name);
}
