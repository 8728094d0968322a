import { buildHttpRoute } from './httpRoute';
import { DEFAULT_NETWORK_WRITE_SETTINGS } from './settings';
import { sharedCrdValidator } from './__testUtils__/sharedCrdValidator';

const validator = sharedCrdValidator();
const describeIfCrds = validator ? describe : describe.skip;

const intent = {
  name: 'svc-shop',
  namespace: 'svc-shop',
  owner: 'component:default/svc-shop',
  hostnames: ['shop.localplus.io', 'api.localplus.io', 'shop.localplus.io'],
  matches: [
    { type: 'PathPrefix' as const, value: '/v1/shop' },
    { type: 'Exact' as const, value: '/health' },
  ],
  backend: { service: 'svc-shop', port: 8080 },
};

describe('buildHttpRoute', () => {
  const route = buildHttpRoute(intent, DEFAULT_NETWORK_WRITE_SETTINGS.gateway);

  it('attaches to the configured Gateway listener', () => {
    expect(route.spec).toMatchObject({
      parentRefs: [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          name: 'public',
          namespace: 'platform',
          sectionName: 'https',
        },
      ],
      hostnames: ['api.localplus.io', 'shop.localplus.io'],
      rules: [
        {
          matches: [
            { path: { type: 'PathPrefix', value: '/v1/shop' } },
            { path: { type: 'Exact', value: '/health' } },
          ],
          backendRefs: [{ kind: 'Service', name: 'svc-shop', port: 8080 }],
        },
      ],
    });
  });

  it('carries the Kubernetes plugin label and our owner annotation', () => {
    expect(route.metadata).toEqual({
      name: 'svc-shop',
      namespace: 'svc-shop',
      labels: { 'backstage.io/kubernetes-id': 'svc-shop' },
      annotations: {
        'network.localplus.io/owner': 'component:default/svc-shop',
      },
    });
  });

  describeIfCrds('against the upstream CRD', () => {
    it('passes the upstream schema and CEL rules', () => {
      expect(validator!.validate(route)).toMatchObject({
        status: 'valid',
        errors: [],
      });
    });

    it('is caught by the CRD when a path is not absolute', () => {
      const bad = buildHttpRoute(
        { ...intent, matches: [{ type: 'PathPrefix', value: 'v1/shop' }] },
        DEFAULT_NETWORK_WRITE_SETTINGS.gateway,
      );
      expect(validator!.validate(bad).status).toBe('invalid');
    });
  });
});
