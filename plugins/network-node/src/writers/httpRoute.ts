import type { KubernetesObject } from '../manifests/types';
import { markOwned } from './ownership';
import type { NetworkWriteSettings } from './settings';

/**
 * What a service asks of the shared Gateway: these hostnames and paths, to this Service port.
 *
 * @public
 */
export interface HttpRouteIntent {
  /** Route name; by convention the service name. */
  name: string;
  namespace: string;
  /** Entity ref of the owning component, stamped on the object. */
  owner: string;
  /** Value of the `backstage.io/kubernetes-id` label. Default: `name`. */
  kubernetesId?: string;
  hostnames: string[];
  matches: { type: 'PathPrefix' | 'Exact'; value: string }[];
  backend: { service: string; port: number };
}

/**
 * Builds the HTTPRoute attached to the configured Gateway listener. Inputs are assumed valid
 * (see the validators in `-common`); the output is checked against the upstream CRD in tests.
 *
 * @public
 */
export function buildHttpRoute(
  intent: HttpRouteIntent,
  gateway: NetworkWriteSettings['gateway'],
): KubernetesObject {
  const route: KubernetesObject = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: intent.name, namespace: intent.namespace },
    spec: {
      parentRefs: [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          name: gateway.name,
          namespace: gateway.namespace,
          sectionName: gateway.sectionName,
        },
      ],
      hostnames: [...new Set(intent.hostnames)].sort(),
      rules: [
        {
          matches: intent.matches.map(match => ({
            path: { type: match.type, value: match.value },
          })),
          backendRefs: [
            {
              group: '',
              kind: 'Service',
              name: intent.backend.service,
              port: intent.backend.port,
            },
          ],
        },
      ],
    },
  };
  return markOwned(route, intent.owner, intent.kubernetesId ?? intent.name);
}
