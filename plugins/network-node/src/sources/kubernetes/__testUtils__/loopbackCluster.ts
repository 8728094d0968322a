import path from 'node:path';
import type { KubernetesObject } from '@localplus/plugin-network-common';
import { mockServices } from '@backstage/backend-test-utils';
import { readManifestFolder } from '../../../manifests/readManifestFolder';
import {
  KubernetesApiServer,
  KubernetesApiServerOptions,
} from '../../../testing/kubernetesApiServer';
import { findRepoRoot } from '../../../testing/sharedCrds';
import { KubernetesSource, KubernetesSourceOptions } from '../KubernetesSource';

/** Kinds the example estate lacks, so that every watched kind has an object. */
export const EXTRA_OBJECTS: KubernetesObject[] = [
  {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: {
      name: 'kafka',
      namespace: 'platform',
      labels: { app: 'kafka' },
    },
    spec: {
      serviceName: 'kafka',
      selector: { matchLabels: { app: 'kafka' } },
      template: {
        metadata: { labels: { app: 'kafka' } },
        spec: { containers: [{ name: 'kafka', image: 'kafka' }] },
      },
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'node-exporter', namespace: 'platform' },
    spec: {
      selector: { matchLabels: { app: 'node-exporter' } },
      template: {
        metadata: { labels: { app: 'node-exporter' } },
        spec: { containers: [{ name: 'exporter', image: 'node-exporter' }] },
      },
    },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'default-deny', namespace: 'svc-wallet' },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  },
  {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumClusterwideNetworkPolicy',
    metadata: { name: 'allow-kube-dns' },
    spec: {
      endpointSelector: {},
      egress: [
        {
          toEndpoints: [
            {
              matchLabels: {
                'k8s:io.kubernetes.pod.namespace': 'kube-system',
                'k8s-app': 'kube-dns',
              },
            },
          ],
          toPorts: [{ ports: [{ port: '53', protocol: 'ANY' }] }],
        },
      ],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'grafana-dashboards',
      namespace: 'platform',
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration': '{"big":"copy"}',
      },
    },
    data: { 'config.yaml': 'dashboards: []\n' },
  },
];

/** The example estate's manifests (`examples/gitops`), as ArgoCD would have synced them. */
export async function exampleEstate(): Promise<KubernetesObject[]> {
  const folder = path.join(findRepoRoot(__dirname), 'examples', 'gitops');
  const { manifests } = await readManifestFolder(folder);
  const objects = manifests.map(m => m.object);
  // namespaces first: the API server refuses objects in a missing namespace
  return [
    ...objects.filter(o => o.kind === 'Namespace'),
    ...objects.filter(o => o.kind !== 'Namespace'),
  ];
}

/**
 * A loopback API server holding the example estate plus `EXTRA_OBJECTS`,
 * less the objects of uninstalled kinds.
 */
export async function startEstateServer(
  options: Omit<KubernetesApiServerOptions, 'objects'> = {},
): Promise<KubernetesApiServer> {
  const uninstalled = new Set(options.uninstalledKinds ?? []);
  const objects = [...(await exampleEstate()), ...EXTRA_OBJECTS];
  return KubernetesApiServer.start({
    ...options,
    objects: objects.filter(o => !uninstalled.has(o.kind)),
  });
}

/** A source reading the loopback server as cluster `loopback`, with short timings. */
export function loopbackSource(
  server: KubernetesApiServer,
  options: Partial<KubernetesSourceOptions> & { token?: string } = {},
): KubernetesSource {
  const { token, ...rest } = options;
  return KubernetesSource.create({
    cluster: {
      name: 'loopback',
      url: server.url,
      serviceAccountToken: token ?? server.token,
      skipTLSVerify: true,
    },
    logger: mockServices.logger.mock(),
    debounceMs: 20,
    retryDelayMs: { initial: 50, max: 200 },
    readTimeoutMs: 10_000,
    ...rest,
  });
}

/** Resolves once `condition` holds; fails the test if it never does. */
export async function eventually(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) {
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  if (!condition()) {
    throw new Error(`condition never held: ${condition}`);
  }
}
