import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { validatePort } from '@localplus/plugin-network-common';
import {
  buildCiliumNetworkPolicy,
  DATA_SERVICE_PORTS,
  DataService,
  GitopsChange,
  NetworkWriteSettings,
  PolicyPeer,
} from '@localplus/plugin-network-node';
import type { WorkloadResolver } from './catalogWorkloads';
import { gitopsFiles } from './files';
import type { Problems } from './problems';
import type { ServiceTarget } from './service';

/** A peer entity and the ports of the traffic allowed with it. @public */
export interface PeerRequest {
  entityRef: string;
  ports: number[];
}

/** @public */
export interface PolicyRequest {
  /** Ports the Gateway forwards to; empty when the service is not routed. */
  exposedPorts: number[];
  callers: PeerRequest[];
  callees: PeerRequest[];
  metricsPort?: number;
  intraNamespace: boolean;
  dataServices: string[];
  vpcEndpoints: boolean;
  workloadLabels?: Record<string, string>;
}

function isDataService(value: string): value is DataService {
  return Object.prototype.hasOwnProperty.call(DATA_SERVICE_PORTS, value);
}

export function validatePolicy(
  request: PolicyRequest,
  problems: Problems,
): void {
  for (const port of request.exposedPorts) {
    problems.add(validatePort(port, 'exposed port'));
  }
  for (const [what, peers] of [
    ['caller', request.callers],
    ['callee', request.callees],
  ] as const) {
    for (const peer of peers) {
      if (peer.ports.length === 0) {
        problems.add(`Give the ports for the ${what} ${peer.entityRef}.`);
      }
      for (const port of peer.ports) {
        problems.add(
          validatePort(port, `port of the ${what} ${peer.entityRef}`),
        );
      }
    }
  }
  if (request.metricsPort !== undefined) {
    problems.add(validatePort(request.metricsPort, 'metrics port'));
  }
  for (const service of request.dataServices) {
    if (!isDataService(service)) {
      problems.add(
        `"${service}" is not a data service of the platform; choose from ${Object.keys(
          DATA_SERVICE_PORTS,
        ).join(', ')}.`,
      );
    }
  }
}

async function resolvePeers(
  peers: PeerRequest[],
  what: string,
  workloads: WorkloadResolver,
  credentials: BackstageCredentials,
): Promise<PolicyPeer[]> {
  return Promise.all(
    peers.map(async peer => {
      const workload = await workloads.resolve(
        peer.entityRef,
        credentials,
        what,
      );
      return {
        entityRef: workload.entityRef,
        namespace: workload.namespace,
        labels: workload.labels,
        ports: peer.ports,
      };
    }),
  );
}

/**
 * The CiliumNetworkPolicy change. Callers and callees are looked up in the catalog first, so an
 * entity that does not exist fails the step before anything is written.
 */
export async function policyChange(
  target: ServiceTarget,
  request: PolicyRequest,
  settings: NetworkWriteSettings,
  workloads: WorkloadResolver,
  credentials: BackstageCredentials,
): Promise<GitopsChange> {
  const [callers, callees] = await Promise.all([
    resolvePeers(request.callers, 'caller', workloads, credentials),
    resolvePeers(request.callees, 'callee', workloads, credentials),
  ]);
  const policy = buildCiliumNetworkPolicy(
    {
      name: target.name,
      namespace: target.namespace,
      owner: target.entityRef,
      workloadLabels: request.workloadLabels ?? {
        'app.kubernetes.io/name': target.name,
      },
      routedPorts: request.exposedPorts,
      callers,
      metricsPort: request.metricsPort,
      intraNamespace: request.intraNamespace,
      callees,
      dataServices: request.dataServices.filter(isDataService),
      vpcEndpoints: request.vpcEndpoints,
    },
    settings.policyDefaults,
  );
  return {
    type: 'put-object',
    system: 'policy',
    file: gitopsFiles.policy(target.name),
    object: policy,
    owner: target.entityRef,
  };
}
