import type { KubernetesObject } from '../model/sources';
import { NAMESPACE_NAME_LABEL } from './selectors';
import type {
  EstateNamespace,
  EstateService,
  EstateWorkload,
  KubernetesPolicyObject,
  PolicyEstate,
  Protocol,
} from './types';

/*
 * Builds the evaluator's estate from raw manifests or cluster objects.
 * Workloads are what Cilium gives identities to: the pod templates of
 * controllers and bare Pods. Objects created by a controller (Pods of a
 * ReplicaSet, ReplicaSets of a Deployment, Jobs of a CronJob) are skipped so
 * that a live snapshot does not count the same pods twice.
 */

type Raw = Record<string, unknown>;

const asRecord = (v: unknown): Raw =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(asRecord(v))) {
    // YAML reads `true` or `8080` as non-strings; the API server would not.
    if (value !== null && value !== undefined) out[k] = String(value);
  }
  return out;
}

function group(apiVersion: string | undefined): string {
  const text = apiVersion ?? '';
  return text.includes('/') ? text.slice(0, text.indexOf('/')) : '';
}

/** Where the pod template of each workload kind lives, and its API group. */
const TEMPLATES: Record<
  string,
  { group: string; template: (spec: Raw) => unknown }
> = {
  Deployment: { group: 'apps', template: spec => spec.template },
  StatefulSet: { group: 'apps', template: spec => spec.template },
  DaemonSet: { group: 'apps', template: spec => spec.template },
  ReplicaSet: { group: 'apps', template: spec => spec.template },
  Job: { group: 'batch', template: spec => spec.template },
  CronJob: {
    group: 'batch',
    template: spec => asRecord(asRecord(spec.jobTemplate).spec).template,
  },
};

const POLICY_GROUPS: Record<string, string> = {
  CiliumNetworkPolicy: 'cilium.io',
  CiliumClusterwideNetworkPolicy: 'cilium.io',
  NetworkPolicy: 'networking.k8s.io',
};

function ownedByController(obj: KubernetesObject): boolean {
  return asList(obj.metadata.ownerReferences).some(
    ref => asRecord(ref).controller === true,
  );
}

function protocolOf(value: unknown): Protocol {
  const text = typeof value === 'string' ? value.toUpperCase() : 'TCP';
  return text === 'UDP' || text === 'SCTP' ? text : 'TCP';
}

/** Container ports (and those of sidecars, i.e. init containers that keep running). */
function containerPorts(podSpec: Raw): EstateWorkload['ports'] {
  const sidecars = asList(podSpec.initContainers).filter(
    c => asRecord(c).restartPolicy === 'Always',
  );
  return [...asList(podSpec.containers), ...sidecars].flatMap(container =>
    asList(asRecord(container).ports).flatMap(raw => {
      const p = asRecord(raw);
      const port = Number(p.containerPort);
      if (!Number.isInteger(port) || port <= 0) return [];
      const name = typeof p.name === 'string' ? p.name : undefined;
      return [
        { ...(name ? { name } : {}), port, protocol: protocolOf(p.protocol) },
      ];
    }),
  );
}

function workloadOf(
  obj: KubernetesObject,
  labels: unknown,
  podSpecRaw: unknown,
): EstateWorkload {
  const podSpec = asRecord(podSpecRaw);
  const account = podSpec.serviceAccountName ?? podSpec.serviceAccount;
  return {
    kind: obj.kind,
    namespace: obj.metadata.namespace ?? 'default',
    name: obj.metadata.name ?? '(unnamed)',
    labels: stringMap(labels),
    ports: containerPorts(podSpec),
    ...(typeof account === 'string' ? { serviceAccount: account } : {}),
  };
}

function workloadFrom(obj: KubernetesObject): EstateWorkload | undefined {
  if (ownedByController(obj)) return undefined;
  if (obj.kind === 'Pod' && group(obj.apiVersion) === '') {
    return workloadOf(obj, obj.metadata.labels, obj.spec);
  }
  const shape = TEMPLATES[obj.kind];
  if (!shape || group(obj.apiVersion) !== shape.group) return undefined;
  const template = asRecord(shape.template(asRecord(obj.spec)));
  return workloadOf(obj, asRecord(template.metadata).labels, template.spec);
}

function serviceFrom(obj: KubernetesObject): EstateService {
  const spec = asRecord(obj.spec);
  const selector = stringMap(spec.selector);
  return {
    namespace: obj.metadata.namespace ?? 'default',
    name: obj.metadata.name ?? '(unnamed)',
    ...(Object.keys(selector).length > 0 ? { selector } : {}),
    ports: asList(spec.ports).map(raw => {
      const p = asRecord(raw);
      const targetPort =
        typeof p.targetPort === 'number' || typeof p.targetPort === 'string'
          ? p.targetPort
          : undefined;
      return {
        ...(typeof p.name === 'string' ? { name: p.name } : {}),
        port: Number(p.port),
        ...(targetPort === undefined ? {} : { targetPort }),
        protocol: protocolOf(p.protocol),
      };
    }),
  };
}

/** @public */
export function policyEstateFromObjects(
  objects: readonly KubernetesObject[],
): PolicyEstate {
  const namespaces = new Map<string, EstateNamespace>();
  const workloads: EstateWorkload[] = [];
  const services: EstateService[] = [];
  const policies: KubernetesPolicyObject[] = [];
  for (const obj of objects) {
    if (!obj || typeof obj !== 'object' || !obj.metadata) continue;
    const g = group(obj.apiVersion);
    if (obj.kind === 'Namespace' && g === '' && obj.metadata.name) {
      const name = obj.metadata.name;
      namespaces.set(name, {
        name,
        labels: {
          ...stringMap(obj.metadata.labels),
          [NAMESPACE_NAME_LABEL]: name,
        },
      });
    } else if (obj.kind === 'Service' && g === '') {
      services.push(serviceFrom(obj));
    } else if (POLICY_GROUPS[obj.kind] !== undefined) {
      if (POLICY_GROUPS[obj.kind] === g)
        policies.push(obj as KubernetesPolicyObject);
    } else {
      const workload = workloadFrom(obj);
      if (workload) workloads.push(workload);
    }
  }
  for (const w of workloads) {
    if (!namespaces.has(w.namespace)) {
      namespaces.set(w.namespace, {
        name: w.namespace,
        labels: { [NAMESPACE_NAME_LABEL]: w.namespace },
      });
    }
  }
  return {
    namespaces: [...namespaces.values()],
    workloads,
    services,
    policies,
  };
}
