import {
  buildCiliumNetworkPolicy,
  buildHttpRoute,
  DEFAULT_NETWORK_WRITE_SETTINGS,
} from '@localplus/plugin-network-node';
import type { KubernetesApiServer } from '@localplus/plugin-network-node/testing';

/**
 * The fake API server compiles the upstream CRD schemas once per process, on the first object of
 * each kind, which takes seconds. Paying that before a timed run keeps the fake's cost out of the
 * action's measured time (a real API server has its schemas ready).
 */
export async function warmUpCrdValidation(
  server: KubernetesApiServer,
): Promise<void> {
  const owner = 'component:default/warm-up';
  server.put({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'warm-up' },
  });
  server.apply(
    buildHttpRoute(
      {
        name: 'warm-up',
        namespace: 'warm-up',
        owner,
        hostnames: ['warm-up.localplus.io'],
        matches: [{ type: 'PathPrefix', value: '/' }],
        backend: { service: 'warm-up', port: 8080 },
      },
      DEFAULT_NETWORK_WRITE_SETTINGS.gateway,
    ),
    { fieldManager: 'warm-up' },
  );
  server.apply(
    buildCiliumNetworkPolicy(
      {
        name: 'warm-up',
        namespace: 'warm-up',
        owner,
        workloadLabels: { 'app.kubernetes.io/name': 'warm-up' },
        routedPorts: [8080],
        callers: [],
        callees: [],
        dataServices: [],
        intraNamespace: false,
        vpcEndpoints: false,
      },
      DEFAULT_NETWORK_WRITE_SETTINGS.policyDefaults,
    ),
    { fieldManager: 'warm-up' },
  );
}
