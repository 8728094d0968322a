import type {
  EstateNamespace,
  EstateWorkload,
  Flow,
  KubernetesPolicyObject,
  Peer,
  PolicyEstate,
  PolicyEstateOptions,
  Protocol,
} from '../types';

/* Small builders for test estates; they only shorten the YAML-shaped literals. */

export function workload(
  ref: string,
  labels: Record<string, string>,
  ports: EstateWorkload['ports'] = [],
): EstateWorkload {
  const [namespace, name] = ref.split('/');
  return { kind: 'Deployment', namespace, name, labels, ports };
}

export function cnp(
  ref: string,
  spec: Record<string, unknown>,
): KubernetesPolicyObject {
  const [namespace, name] = ref.split('/');
  return {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumNetworkPolicy',
    metadata: { namespace, name },
    spec,
  };
}

export function ccnp(
  name: string,
  spec: Record<string, unknown>,
): KubernetesPolicyObject {
  return {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumClusterwideNetworkPolicy',
    metadata: { name },
    spec,
  };
}

export function knp(
  ref: string,
  spec: Record<string, unknown>,
): KubernetesPolicyObject {
  const [namespace, name] = ref.split('/');
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { namespace, name },
    spec,
  };
}

export function estate(
  workloads: EstateWorkload[],
  policies: KubernetesPolicyObject[],
  extra: { namespaces?: EstateNamespace[]; options?: PolicyEstateOptions } = {},
): PolicyEstate {
  const namespaces = new Map<string, EstateNamespace>();
  for (const ns of extra.namespaces ?? []) namespaces.set(ns.name, ns);
  for (const w of workloads) {
    if (!namespaces.has(w.namespace))
      namespaces.set(w.namespace, { name: w.namespace, labels: {} });
  }
  return {
    namespaces: [...namespaces.values()],
    workloads,
    policies,
    options: extra.options,
  };
}

/** `ns/name` is a workload, an IPv4 literal an address, anything else an entity. */
export function peer(text: string): Peer {
  if (text.includes('/')) {
    const [namespace, name] = text.split('/');
    return { workload: { namespace, name } };
  }
  if (/^[\d.]+$/.test(text) || text.includes(':')) return { ip: text };
  return { entity: text };
}

export function flow(
  from: string,
  to: string,
  port: number,
  protocol: Protocol = 'TCP',
): Flow {
  return { from: peer(from), to: peer(to), port, protocol };
}

export const ports = (...list: (number | string)[]) => [
  {
    ports: list.map(p =>
      typeof p === 'number'
        ? { port: String(p), protocol: 'TCP' }
        : { port: p },
    ),
  },
];
