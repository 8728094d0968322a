import {
  validateGatewayPath,
  validatePort,
  validatePublicHostname,
} from '@localplus/plugin-network-common';
import { parseEntityRef } from './entityRefs';
import type { NetworkActionsOptions } from './options';
import { validatePolicy } from './policyPlan';
import type { Problems } from './problems';
import type { ServiceTarget } from './service';
import { validateWorkload, WorkloadRequest } from './workloadPlan';

/** How the template's `exposure` field asks for the service to be reached. @public */
export interface Exposure {
  mode: 'internal' | 'shared' | 'own';
  path?: string;
  hostname?: string;
}

/** Everything `network:expose` needs, defaults applied. @public */
export interface ExposeRequest {
  exposure: Exposure;
  httpPort: number;
  grpcPort?: number;
  callers: string[];
  callees: string[];
  dataServices: string[];
  metricsPort?: number;
  intraNamespace: boolean;
  vpcEndpoints: boolean;
  privateDns: boolean;
  /** Also write Namespace, Deployment and Service (the golden path's first deploy). */
  workload?: WorkloadRequest;
}

/** The public entry a mode resolves to: shared → api.<zone>/v1/<name>, own → hostname + path. */
export function publicEntry(
  target: ServiceTarget,
  exposure: Exposure,
  publicZones: string[],
): { hostname: string; path: string } | undefined {
  if (exposure.mode === 'shared') {
    return {
      hostname: `api.${publicZones[0] ?? 'localplus.io'}`,
      path: exposure.path ?? `/v1/${target.name}`,
    };
  }
  if (exposure.mode === 'own') {
    return { hostname: exposure.hostname ?? '', path: exposure.path ?? '/' };
  }
  return undefined;
}

export function validateExpose(
  target: ServiceTarget,
  request: ExposeRequest,
  options: NetworkActionsOptions,
  problems: Problems,
): void {
  const { exposure } = request;
  const { zones } = options.settings;
  if (!exposure || typeof exposure.mode !== 'string') {
    problems.add(
      'Say how the service is reached: exposure.mode is internal, shared or own.',
    );
    return;
  }
  if (!['internal', 'shared', 'own'].includes(exposure.mode)) {
    problems.add(
      `The exposure "${exposure.mode}" is unknown; choose internal, shared or own.`,
    );
  }
  if (exposure.mode === 'own' && !exposure.hostname) {
    problems.add('An own public hostname needs exposure.hostname.');
  }
  const entry = publicEntry(target, exposure, zones.public);
  if (entry && entry.hostname) {
    problems.add(
      validatePublicHostname(entry.hostname, zones.public, zones.private),
    );
    problems.add(validateGatewayPath(entry.path));
  }
  problems.add(validatePort(request.httpPort, 'HTTP port'));
  if (request.grpcPort !== undefined) {
    problems.add(validatePort(request.grpcPort, 'gRPC port'));
  }
  for (const ref of [...request.callers, ...request.callees]) {
    try {
      parseEntityRef(ref);
    } catch (error) {
      problems.add((error as Error).message);
    }
  }
  if (request.workload) {
    validateWorkload(request.workload, problems);
  }
  validatePolicy(
    {
      exposedPorts: [],
      callers: [],
      callees: [],
      metricsPort: request.metricsPort,
      intraNamespace: request.intraNamespace,
      dataServices: request.dataServices,
      vpcEndpoints: request.vpcEndpoints,
    },
    problems,
  );
}
