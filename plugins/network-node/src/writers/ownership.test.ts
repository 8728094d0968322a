import { markOwned, ownerOf, sameObject } from './ownership';

describe('ownership', () => {
  const object = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'x', namespace: 'n', labels: { keep: 'me' } },
  };

  it('marks and reads the owner, keeping existing labels', () => {
    const owned = markOwned(object, 'component:default/x', 'x');
    expect(ownerOf(owned)).toBe('component:default/x');
    expect(owned.metadata.labels).toEqual({
      keep: 'me',
      'backstage.io/kubernetes-id': 'x',
    });
    expect(ownerOf(object)).toBeUndefined();
  });

  it('compares identity by group, kind, namespace and name', () => {
    expect(sameObject(object, { ...object, apiVersion: 'v1' })).toBe(true);
    expect(
      sameObject(
        { ...object, apiVersion: 'cilium.io/v2' },
        { ...object, apiVersion: 'cilium.io/v2alpha1' },
      ),
    ).toBe(true);
    expect(
      sameObject(object, {
        ...object,
        metadata: { name: 'x', namespace: 'm' },
      }),
    ).toBe(false);
  });
});
