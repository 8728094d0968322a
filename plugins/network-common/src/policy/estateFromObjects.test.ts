import type { KubernetesObject } from '../model/sources';
import { policyEstateFromObjects } from './estateFromObjects';

const template = (labels: Record<string, unknown>, ports: unknown[] = []) => ({
  metadata: { labels },
  spec: { serviceAccountName: 'sa', containers: [{ name: 'c', ports }] },
});
const obj = (
  apiVersion: string,
  kind: string,
  metadata: Record<string, unknown>,
  rest: Record<string, unknown> = {},
): KubernetesObject => ({
  apiVersion,
  kind,
  metadata,
  ...rest,
});

describe('policyEstateFromObjects', () => {
  const estate = policyEstateFromObjects([
    obj('v1', 'Namespace', { name: 'shop', labels: { team: 'a' } }),
    obj(
      'apps/v1',
      'Deployment',
      { name: 'api', namespace: 'shop' },
      {
        spec: {
          template: template({ app: 'api', v: 2 }, [
            { name: 'http', containerPort: 8080 },
            { containerPort: 53, protocol: 'UDP' },
          ]),
        },
      },
    ),
    obj(
      'batch/v1',
      'CronJob',
      { name: 'nightly', namespace: 'jobs' },
      {
        spec: {
          jobTemplate: { spec: { template: template({ app: 'nightly' }) } },
        },
      },
    ),
    obj(
      'v1',
      'Pod',
      { name: 'debug', namespace: 'shop', labels: { app: 'debug' } },
      { spec: { containers: [] } },
    ),
    obj('v1', 'Pod', {
      name: 'api-7d9f',
      namespace: 'shop',
      labels: { app: 'api' },
      ownerReferences: [{ kind: 'ReplicaSet', controller: true }],
    }),
    obj(
      'apps/v1',
      'ReplicaSet',
      {
        name: 'api-7d9f',
        namespace: 'shop',
        ownerReferences: [{ kind: 'Deployment', controller: true }],
      },
      { spec: { template: template({}) } },
    ),
    obj(
      'v1',
      'Service',
      { name: 'api', namespace: 'shop' },
      {
        spec: {
          selector: { app: 'api' },
          ports: [{ name: 'http', port: 80, targetPort: 'http' }],
        },
      },
    ),
    obj(
      'cilium.io/v2',
      'CiliumNetworkPolicy',
      { name: 'p', namespace: 'shop' },
      { spec: {} },
    ),
    obj(
      'networking.k8s.io/v1',
      'NetworkPolicy',
      { name: 'np', namespace: 'shop' },
      { spec: {} },
    ),
    obj(
      'projectcalico.org/v3',
      'NetworkPolicy',
      { name: 'calico', namespace: 'shop' },
      { spec: {} },
    ),
    obj('v1', 'ConfigMap', { name: 'cm', namespace: 'shop' }),
  ]);

  it('takes workloads from pod templates and bare Pods, skipping what a controller owns', () => {
    expect(
      estate.workloads.map(w => `${w.kind} ${w.namespace}/${w.name}`),
    ).toEqual([
      'Deployment shop/api',
      'CronJob jobs/nightly',
      'Pod shop/debug',
    ]);
    expect(estate.workloads[0]).toEqual({
      kind: 'Deployment',
      namespace: 'shop',
      name: 'api',
      labels: { app: 'api', v: '2' },
      ports: [
        { name: 'http', port: 8080, protocol: 'TCP' },
        { port: 53, protocol: 'UDP' },
      ],
      serviceAccount: 'sa',
    });
  });

  it('keeps namespace labels, adds kubernetes.io/metadata.name, and adds namespaces only workloads name', () => {
    expect(estate.namespaces).toEqual([
      {
        name: 'shop',
        labels: { team: 'a', 'kubernetes.io/metadata.name': 'shop' },
      },
      { name: 'jobs', labels: { 'kubernetes.io/metadata.name': 'jobs' } },
    ]);
  });

  it('keeps Services and the three policy kinds of their own API groups only', () => {
    expect(estate.services).toEqual([
      {
        namespace: 'shop',
        name: 'api',
        selector: { app: 'api' },
        ports: [
          { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
        ],
      },
    ]);
    expect(estate.policies.map(p => p.metadata?.name)).toEqual(['p', 'np']);
  });
});
