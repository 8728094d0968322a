import { ServiceFacts, WorkloadFacts } from '../estate/workloads';
import type { ServiceView } from '../view';
import { World, workloadsOfService } from '../world';
import { hop } from './verdicts';
import type { Hop } from '../view';

export interface ServiceHop {
  hop: Hop;
  workloads: WorkloadFacts[];
  port?: ServiceView['ports'][number];
}

export const workloadText = (w: WorkloadFacts) =>
  `${w.namespace}/${w.name}[${w.kind}]`;

/** The Service: it exists, has the port, and selects pods. */
export function serviceHop(
  world: World,
  wanted: { namespace: string; name: string },
  service: ServiceFacts | undefined,
  port: number | undefined,
): ServiceHop {
  const where = `${wanted.namespace}/${wanted.name}`;
  const title = `Service ${where}${port ? `:${port}` : ''}`;
  if (!service) {
    return {
      workloads: [],
      hop: hop(
        'service',
        title,
        'broken',
        `Service ${where} does not exist in any source`,
      ),
    };
  }
  const servicePort =
    port === undefined
      ? service.ports[0]
      : service.ports.find(p => p.port === port);
  if (port !== undefined && !servicePort) {
    const ports = service.ports.map(p => p.port).join(', ') || 'none';
    return {
      workloads: [],
      hop: hop(
        'service',
        title,
        'broken',
        `Service ${where} has no port ${port} (ports: ${ports})`,
        service.ref,
      ),
    };
  }
  const workloads = workloadsOfService(world, service);
  if (workloads.length === 0) {
    const known =
      (world.workloadsByNamespace.get(service.namespace) ?? []).length > 0;
    const selector = Object.entries(service.selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    return {
      workloads,
      port: servicePort,
      hop: known
        ? hop(
            'service',
            title,
            'broken',
            `selector {${selector}} selects no workload in ${service.namespace}: no pod receives the traffic`,
            service.ref,
          )
        : hop(
            'service',
            title,
            'unknown',
            `no source lists the workloads of namespace ${service.namespace}`,
            service.ref,
          ),
    };
  }
  const target =
    servicePort?.targetPort !== undefined
      ? ` → targetPort ${servicePort.targetPort}`
      : '';
  return {
    workloads,
    port: servicePort,
    hop: hop(
      'service',
      title,
      'ok',
      `port ${servicePort?.port ?? '?'}${target} on ${workloads
        .map(workloadText)
        .join(', ')}`,
      service.ref,
    ),
  };
}
