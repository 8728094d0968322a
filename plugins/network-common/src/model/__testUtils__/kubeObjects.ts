/*
 * Kubernetes and external-dns objects for the model's tests, with the labels the estate uses.
 */
import type { KubernetesObject } from '../sources';

export const TUNNEL_ID = '6ff42ae2-765d-4adf-8112-31c55c1551ef';
export const GATEWAY_SERVICE =
  'https://cilium-gateway-public.platform.svc.cluster.local:443';
export const SHOP = 'component:default/shop';

type Labels = Record<string, string>;
const id = (name: string): Labels => ({ 'backstage.io/kubernetes-id': name });

export function namespace(name: string, labels: Labels = {}): KubernetesObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export function deployment(
  ns: string,
  name: string,
  podLabels: Labels,
  ports: { name?: string; containerPort: number; protocol?: string }[] = [],
): KubernetesObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: ns,
      labels: id(podLabels['backstage.io/kubernetes-id'] ?? name),
    },
    spec: {
      selector: { matchLabels: podLabels },
      template: {
        metadata: { labels: podLabels },
        spec: { containers: [{ name, ports }] },
      },
    },
  };
}

export function service(
  ns: string,
  name: string,
  selector: Labels,
  ports: {
    name?: string;
    port: number;
    targetPort?: number | string;
    protocol?: string;
  }[],
  labels: Labels = id(name),
): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns, labels },
    spec: { selector, ports },
  };
}

export function gateway(
  listeners: Record<string, unknown>[] = [
    {
      name: 'https',
      protocol: 'HTTPS',
      port: 443,
      hostname: '*.localplus.io',
      allowedRoutes: { namespaces: { from: 'All' } },
    },
  ],
): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: {
      name: 'public',
      namespace: 'platform',
      labels: id('cilium-gateway'),
    },
    spec: { gatewayClassName: 'cilium', listeners },
  };
}

export function httpRoute(
  ns: string,
  name: string,
  spec: Record<string, unknown>,
  extra: Partial<KubernetesObject> = {},
): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name, namespace: ns, labels: id(name) },
    spec: {
      parentRefs: [
        { name: 'public', namespace: 'platform', sectionName: 'https' },
      ],
      ...spec,
    },
    ...extra,
  };
}

export function cnp(
  ns: string,
  name: string,
  spec: Record<string, unknown>,
): KubernetesObject {
  return {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumNetworkPolicy',
    metadata: { name, namespace: ns, labels: id(name) },
    spec,
  };
}

export function tunnelConfigMap(
  rules: Record<string, unknown>[],
  tunnel = TUNNEL_ID,
): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'cloudflared-config',
      namespace: 'platform',
      labels: id('cloudflared'),
    },
    data: { 'config.yaml': JSON.stringify({ tunnel, ingress: rules }) },
  };
}

export function dnsEndpoint(
  ns: string,
  name: string,
  zone: string,
  endpoints: Record<string, unknown>[],
  owner = name,
): KubernetesObject {
  return {
    apiVersion: 'externaldns.k8s.io/v1alpha1',
    kind: 'DNSEndpoint',
    metadata: {
      name: `${name}-${zone}`,
      namespace: ns,
      labels: id(owner),
      annotations: {
        'network.localplus.io/dns-zone': zone,
        'network.localplus.io/dns-provider': zone.startsWith('internal')
          ? 'route53'
          : 'cloudflare',
      },
    },
    spec: { endpoints },
  };
}

export const proxied = (value: string) => [
  { name: 'external-dns.alpha.kubernetes.io/cloudflare-proxied', value },
];

export function tunnelRecord(
  name: string,
  extra: Record<string, unknown> = {},
) {
  return {
    dnsName: name,
    recordType: 'CNAME',
    targets: [`${TUNNEL_ID}.cfargotunnel.com`],
    providerSpecific: proxied('true'),
    ...extra,
  };
}
