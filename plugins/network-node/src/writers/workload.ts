import type { KubernetesObject } from '../manifests/types';
import { markOwned } from './ownership';

/** One named port of a service; gRPC ports carry the h2c app protocol. @public */
export interface WorkloadPort {
  name: string;
  port: number;
  appProtocol?: string;
}

/**
 * A minimal Deployment and Service for a new service, so the exposure chain has the Service hop
 * the route points at. The platform's deploy pipeline replaces the image.
 *
 * @public
 */
export interface WorkloadIntent {
  name: string;
  namespace: string;
  owner: string;
  image: string;
  replicas: number;
  ports: WorkloadPort[];
}

/** The service's own namespace (the estate runs each service in one of its name). @public */
export function buildNamespace(intent: WorkloadIntent): KubernetesObject {
  return markOwned(
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: intent.namespace,
        labels: {
          'kubernetes.io/metadata.name': intent.namespace,
          'localplus.io/tier': 'application',
        },
      },
    },
    intent.owner,
    intent.name,
  );
}

/** @public */
export function buildWorkload(intent: WorkloadIntent): KubernetesObject[] {
  const selector = { 'app.kubernetes.io/name': intent.name };
  const deployment: KubernetesObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: intent.name, namespace: intent.namespace },
    spec: {
      replicas: intent.replicas,
      selector: { matchLabels: selector },
      template: {
        metadata: {
          labels: {
            ...selector,
            'backstage.io/kubernetes-id': intent.name,
          },
        },
        spec: {
          containers: [
            {
              name: intent.name,
              image: intent.image,
              ports: intent.ports.map(p => ({
                name: p.name,
                containerPort: p.port,
              })),
            },
          ],
        },
      },
    },
  };
  const service: KubernetesObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: intent.name, namespace: intent.namespace },
    spec: {
      selector,
      ports: intent.ports.map(p => ({
        name: p.name,
        port: p.port,
        targetPort: p.name,
        ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
      })),
    },
  };
  return [
    markOwned(deployment, intent.owner, intent.name),
    markOwned(service, intent.owner, intent.name),
  ];
}
