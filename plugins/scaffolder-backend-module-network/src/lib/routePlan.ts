import {
  normaliseGatewayPathPrefix,
  validateGatewayPath,
  validatePort,
  validatePublicHostname,
} from '@localplus/plugin-network-common';
import {
  buildHttpRoute,
  GitopsChange,
  NetworkWriteSettings,
} from '@localplus/plugin-network-node';
import type { AvailabilityCheck } from './availabilityChecks';
import { gitopsFiles } from './files';
import type { Problems } from './problems';
import type { ServiceTarget } from './service';

/** @public */
export interface RouteRequest {
  hostnames: string[];
  paths: { type: 'PathPrefix' | 'Exact'; value: string }[];
  port: number;
  backendService: string;
}

export function validateRoute(
  request: RouteRequest,
  settings: NetworkWriteSettings,
  problems: Problems,
): void {
  if (request.hostnames.length === 0) {
    problems.add('Give at least one hostname for the route.');
  }
  for (const hostname of request.hostnames) {
    problems.add(
      validatePublicHostname(
        hostname,
        settings.zones.public,
        settings.zones.private,
      ),
    );
  }
  for (const path of request.paths) {
    problems.add(validateGatewayPath(path.value));
    if (path.type !== 'PathPrefix' && path.type !== 'Exact') {
      problems.add(
        `The path type "${path.type}" is not supported; use PathPrefix or Exact.`,
      );
    }
  }
  problems.add(validatePort(request.port, 'backend port'));
}

/** The HTTPRoute change, and one availability question per hostname and path. */
export function routeRun(
  target: ServiceTarget,
  request: RouteRequest,
  settings: NetworkWriteSettings,
): { change: GitopsChange; checks: AvailabilityCheck[] } {
  const file = gitopsFiles.httpRoute(target.name);
  const paths = request.paths.map(p => ({
    type: p.type,
    value:
      p.type === 'PathPrefix' ? normaliseGatewayPathPrefix(p.value) : p.value,
  }));
  const route = buildHttpRoute(
    {
      name: target.name,
      namespace: target.namespace,
      owner: target.entityRef,
      hostnames: request.hostnames,
      matches: paths,
      backend: { service: request.backendService, port: request.port },
    },
    settings.gateway,
  );
  return {
    change: {
      type: 'put-object',
      system: 'httproute',
      file,
      object: route,
      owner: target.entityRef,
    },
    checks: request.hostnames.flatMap(hostname =>
      paths.map(path => ({
        system: 'httproute' as const,
        file,
        request: { hostname, path: path.value, entityRef: target.entityRef },
      })),
    ),
  };
}
