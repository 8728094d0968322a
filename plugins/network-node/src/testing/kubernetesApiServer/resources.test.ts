import { SERVED_RESOURCES, parsePath } from './resources';

const parse = (path: string) =>
  parsePath(path, SERVED_RESOURCES, '127.0.0.1:1');

describe('parsePath', () => {
  it('resolves namespaced, cluster-wide and named resource paths', () => {
    expect(
      parse('/api/v1/namespaces/svc-ledger/services/svc-ledger'),
    ).toMatchObject({
      type: 'resource',
      resource: { kind: 'Service' },
      namespace: 'svc-ledger',
      name: 'svc-ledger',
    });
    expect(parse('/api/v1/namespaces/svc-ledger')).toMatchObject({
      resource: { kind: 'Namespace' },
      name: 'svc-ledger',
    });
    expect(
      parse('/apis/gateway.networking.k8s.io/v1/httproutes'),
    ).toMatchObject({
      resource: { kind: 'HTTPRoute' },
      namespace: undefined,
      name: undefined,
    });
    expect(
      parse(
        '/apis/gateway.networking.k8s.io/v1/namespaces/a/httproutes/r/status',
      ),
    ).toMatchObject({
      subresource: 'status',
    });
  });

  it('serves discovery documents', () => {
    expect(parse('/api')).toMatchObject({
      type: 'discovery',
      body: { kind: 'APIVersions', versions: ['v1'] },
    });
    expect(parse('/apis/cilium.io')).toMatchObject({
      body: {
        kind: 'APIGroup',
        preferredVersion: { groupVersion: 'cilium.io/v2' },
      },
    });
    const list = parse('/apis/gateway.networking.k8s.io/v1');
    expect(list).toMatchObject({
      body: {
        kind: 'APIResourceList',
        groupVersion: 'gateway.networking.k8s.io/v1',
      },
    });
    expect(
      (
        list as { body: { resources: Array<{ name: string }> } }
      ).body.resources.map(r => r.name),
    ).toContain('httproutes/status');
  });

  it.each([
    '/healthz',
    '/apis/unknown.io/v1',
    '/apis/gateway.networking.k8s.io/v9/httproutes',
    '/api/v1/namespaces/a/namespaces',
    '/api/v1/widgets',
  ])('answers 404 for %s', path => {
    expect(() => parse(path)).toThrow(expect.objectContaining({ code: 404 }));
  });
});
