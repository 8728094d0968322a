import { asArray, asRecord, asString, namespaceOf, specOf } from '../objects';
import type { SourcedObject } from '../sources';
import type { ServiceFacts } from '../estate/workloads';
import type { BackendRef } from './routes';

export interface BackendResolution {
  resolved: boolean;
  service?: ServiceFacts;
  reason: string;
}

/** Whether a ReferenceGrant in the Service's namespace lets routes of `routeNamespace` use it. */
export function referenceGranted(
  grants: readonly SourcedObject[],
  routeNamespace: string,
  backend: BackendRef,
): boolean {
  return grants.some(grant => {
    if (namespaceOf(grant.object) !== backend.namespace) return false;
    const spec = specOf(grant.object);
    const from = asArray(spec.from).some(f => {
      const r = asRecord(f);
      return (
        asString(r.group) === 'gateway.networking.k8s.io' &&
        asString(r.kind) === 'HTTPRoute' &&
        asString(r.namespace) === routeNamespace
      );
    });
    const to = asArray(spec.to).some(t => {
      const r = asRecord(t);
      const name = asString(r.name);
      return (
        (asString(r.group) ?? '') === backend.group &&
        asString(r.kind) === backend.kind &&
        (!name || name === backend.name)
      );
    });
    return from && to;
  });
}

/** A route backend checked against the Services of the estate. */
export function resolveBackend(
  backend: BackendRef,
  routeNamespace: string,
  services: ReadonlyMap<string, ServiceFacts>,
  grants: readonly SourcedObject[],
): BackendResolution {
  const where = `${backend.namespace}/${backend.name}`;
  if (backend.kind !== 'Service' || backend.group !== '') {
    return {
      resolved: true,
      reason: `backend ${backend.kind} ${where} is not a Service; not checked`,
    };
  }
  const service = services.get(where);
  if (!service) {
    return {
      resolved: false,
      reason: `Service ${where} does not exist in any source`,
    };
  }
  if (backend.port === undefined) {
    return {
      resolved: false,
      service,
      reason: `backendRef to Service ${where} has no port`,
    };
  }
  if (!service.ports.some(p => p.port === backend.port)) {
    const ports = service.ports.map(p => p.port).join(', ') || 'none';
    return {
      resolved: false,
      service,
      reason: `Service ${where} has no port ${backend.port} (ports: ${ports})`,
    };
  }
  if (
    backend.namespace !== routeNamespace &&
    !referenceGranted(grants, routeNamespace, backend)
  ) {
    return {
      resolved: false,
      service,
      reason: `no ReferenceGrant in namespace ${backend.namespace} lets routes of ${routeNamespace} use Service ${backend.name}`,
    };
  }
  return {
    resolved: true,
    service,
    reason: `Service ${where} port ${backend.port} exists`,
  };
}
