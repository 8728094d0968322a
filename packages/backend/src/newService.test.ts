import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import {
  createMockDirectory,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import authBackend from '@backstage/plugin-auth-backend';
import authBackendModuleGuestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import catalogBackend from '@backstage/plugin-catalog-backend';
import catalogBackendModuleScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import permissionBackend from '@backstage/plugin-permission-backend';
import permissionBackendModuleAllowAllPolicy from '@backstage/plugin-permission-backend-module-allow-all-policy';
import scaffolderBackend from '@backstage/plugin-scaffolder-backend';
import networkBackend from '@localplus/plugin-network-backend';
import scaffolderBackendModuleNetwork from '@localplus/plugin-scaffolder-backend-module-network';
import fs from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { loadAppConfig, waitFor } from './__testUtils__/testBackend';

/**
 * The golden path end to end: the real scaffolder runs templates/new-service with the gitops
 * target against temp copies of the example estate (the real examples folder is never written),
 * the real catalog picks the new service up from the generated folder, and the network backend
 * shows its exposure chain.
 */
const backendDir = resolve(__dirname, '..');
const repoDir = resolve(backendDir, '../..');
const dir = createMockDirectory();

function testAppConfig() {
  const config = loadAppConfig(location =>
    location.target.includes('examples/generated/')
      ? dir.resolve('generated/**/catalog-info.yaml')
      : undefined,
  );
  expect(
    config.catalog.locations.find((l: { target: string }) =>
      l.target.endsWith('generated/**/catalog-info.yaml'),
    ),
  ).toMatchObject({
    type: 'file',
    rules: [{ allow: ['Component', 'Location'] }],
  });
  // the catalog folder is left to its default: the "generated" folder beside the GitOps folder
  config.network.gitops.path = dir.resolve('gitops');
  return config;
}

interface TaskEvent {
  type: string;
  body: { message?: string; stepId?: string; status?: string };
}

describe('templates/new-service in the real scaffolder', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  let asGuest: { Authorization: string };
  // every HTTP call the actions make, to count them for the closing note
  const calls: string[] = [];
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    fs.cpSync(resolve(repoDir, 'examples/gitops'), dir.resolve('gitops'), {
      recursive: true,
    });
    fs.cpSync(
      resolve(repoDir, 'examples/generated'),
      dir.resolve('generated'),
      {
        recursive: true,
        filter: source => !/svc-/.test(source),
      },
    );
    jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation((input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
        return realFetch(input, init);
      });
    ({ server } = await startTestBackend({
      features: [
        catalogBackend,
        catalogBackendModuleScaffolderEntityModel,
        scaffolderBackend,
        networkBackend,
        scaffolderBackendModuleNetwork,
        authBackend,
        authBackendModuleGuestProvider,
        permissionBackend,
        permissionBackendModuleAllowAllPolicy,
        mockServices.rootConfig.factory({ data: testAppConfig() }),
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
    await waitFor(async () => {
      const res = await request(server)
        .get('/api/catalog/entities/by-name/template/default/new-service')
        .set(asGuest);
      return res.status === 200 ? true : undefined;
    }, 'the template in the catalog');
  }, 120_000);

  afterAll(() => jest.restoreAllMocks());

  async function runTemplate(values: object) {
    const created = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set(asGuest)
      .send({ templateRef: 'template:default/new-service', values })
      .expect(201);
    const taskId: string = created.body.id;
    const status = await waitFor(async () => {
      const res = await request(server)
        .get(`/api/scaffolder/v2/tasks/${taskId}`)
        .set(asGuest)
        .expect(200);
      return ['completed', 'failed'].includes(res.body.status)
        ? (res.body.status as string)
        : undefined;
    }, `task ${taskId}`);
    const events = await request(server)
      .get(`/api/scaffolder/v2/tasks/${taskId}/events`)
      .set(asGuest)
      .expect(200);
    return { status, events: events.body as TaskEvent[] };
  }

  const values = (name: string) => ({
    name,
    owner: 'group:default/team-payments',
    system: 'system:default/payments',
    description: 'Shop front API',
    exposure: { mode: 'own', hostname: 'shop.localplus.io' },
    ports: { http: 8080, grpc: 50051 },
    metricsPort: 9090,
    callers: ['component:default/svc-payment'],
    callees: ['component:default/svc-wallet'],
    dataServices: ['postgresql'],
  });

  // the task log keeps the logger's colours and level: "<ESC>[32minfo<ESC>[39m: text"
  const colours = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
  const logOf = (events: TaskEvent[], stepId: string) =>
    events
      .filter(e => e.body.stepId === stepId && e.body.message)
      .map(e =>
        e.body
          .message!.replace(colours, '')
          .replace(/^(info|warn|error): /, ''),
      );

  it('creates a service whose network view shows a healthy public chain', async () => {
    calls.length = 0;
    const { status, events } = await runTemplate(values('svc-shop'));
    expect({ status, log: events.map(e => e.body.message) }).toMatchObject({
      status: 'completed',
    });
    const exposeLog = logOf(events, 'network');
    const timing = exposeLog.find(m => m.startsWith('network:expose took'));
    const actionCalls = calls.filter(c => /\/api\/(network|catalog)\//.test(c));
    // eslint-disable-next-line no-console
    console.info(
      `${timing}; HTTP calls by the actions: ${
        actionCalls.length
      }\n${actionCalls.join('\n')}`,
    );
    expect(timing).toBeDefined();
    // the new catalog-info.yaml is processed at once, not on the next catalog loop
    expect(logOf(events, 'catalog').join('\n')).toMatch(
      /asked the catalog to process location:default\/generated-/,
    );

    // the real examples folder is untouched; the temp copies got the files
    expect(
      fs.existsSync(resolve(repoDir, 'examples/gitops/apps/svc-shop')),
    ).toBe(false);
    expect(fs.existsSync(resolve(repoDir, 'examples/generated/svc-shop'))).toBe(
      false,
    );
    expect(fs.readdirSync(dir.resolve('gitops/apps/svc-shop')).sort()).toEqual([
      'ciliumnetworkpolicy.yaml',
      'dns.yaml',
      'httproute.yaml',
      'namespace.yaml',
      'workload.yaml',
    ]);
    expect(
      fs.existsSync(dir.resolve('generated/svc-shop/catalog-info.yaml')),
    ).toBe(true);

    const view = await waitFor(async () => {
      await request(server).post('/api/network/refresh').set(asGuest);
      const res = await request(server)
        .get('/api/network/entities/component/default/svc-shop/view')
        .set(asGuest);
      return res.status === 200 && res.body.routes.length > 0
        ? res.body
        : undefined;
    }, "svc-shop's network view");

    expect(view.routes.map((r: any) => r.object.name)).toEqual(['svc-shop']);
    expect(view.policies.map((p: any) => p.object.name)).toEqual(['svc-shop']);
    // the wizard's metrics port reached the policy through the template
    expect(
      fs.readFileSync(
        dir.resolve('gitops/apps/svc-shop/ciliumnetworkpolicy.yaml'),
        'utf8',
      ),
    ).toContain("port: '9090'");
    expect(view.tunnelRules).toEqual([
      expect.objectContaining({ hostname: 'shop.localplus.io', wins: true }),
    ]);
    expect(view.dnsRecords.map((r: any) => r.name).sort()).toEqual([
      'shop.localplus.io',
      'svc-shop.internal.localplus.io',
    ]);
    const chain = view.chains.find(
      (c: any) => c.entry.kind === 'public-hostname',
    );
    expect(chain.entry.name).toBe('shop.localplus.io');
    expect(chain.hops.map((h: any) => [h.kind, h.verdict, h.reason])).toEqual(
      chain.hops.map((h: any) => [h.kind, 'ok', h.reason]),
    );
    expect(chain.hops.map((h: any) => h.kind)).toEqual(
      expect.arrayContaining([
        'dns',
        'tunnel',
        'gateway',
        'route',
        'service',
        'policy',
      ]),
    );
    expect(view.exposure).toBe('public');
  }, 120_000);

  it('refuses a second service asking for the same hostname and path, naming the owner', async () => {
    const { status, events } = await runTemplate(values('svc-shop-two'));
    expect(status).toBe('failed');
    const failure = logOf(events, 'network').join('\n');
    expect(failure).toMatch(/ConflictError: Refused, nothing was written: /);
    expect(failure).toContain('owned by component:default/svc-shop');
    expect(fs.existsSync(dir.resolve('gitops/apps/svc-shop-two'))).toBe(false);
    expect(fs.existsSync(dir.resolve('generated/svc-shop-two'))).toBe(false);
  }, 120_000);
});
