import { WATCHED_KINDS, collectionPath, describeKind } from './watchedKinds';

const watched = (kind: string) => WATCHED_KINDS.find(k => k.kind === kind)!;

describe('watchedKinds', () => {
  it('builds core, group and namespaced paths', () => {
    expect(collectionPath(watched('Service'))).toBe('/api/v1/services');
    expect(collectionPath(watched('HTTPRoute'))).toBe(
      '/apis/gateway.networking.k8s.io/v1/httproutes',
    );
    expect(collectionPath(watched('ConfigMap'), 'platform')).toBe(
      '/api/v1/namespaces/platform/configmaps',
    );
    // cluster-scoped kinds have no namespace segment
    expect(collectionPath(watched('Namespace'), 'platform')).toBe(
      '/api/v1/namespaces',
    );
  });

  it('names kinds as kubectl does', () => {
    expect(describeKind(watched('CiliumNetworkPolicy'))).toBe(
      'ciliumnetworkpolicies.cilium.io/v2',
    );
    expect(describeKind(watched('Namespace'))).toBe('namespaces/v1');
  });

  it('watches each kind once', () => {
    const kinds = WATCHED_KINDS.map(k => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
