import {
  buildNamespace,
  buildWorkload,
  GitopsChange,
  WorkloadPort,
} from '@localplus/plugin-network-node';
import { gitopsFiles } from './files';
import type { Problems } from './problems';
import type { ServiceTarget } from './service';

/** @public */
export interface WorkloadRequest {
  image: string;
  replicas: number;
}

const IMAGE = /^[a-z0-9]+([._\-/:@][a-zA-Z0-9_.\-]+)*$/;

export function validateWorkload(
  request: WorkloadRequest,
  problems: Problems,
): void {
  if (!IMAGE.test(request.image)) {
    problems.add(
      `The image "${request.image}" is not a container image reference, e.g. registry.localplus.io/svc-shop:0.1.0.`,
    );
  }
  if (
    !Number.isInteger(request.replicas) ||
    request.replicas < 0 ||
    request.replicas > 50
  ) {
    problems.add(
      `The replica count ${request.replicas} is out of range; use 0 to 50.`,
    );
  }
}

/**
 * The Namespace, Deployment and Service of a new service: the Service is the hop the route and
 * the private name point at, so the exposure chain is complete from the first run.
 */
export function workloadChanges(
  target: ServiceTarget,
  request: WorkloadRequest,
  httpPort: number,
  grpcPort: number | undefined,
): GitopsChange[] {
  const ports: WorkloadPort[] = [{ name: 'http', port: httpPort }];
  if (grpcPort !== undefined) {
    ports.push({
      name: 'grpc',
      port: grpcPort,
      appProtocol: 'kubernetes.io/h2c',
    });
  }
  const intent = {
    name: target.name,
    namespace: target.namespace,
    owner: target.entityRef,
    image: request.image,
    replicas: request.replicas,
    ports,
  };
  return [
    {
      type: 'put-object',
      system: 'workload',
      file: gitopsFiles.namespace(target.name),
      object: buildNamespace(intent),
      owner: target.entityRef,
    },
    ...buildWorkload(intent).map(
      (object): GitopsChange => ({
        type: 'put-object',
        system: 'workload',
        file: gitopsFiles.workload(target.name),
        object,
        owner: target.entityRef,
      }),
    ),
  ];
}
