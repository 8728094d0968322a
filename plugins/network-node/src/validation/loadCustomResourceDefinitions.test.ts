import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { loadCustomResourceDefinitions } from './loadCustomResourceDefinitions';

const crd = (kind: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${kind.toLowerCase()}s.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { kind: ${kind}, plural: ${kind.toLowerCase()}s }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: { type: object }
`;

describe('loadCustomResourceDefinitions', () => {
  const mockDir = createMockDirectory();

  it('reads several CRDs per file and ignores other objects', () => {
    mockDir.setContent({
      'bundle.yaml': `${crd(
        'Foo',
      )}---\napiVersion: v1\nkind: Namespace\nmetadata: { name: x }\n---\n${crd(
        'Bar',
      )}`,
      'baz.yaml': crd('Baz'),
    });
    const crds = loadCustomResourceDefinitions([
      mockDir.resolve('bundle.yaml'),
      mockDir.resolve('baz.yaml'),
    ]);
    expect(crds.map(c => c.spec.names.kind)).toEqual(['Foo', 'Bar', 'Baz']);
  });

  it('throws on files without CRDs, with YAML errors or with old CRDs', () => {
    mockDir.setContent({
      'none.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: { name: x }\n',
      'broken.yaml': 'apiVersion: [\n',
      'old.yaml': crd('Old').replace(
        'apiextensions.k8s.io/v1',
        'apiextensions.k8s.io/v1beta1',
      ),
    });
    expect(() =>
      loadCustomResourceDefinitions([mockDir.resolve('none.yaml')]),
    ).toThrow(/holds no CustomResourceDefinition/);
    expect(() =>
      loadCustomResourceDefinitions([mockDir.resolve('broken.yaml')]),
    ).toThrow(InputError);
    expect(() =>
      loadCustomResourceDefinitions([mockDir.resolve('old.yaml')]),
    ).toThrow(/only apiextensions.k8s.io\/v1 is supported/);
  });
});
