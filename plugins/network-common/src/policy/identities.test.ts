import { WorkloadIndex } from './identities';
import { NAMESPACE_KEY, parseSelector } from './selectors';

const index = new WorkloadIndex({
  namespaces: [{ name: 'shop', labels: { team: 'a' } }],
  workloads: [
    {
      kind: 'Deployment',
      namespace: 'shop',
      name: 'api',
      labels: { app: 'api' },
      serviceAccount: 'api-sa',
    },
    {
      kind: 'StatefulSet',
      namespace: 'shop',
      name: 'api',
      labels: { app: 'api-db' },
    },
    {
      kind: 'Deployment',
      namespace: 'ops',
      name: 'prom',
      labels: { app: 'prom' },
    },
  ],
  policies: [],
});

describe('WorkloadIndex', () => {
  it('gives each pod the labels Cilium derives from its namespace', () => {
    const api =
      index.workloads[index.find({ namespace: 'shop', name: 'api' })!];
    expect(api.labels.get(NAMESPACE_KEY)).toBe('shop');
    expect(api.labels.get('io.cilium.k8s.namespace.labels.team')).toBe('a');
    expect(
      api.labels.get(
        'io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name',
      ),
    ).toBe('shop');
    expect(api.labels.get('io.cilium.k8s.policy.serviceaccount')).toBe(
      'api-sa',
    );
  });

  it('adds kubernetes.io/metadata.name for namespaces the estate does not describe', () => {
    const prom =
      index.workloads[index.find({ namespace: 'ops', name: 'prom' })!];
    expect(
      prom.labels.get(
        'io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name',
      ),
    ).toBe('ops');
  });

  it('tells workloads of different kinds with the same name apart', () => {
    expect(
      index.find({ namespace: 'shop', name: 'api', kind: 'StatefulSet' }),
    ).toBe(1);
    expect(index.find({ namespace: 'shop', name: 'api' })).toBe(0);
    expect(index.find({ namespace: 'shop', name: 'nope' })).toBeUndefined();
  });

  it('resolves selectors to the matching workloads', () => {
    const resolve = (selector: unknown) =>
      index.resolve(parseSelector(selector).requirements).toArray();
    expect(resolve({ matchLabels: { app: 'api' } })).toEqual([0]);
    expect(
      resolve({
        matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['api'] }],
      }),
    ).toEqual([1, 2]);
    expect(
      resolve({
        matchExpressions: [
          {
            key: 'io.cilium.k8s.namespace.labels.team',
            operator: 'DoesNotExist',
          },
        ],
      }),
    ).toEqual([2]);
    expect(resolve({})).toEqual([0, 1, 2]);
  });
});
