import {
  asArray,
  asPort,
  asRecord,
  asString,
  asStringMap,
  labelsOf,
  nameOf,
  namespaceOf,
  objectRefOf,
  specOf,
} from '../objects';
import type { SourcedObject } from '../sources';
import type { ObjectRef, ServiceView } from '../view';
import { clusterServiceName } from '../names';

/** A controller (or bare Pod) and the pods it runs, as Services and policies select them. */
export interface WorkloadFacts {
  kind: string;
  namespace: string;
  name: string;
  /** Labels of the object itself (the catalog's label selector looks here). */
  objectLabels: Record<string, string>;
  /** Labels of its pods: what Service and policy selectors match. */
  podLabels: Record<string, string>;
  ports: { name?: string; port: number; protocol: string }[];
  sourced: SourcedObject;
}

export interface ServiceFacts {
  namespace: string;
  name: string;
  selector: Record<string, string>;
  ports: ServiceView['ports'];
  labels: Record<string, string>;
  sourced: SourcedObject;
  ref: ObjectRef;
}

const POD_TEMPLATE_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
]);

function podSpecAndLabels(
  sourced: SourcedObject,
):
  | { podSpec: Record<string, unknown>; labels: Record<string, string> }
  | undefined {
  const { object } = sourced;
  if (object.kind === 'Pod') {
    return { podSpec: specOf(object), labels: labelsOf(object) };
  }
  let template: Record<string, unknown> | undefined;
  if (POD_TEMPLATE_KINDS.has(object.kind)) {
    template = asRecord(specOf(object).template);
  } else if (object.kind === 'CronJob') {
    template = asRecord(
      asRecord(asRecord(specOf(object).jobTemplate).spec).template,
    );
  }
  if (!template) return undefined;
  return {
    podSpec: asRecord(template.spec),
    labels: asStringMap(asRecord(template.metadata).labels),
  };
}

/** Pods of a ReplicaSet, ReplicaSets of a Deployment: counted through their controller only. */
function ownedByController(sourced: SourcedObject): boolean {
  return asArray(sourced.object.metadata?.ownerReferences).some(
    ref => asRecord(ref).controller === true,
  );
}

export function workloadFacts(
  sourced: SourcedObject,
): WorkloadFacts | undefined {
  if (ownedByController(sourced)) return undefined;
  const pod = podSpecAndLabels(sourced);
  const namespace = namespaceOf(sourced.object) ?? 'default';
  if (!pod) return undefined;
  const ports: WorkloadFacts['ports'] = [];
  for (const container of asArray(pod.podSpec.containers)) {
    for (const raw of asArray(asRecord(container).ports)) {
      const port = asRecord(raw);
      const number = asPort(port.containerPort);
      if (number) {
        ports.push({
          name: asString(port.name),
          port: number,
          protocol: asString(port.protocol) ?? 'TCP',
        });
      }
    }
  }
  return {
    kind: sourced.object.kind,
    namespace,
    name: nameOf(sourced.object),
    objectLabels: labelsOf(sourced.object),
    podLabels: pod.labels,
    ports,
    sourced,
  };
}

export function serviceFacts(sourced: SourcedObject): ServiceFacts | undefined {
  if (sourced.object.kind !== 'Service') return undefined;
  const spec = specOf(sourced.object);
  const ports: ServiceView['ports'] = [];
  for (const raw of asArray(spec.ports)) {
    const port = asRecord(raw);
    const number = asPort(port.port);
    if (!number) continue;
    const entry: ServiceView['ports'][number] = {
      port: number,
      protocol: asString(port.protocol) ?? 'TCP',
    };
    const name = asString(port.name);
    if (name) entry.name = name;
    const target = port.targetPort;
    if (typeof target === 'number' || typeof target === 'string') {
      entry.targetPort = target;
    }
    ports.push(entry);
  }
  return {
    namespace: namespaceOf(sourced.object) ?? 'default',
    name: nameOf(sourced.object),
    selector: asStringMap(spec.selector),
    ports,
    labels: labelsOf(sourced.object),
    sourced,
    ref: objectRefOf(sourced),
  };
}

export function serviceView(service: ServiceFacts): ServiceView {
  return {
    object: service.ref,
    clusterName: clusterServiceName(service.name, service.namespace),
    selector: service.selector,
    ports: service.ports,
  };
}

/**
 * The pod port a Service port lands on: a number, or a container port found by name in the
 * workload (Kubernetes resolves named target ports per pod).
 */
export function resolveTargetPort(
  servicePort: ServiceView['ports'][number],
  workload: WorkloadFacts,
): number | undefined {
  const target = servicePort.targetPort;
  if (target === undefined) return servicePort.port;
  if (typeof target === 'number') return target;
  const numeric = asPort(target);
  if (numeric) return numeric;
  return workload.ports.find(p => p.name === target)?.port;
}
