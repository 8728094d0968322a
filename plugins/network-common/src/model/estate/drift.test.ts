import { objectDifferences } from './drift';

describe('objectDifferences', () => {
  const declared = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name: 'shop',
      namespace: 'shop',
      labels: { 'app.kubernetes.io/name': 'shop' },
    },
    spec: { rules: [{ backendRefs: [{ name: 'shop', port: 8080 }] }] },
  };

  it.each([
    { name: 'identical', live: declared, expected: [] },
    {
      name: 'server noise and defaults only',
      live: {
        ...declared,
        metadata: {
          ...declared.metadata,
          resourceVersion: '42',
          uid: 'u',
          generation: 3,
          creationTimestamp: 't',
          managedFields: [{}],
          annotations: {
            'kubectl.kubernetes.io/last-applied-configuration': '{}',
          },
        },
        spec: {
          parentRefs: [],
          rules: [
            {
              backendRefs: [
                {
                  group: '',
                  kind: 'Service',
                  name: 'shop',
                  port: 8080,
                  weight: 1,
                },
              ],
            },
          ],
        },
        status: { parents: [] },
      },
      expected: [],
    },
    {
      name: 'a changed port',
      live: {
        ...declared,
        spec: { rules: [{ backendRefs: [{ name: 'shop', port: 9090 }] }] },
      },
      expected: ['spec.rules[0].backendRefs[0].port'],
    },
    {
      name: 'a rule added by hand',
      live: {
        ...declared,
        spec: { rules: [...declared.spec.rules, { backendRefs: [] }] },
      },
      expected: ['spec.rules'],
    },
    {
      name: 'a label removed',
      live: {
        ...declared,
        metadata: { name: 'shop', namespace: 'shop', labels: {} },
      },
      expected: ['metadata.labels["app.kubernetes.io/name"]'],
    },
    {
      name: 'a quoted port the API server answers as a number',
      live: {
        ...declared,
        spec: { rules: [{ backendRefs: [{ name: 'shop', port: '8080' }] }] },
      },
      expected: [],
    },
  ])('$name', ({ live, expected }) => {
    expect(objectDifferences(declared, live)).toEqual(expected);
  });
});
