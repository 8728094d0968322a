import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  FindingsResponse,
  NetworkView,
  SourcesResponse,
} from '@localplus/plugin-network-common';
import request from 'supertest';
import { networkPlugin } from './plugin';
import {
  exampleCatalogEntities,
  exampleGitOpsPath,
} from './__testUtils__/exampleEstate';

jest.setTimeout(60_000);

async function startWithEstate(
  options: { permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY } = {},
) {
  const backend = await startTestBackend({
    features: [
      networkPlugin,
      catalogServiceMock.factory({ entities: exampleCatalogEntities() }),
      mockServices.rootConfig.factory({
        data: { network: { gitops: { path: exampleGitOpsPath() } } },
      }),
      ...(options.permission
        ? [mockServices.permissions.factory({ result: options.permission })]
        : []),
    ],
  });
  // The first build runs from the scheduler right after start; wait for it.
  for (let i = 0; i < 300; i++) {
    const res = await request(backend.server).get('/api/network/sources');
    if (
      res.status === 200 &&
      res.body.items.some((s: any) => s.status === 'ok')
    )
      break;
    await new Promise(r => setTimeout(r, 100));
  }
  return backend;
}

describe('networkPlugin on the example estate', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startWithEstate();
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(() => stop());

  it('refuses anonymous callers', async () => {
    const res = await request(server)
      .get('/api/network/entities/component/default/svc-ledger/view')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it("serves svc-ledger's public chain with a verdict per hop", async () => {
    const res = await request(server).get(
      '/api/network/entities/component/default/svc-ledger/view',
    );
    expect(res.status).toBe(200);
    const view: NetworkView = res.body;
    expect(view.exposure).toBe('public');
    const chain = view.chains.find(c => c.entry.name === 'api.localplus.io');
    expect(chain?.hops.map(h => [h.kind, h.verdict])).toEqual([
      ['dns', 'ok'],
      ['edge', 'ok'],
      ['tunnel', 'ok'],
      ['gateway', 'ok'],
      ['route', 'ok'],
      ['service', 'ok'],
      ['policy', 'ok'],
    ]);
    expect(chain?.entry.path).toBe('/v1/ledger');
    expect(view.names.private).toContain('svc-ledger.internal.localplus.io');
    const callers = view.callers.map(c => c.entityRef ?? c.peer);
    expect(callers).toEqual(
      expect.arrayContaining([
        // the Gateway's `ingress` identity, shown as the entity that owns the Gateway
        'component:default/cilium-gateway',
        'component:default/svc-payment',
        'component:default/prometheus',
      ]),
    );
  });

  it('reports the deliberate faults as findings on the right entities', async () => {
    const res = await request(server).get('/api/network/findings');
    expect(res.status).toBe(200);
    const { items }: FindingsResponse = res.body;
    const on = (check: string) =>
      items.filter(f => f.check === check).flatMap(f => f.entityRefs);
    expect(on('gateway-blocked-by-policy')).toContain(
      'component:default/svc-merchant',
    );
    expect(on('dns-without-tunnel-rule')).toContain(
      'component:default/svc-payment',
    );
    expect(on('egress-without-dns')).toContain(
      'component:default/svc-notification',
    );
  });

  it('filters findings by severity and refuses an unknown severity', async () => {
    const errors = await request(server).get(
      '/api/network/findings?severity=error',
    );
    expect(
      (errors.body as FindingsResponse).items.every(
        f => f.severity === 'error',
      ),
    ).toBe(true);
    const bad = await request(server).get(
      '/api/network/findings?severity=loud',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ name: 'InputError' });
  });

  it('says which live sources are off', async () => {
    const res = await request(server).get('/api/network/sources');
    const { items }: SourcesResponse = res.body;
    expect(items.map(s => [s.sourceId, s.status])).toEqual([
      ['cloudflare', 'off'],
      ['gitops', 'ok'],
      ['kubernetes', 'off'],
      ['route53', 'off'],
    ]);
  });

  it('answers 404 for an entity without network data', async () => {
    const res = await request(server).get(
      '/api/network/entities/component/default/nope/view',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });

  it('checks availability of a hostname and path', async () => {
    const taken = await request(server)
      .post('/api/network/availability')
      .send({ hostname: 'api.localplus.io', path: '/v1/ledger' });
    expect(taken.status).toBe(200);
    expect(taken.body.available).toBe(false);
    expect(taken.body.conflicts[0].entityRef).toBe(
      'component:default/svc-ledger',
    );

    const free = await request(server)
      .post('/api/network/availability')
      .send({ hostname: 'api.localplus.io', path: '/v1/orders' });
    expect(free.body).toEqual({ available: true, conflicts: [] });

    const bad = await request(server)
      .post('/api/network/availability')
      .send({ path: '/v1/x', colour: 'red' });
    expect(bad.status).toBe(400);
  });
});

describe('networkPlugin permissions', () => {
  it('answers 403 when the read permission is denied', async () => {
    const backend = await startWithEstate({ permission: AuthorizeResult.DENY });
    try {
      const res = await request(backend.server).get(
        '/api/network/entities/component/default/svc-ledger/view',
      );
      expect(res.status).toBe(403);
      const findings = await request(backend.server).get(
        '/api/network/findings',
      );
      expect(
        (findings.body as FindingsResponse).items.filter(
          f => f.entityRefs.length > 0,
        ),
      ).toEqual([]);
    } finally {
      await backend.stop();
    }
  });
});
