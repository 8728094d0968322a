import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import signalsBackend from '@backstage/plugin-signals-backend';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { loadAppConfig, waitFor } from './__testUtils__/testBackend';
import { backendFeatures } from './features';

describe('the LOCAL-PLUS backend', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  // Signed in as the guest user, as the app does: real tokens, real permission checks.
  let asGuest: { Authorization: string };
  const errors: string[] = [];

  beforeAll(async () => {
    const logger = mockServices.rootLogger.mock();
    const collect = (msg: string) => errors.push(msg);
    logger.error.mockImplementation(collect as any);
    logger.child.mockImplementation(() => {
      const child = mockServices.logger.mock();
      child.error.mockImplementation(collect as any);
      return child;
    });

    ({ server } = await startTestBackend({
      features: [
        // The test backend's root router (backend-test-utils 1.11.7, the newest) has no HTTP
        // server to upgrade WebSockets on, so signals cannot start here; the browser tier runs
        // the real backend, signals included.
        ...backendFeatures.filter(feature => feature !== signalsBackend),
        mockServices.rootConfig.factory({ data: loadAppConfig() }),
        // The real auth services instead of the test backend's mocks.
        authServiceFactory,
        httpAuthServiceFactory,
        userInfoServiceFactory,
      ],
    }));
    const session = await request(server)
      .get('/api/auth/guest/refresh')
      .expect(200);
    asGuest = {
      Authorization: `Bearer ${session.body.backstageIdentity.token}`,
    };
  }, 120_000);

  it('starts every plugin but signals, ours included, without an initialisation error', async () => {
    await request(server).get('/api/network/health').set(asGuest).expect(200);
    await request(server)
      .get('/api/catalog/entities?limit=1')
      .set(asGuest)
      .expect(200);
    await request(server)
      .get('/api/scaffolder/v2/actions')
      .set(asGuest)
      .expect(200);
    expect(errors).toEqual([]);
  });

  it('serves the example estate from the catalog', async () => {
    const names = await waitFor(async () => {
      const res = await request(server)
        .get('/api/catalog/entities/by-query')
        .query({ filter: 'kind=component', limit: 100 })
        .set(asGuest);
      const items: Array<{ metadata: { name: string } }> = res.body.items ?? [];
      return items.length >= 12 ? items.map(e => e.metadata.name) : undefined;
    }, 'the example components');

    expect(names).toEqual(
      expect.arrayContaining([
        'svc-ledger',
        'svc-wallet',
        'svc-merchant',
        'svc-payment',
        'svc-notification',
        'web-portal',
        'cilium-gateway',
        'cloudflared',
        'argocd',
        'grafana',
        'vault',
      ]),
    );

    const ledger = await request(server)
      .get('/api/catalog/entities/by-name/component/default/svc-ledger')
      .set(asGuest)
      .expect(200);
    expect(ledger.body.metadata.annotations).toMatchObject({
      'backstage.io/kubernetes-id': 'svc-ledger',
    });
    expect(ledger.body.spec).toMatchObject({ system: 'payments' });

    const resources = await waitFor(async () => {
      const res = await request(server)
        .get('/api/catalog/entities/by-query')
        .query({ filter: 'kind=resource', limit: 100 })
        .set(asGuest);
      const items: Array<{ metadata: { name: string } }> = res.body.items ?? [];
      return items.length >= 3 ? items.map(e => e.metadata.name) : undefined;
    }, 'the Aiven resources');
    expect(resources).toEqual(
      expect.arrayContaining([
        'aiven-postgresql',
        'aiven-kafka',
        'aiven-valkey',
      ]),
    );
  }, 90_000);

  it("serves svc-ledger's network view from the catalog and the GitOps estate", async () => {
    const view = await waitFor(async () => {
      const res = await request(server)
        .get('/api/network/entities/component/default/svc-ledger/view')
        .set(asGuest);
      return res.status === 200 && res.body.chains.length > 0
        ? res.body
        : undefined;
    }, "svc-ledger's network view");
    const chain = view.chains.find(
      (c: { entry: { name: string } }) => c.entry.name === 'api.localplus.io',
    );
    expect(chain.verdict).toBe('ok');
    expect(view.names.private).toContain('svc-ledger.internal.localplus.io');
  }, 90_000);

  // Last, so it sees everything the tests above made the backend do.
  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
