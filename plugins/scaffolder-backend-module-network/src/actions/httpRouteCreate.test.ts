import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { objectsInFile } from '@localplus/plugin-network-node';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setUpActionTests } from '../__testUtils__/harness';
import { createHttpRouteCreateAction } from './httpRouteCreate';

describe('network:httproute:create', () => {
  const { harness } = setUpActionTests();
  const file = () => path.join(harness.root, 'apps/svc-shop/httproute.yaml');
  const input = {
    entityRef: 'component:default/svc-shop',
    hostnames: ['api.localplus.io'],
    paths: [{ type: 'PathPrefix' as const, value: '/v1/shop/' }],
  };
  const run = async (extra: object = {}, dryRun = false) => {
    const action = createHttpRouteCreateAction(harness.options);
    const ctx = createMockActionContext({ input: { ...input, ...extra } });
    await action.handler({ ...ctx, isDryRun: dryRun });
    return ctx;
  };

  it('writes the route, audits the write, and outputs the plan', async () => {
    const ctx = await run();
    const [route] = objectsInFile(await fs.readFile(file(), 'utf8'), 'f');
    expect(route).toMatchObject({
      kind: 'HTTPRoute',
      metadata: {
        name: 'svc-shop',
        namespace: 'svc-shop',
        labels: { 'backstage.io/kubernetes-id': 'svc-shop' },
        annotations: {
          'network.localplus.io/owner': 'component:default/svc-shop',
        },
      },
      spec: {
        hostnames: ['api.localplus.io'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/v1/shop' } }],
            backendRefs: [{ name: 'svc-shop', port: 8080 }],
          },
        ],
      },
    });
    expect(ctx.output).toHaveBeenCalledWith('routeName', 'svc-shop/svc-shop');
    expect(ctx.output).toHaveBeenCalledWith('plan', [
      expect.objectContaining({
        system: 'httproute',
        action: 'create',
        file: 'apps/svc-shop/httproute.yaml',
      }),
    ]);
    expect(harness.auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'network-write',
        meta: expect.objectContaining({
          action: 'httproute-create',
          entityRef: 'component:default/svc-shop',
          target: 'gitops',
        }),
      }),
    );
    const event = await harness.auditor.createEvent.mock.results[0].value;
    expect(event.success).toHaveBeenCalled();
    // the availability check ran with the plugin's own token, for the network plugin
    const check = harness.backend.requests.find(r =>
      r.path.endsWith('/availability'),
    );
    expect(check?.body).toEqual({
      hostname: 'api.localplus.io',
      path: '/v1/shop',
      entityRef: 'component:default/svc-shop',
    });
    expect(check?.authorization).toBe(
      `Bearer mock-service-token:${JSON.stringify({
        sub: 'plugin:test',
        target: 'network',
      })}`,
    );
  });

  it('is unchanged and byte-identical on a second run', async () => {
    await run();
    const first = await fs.readFile(file(), 'utf8');
    const ctx = await run();
    expect(await fs.readFile(file(), 'utf8')).toBe(first);
    expect(ctx.output).toHaveBeenCalledWith('plan', [
      expect.objectContaining({ action: 'unchanged' }),
    ]);
  });

  it('writes nothing in a dry run and outputs the plan with the object', async () => {
    const ctx = await run({}, true);
    await expect(fs.stat(file())).rejects.toThrow();
    expect(ctx.output).toHaveBeenCalledWith('plan', [
      expect.objectContaining({
        action: 'create',
        manifest: expect.objectContaining({ kind: 'HTTPRoute' }),
      }),
    ]);
    expect(harness.auditor.createEvent).not.toHaveBeenCalled();
  });

  it('refuses a path another entity already routes, naming the owner', async () => {
    await expect(
      run({ paths: [{ type: 'PathPrefix', value: '/v1/ledger/extra' }] }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(
        /api.localplus.io\/v1\/ledger is already routed \(HTTPRoute svc-ledger\/svc-ledger, owned by component:default\/svc-ledger\)/,
      ),
    });
    await expect(fs.stat(file())).rejects.toThrow();
  });

  it('shows the conflict in a dry run without failing', async () => {
    const ctx = await run(
      { paths: [{ type: 'PathPrefix', value: '/v1/ledger' }] },
      true,
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'plan',
      expect.arrayContaining([
        expect.objectContaining({
          action: 'conflict',
          reason: expect.stringContaining('component:default/svc-ledger'),
        }),
      ]),
    );
  });

  it('refuses to overwrite a route it does not own', async () => {
    // the estate's svc-ledger route carries no owner annotation
    await expect(
      run({
        entityRef: 'component:default/svc-ledger',
        paths: [{ type: 'PathPrefix', value: '/v1/ledger' }],
      }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'HTTPRoute svc-ledger/svc-ledger already exists in apps/svc-ledger/httproute.yaml, not managed by Backstage',
      ),
    });
  });

  it('fails closed when the network index cannot answer', async () => {
    harness.backend.failAvailabilityWith = 503;
    await expect(run()).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('HTTP 503'),
    });
    await expect(fs.stat(file())).rejects.toThrow();
  });

  it.each([
    [{ hostnames: [] }, /at least one hostname/],
    [{ hostnames: ['api.example.com'] }, /not in a public zone/],
    [{ hostnames: ['API.localplus.io'] }, /upper-case/],
    [{ hostnames: ['api.localplus.io:443'] }, /port/],
    [{ hostnames: ['x.internal.localplus.io'] }, /private zone/],
    [{ hostnames: ['a.*.localplus.io'] }, /wildcard may only be the first/],
    [{ paths: [{ type: 'PathPrefix', value: 'v1' }] }, /must start with "\/"/],
    [{ paths: [{ type: 'PathPrefix', value: '/v1//x' }] }, /"\/\/"/],
    [{ paths: [{ type: 'Exact', value: '/v1/../admin' }] }, /"\.\." segment/],
    [{ paths: [{ type: 'PathPrefix', value: '/v1%2Fx' }] }, /encoded slash/],
    [{ paths: [{ type: 'PathPrefix', value: '/v1#x' }] }, /"#"/],
    [{ paths: [{ type: 'RegularExpression', value: '/v1' }] }, /not supported/],
    [{ port: 0 }, /out of range/],
    [{ port: 70000 }, /out of range/],
    [{ name: 'Svc_Shop' }, /service name/],
    [{ namespace: 'ns.with.dots' }, /namespace/],
    [{ entityRef: 'a:b:c' }, /not an entity reference/],
    [
      { hostnames: ['nope.example.com'], port: -1 },
      /2 problems: \(1\) .*public zone.* \(2\) .*out of range/,
    ],
  ])('refuses %j before any call', async (extra, message) => {
    await expect(run(extra)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(message),
    });
    expect(harness.backend.requests).toEqual([]);
  });
});
