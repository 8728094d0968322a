import { mockServices } from '@backstage/backend-test-utils';
import { NetworkAvailabilityClient } from './availabilityClient';
import {
  LoopbackBackend,
  startLoopbackBackend,
} from '../__testUtils__/loopbackBackend';

describe('NetworkAvailabilityClient', () => {
  let backend: LoopbackBackend;
  beforeAll(async () => {
    backend = await startLoopbackBackend({
      routes: [
        {
          hostname: 'api.localplus.io',
          path: '/v1/ledger',
          entityRef: 'component:default/svc-ledger',
          object: { kind: 'HTTPRoute', name: 'svc-ledger', source: 'gitops' },
        },
      ],
    });
  });
  afterAll(() => backend.close());

  const client = () =>
    new NetworkAvailabilityClient({
      discovery: backend.discovery,
      auth: mockServices.auth(),
    });

  it('posts the request and returns the answer', async () => {
    await expect(
      client().check({ hostname: 'api.localplus.io', path: '/v1/ledger/x' }),
    ).resolves.toEqual({
      available: false,
      conflicts: [
        expect.objectContaining({ entityRef: 'component:default/svc-ledger' }),
      ],
    });
    await expect(
      client().check({
        hostname: 'api.localplus.io',
        path: '/v1/ledger',
        entityRef: 'component:default/svc-ledger',
      }),
    ).resolves.toEqual({ available: true, conflicts: [] });
  });

  it('fails closed when the backend errs or cannot be reached', async () => {
    backend.failAvailabilityWith = 500;
    await expect(client().check({ dnsName: 'x' })).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('HTTP 500'),
    });
    backend.failAvailabilityWith = undefined;
    const unreachable = new NetworkAvailabilityClient({
      discovery: {
        getBaseUrl: async () => 'http://127.0.0.1:1/api/network',
        getExternalBaseUrl: async () => 'http://127.0.0.1:1/api/network',
      },
      auth: mockServices.auth(),
    });
    await expect(unreachable.check({ dnsName: 'x' })).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
    });
  });
});
