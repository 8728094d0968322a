import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  createManifestValidator,
  loadCustomResourceDefinitions,
  objectsInFile,
  readManifestFolder,
  readTunnelConfig,
  readStringValueInFile,
} from '@localplus/plugin-network-node';
import { findSharedCrdsDir } from '@localplus/plugin-network-node/testing';
import fs from 'node:fs';
import path from 'node:path';
import { setUpActionTests } from '../__testUtils__/harness';
import { createExposeAction } from './expose';

const crdsDir = findSharedCrdsDir(__dirname);
const validator = fs.existsSync(crdsDir)
  ? createManifestValidator(
      loadCustomResourceDefinitions([
        path.join(crdsDir, 'gateway-api-v1.6.1', 'httproutes.yaml'),
        path.join(crdsDir, 'cilium-v2', 'ciliumnetworkpolicies.yaml'),
      ]),
    )
  : undefined;
const describeIfCrds = validator ? describe : describe.skip;

describe('network:expose', () => {
  const { dir, harness } = setUpActionTests();
  const read = (file: string) =>
    fs.promises.readFile(path.join(harness.root, file), 'utf8');
  const exists = (file: string) => fs.existsSync(path.join(harness.root, file));
  const base = {
    entityRef: 'component:default/svc-shop',
    exposure: { mode: 'shared' },
    ports: { http: 8080, grpc: 50051 },
    callers: ['component:default/svc-payment'],
    callees: ['component:default/svc-wallet'],
    dataServices: ['postgresql', 'kafka'],
  };
  const run = async (input: object = {}, isDryRun = false) => {
    const ctx = createMockActionContext({
      input: { ...base, ...input } as never,
      workspacePath: dir.resolve('workspace'),
    });
    await createExposeAction(harness.options).handler({ ...ctx, isDryRun });
    const outputs = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    );
    return outputs as {
      plan: { system: string; action: string; reason?: string }[];
      publicUrl: string;
      privateName: string;
    };
  };
  const tunnelRules = async () => {
    const text = await read('platform/cloudflared.yaml');
    const config = readStringValueInFile(
      text,
      o => o.kind === 'ConfigMap',
      ['data', 'config.yaml'],
      'f',
    )!;
    return readTunnelConfig(config).rules;
  };

  it('exposes a service under the shared hostname: policy, route, private name', async () => {
    const cloudflared = await read('platform/cloudflared.yaml');
    const out = await run();
    expect(out.publicUrl).toBe('https://api.localplus.io/v1/svc-shop');
    expect(out.privateName).toBe('svc-shop.internal.localplus.io');
    expect(out.plan.map(p => [p.system, p.action])).toEqual([
      ['tunnel', 'unchanged'],
      ['policy', 'create'],
      ['httproute', 'create'],
      ['dns-private', 'create'],
    ]);
    expect(out.plan[0].reason).toMatch(
      /already served by tunnel rule #3 \(api.localplus.io → the Gateway\)/,
    );
    expect(await read('platform/cloudflared.yaml')).toBe(cloudflared);

    const [policy] = objectsInFile(
      await read('apps/svc-shop/ciliumnetworkpolicy.yaml'),
      'f',
    );
    const spec = policy.spec as {
      ingress: Record<string, unknown>[];
      egress: Record<string, unknown>[];
    };
    expect(spec.ingress[0]).toEqual({
      fromEntities: ['ingress'],
      toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
    });
    expect(spec.ingress).toContainEqual({
      fromEndpoints: [
        {
          matchLabels: {
            'io.kubernetes.pod.namespace': 'svc-payment',
            'app.kubernetes.io/name': 'svc-payment',
          },
        },
      ],
      toPorts: [
        {
          ports: [
            { port: '8080', protocol: 'TCP' },
            { port: '50051', protocol: 'TCP' },
          ],
        },
      ],
    });
    expect(JSON.stringify(spec.egress)).toContain('"svc-wallet"');
    expect(JSON.stringify(spec.egress)).toContain('kube-dns');

    const { problems } = await readManifestFolder(harness.root);
    expect(problems).toEqual([]);
  });

  describeIfCrds('against the upstream CRDs', () => {
    it('writes a route and a policy the API server would accept', async () => {
      await run({ exposure: { mode: 'own', hostname: 'shop.localplus.io' } });
      const { manifests } = await readManifestFolder(harness.root);
      const ours = manifests.filter(
        m =>
          m.source.file.startsWith('apps/svc-shop/') &&
          ['HTTPRoute', 'CiliumNetworkPolicy'].includes(m.object.kind),
      );
      expect(ours).toHaveLength(2);
      expect(ours.map(({ object }) => validator!.validate(object))).toEqual([
        expect.objectContaining({ status: 'valid', errors: [] }),
        expect.objectContaining({ status: 'valid', errors: [] }),
      ]);
    });
  });

  it('changes nothing on a second run', async () => {
    await run();
    const files = ['httproute', 'ciliumnetworkpolicy', 'dns'].map(f =>
      fs.readFileSync(
        path.join(harness.root, `apps/svc-shop/${f}.yaml`),
        'utf8',
      ),
    );
    const again = await run();
    expect(new Set(again.plan.map(p => p.action))).toEqual(
      new Set(['unchanged']),
    );
    for (const [i, f] of [
      'httproute',
      'ciliumnetworkpolicy',
      'dns',
    ].entries()) {
      expect(await read(`apps/svc-shop/${f}.yaml`)).toBe(files[i]);
    }
    // only the run that wrote is audited
    expect(harness.auditor.createEvent).toHaveBeenCalledTimes(1);
  });

  it('asks the network backend to rebuild its index after a write, and only then', async () => {
    const refreshes = () =>
      harness.backend.requests.filter(r => r.path === '/api/network/refresh');
    await run({}, true);
    expect(refreshes()).toEqual([]);
    await run();
    expect(refreshes()).toHaveLength(1);
    // as the scaffolder itself: a developer may lack the write permission the index asks users for
    expect(refreshes()[0].authorization).toMatch(/^Bearer mock-service-token:/);
    await run();
    expect(refreshes()).toHaveLength(1);
  });

  it('succeeds with a warning when the index cannot be rebuilt', async () => {
    harness.backend.failRefreshWith = 503;
    const ctx = createMockActionContext({
      input: base as never,
      workspacePath: dir.resolve('workspace'),
    });
    const warn = jest.spyOn(ctx.logger, 'warn');
    await createExposeAction(harness.options).handler(ctx);
    expect(exists('apps/svc-shop/httproute.yaml')).toBe(true);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Could not ask the network backend to rebuild'),
    );
  });

  it('puts an own hostname through the tunnel with its public record', async () => {
    const out = await run({
      exposure: { mode: 'own', hostname: 'shop.localplus.io' },
    });
    expect(out.publicUrl).toBe('https://shop.localplus.io');
    expect(out.plan.map(p => [p.system, p.action])).toEqual([
      ['policy', 'create'],
      ['httproute', 'create'],
      ['dns-private', 'create'],
      ['tunnel', 'create'],
      ['dns-public', 'create'],
    ]);
    const rules = await tunnelRules();
    expect(rules.at(-2)).toEqual({
      hostname: 'shop.localplus.io',
      service: 'https://cilium-gateway-public.platform.svc.cluster.local:443',
      originRequest: { originServerName: 'shop.localplus.io' },
      owner: 'component:default/svc-shop',
    });
    expect(rules.at(-1)).toEqual({ service: 'http_status:404' });
    const records = objectsInFile(await read('platform/dns-public.yaml'), 'f');
    expect(records.at(-1)).toMatchObject({
      metadata: { name: 'shop.localplus.io', namespace: 'platform' },
      spec: {
        endpoints: [
          {
            dnsName: 'shop.localplus.io',
            targets: ['6ff42ae2-765d-4adf-8112-31c55c1551ef.cfargotunnel.com'],
          },
        ],
      },
    });
  });

  it('writes the first workload when asked, so the route has its Service', async () => {
    const out = await run({
      workload: { image: 'registry.localplus.io/svc-shop:0.1.0' },
    });
    expect(out.plan.slice(1, 4).map(p => [p.system, p.action])).toEqual([
      ['workload', 'create'],
      ['workload', 'create'],
      ['workload', 'create'],
    ]);
    const objects = objectsInFile(
      await read('apps/svc-shop/workload.yaml'),
      'f',
    );
    expect(objects.map(o => o.kind)).toEqual(['Deployment', 'Service']);
    expect(objects[1].spec).toMatchObject({
      selector: { 'app.kubernetes.io/name': 'svc-shop' },
      ports: [
        { name: 'http', port: 8080 },
        { name: 'grpc', port: 50051 },
      ],
    });
    expect(
      objectsInFile(await read('apps/svc-shop/namespace.yaml'), 'f')[0].kind,
    ).toBe('Namespace');
    const { problems } = await readManifestFolder(harness.root);
    expect(problems).toEqual([]);
  });

  it('keeps an internal service off the Gateway and the tunnel', async () => {
    const out = await run({ exposure: { mode: 'internal' }, callers: [] });
    expect(out.publicUrl).toBe('');
    expect(out.plan.map(p => p.system)).toEqual(['policy', 'dns-private']);
    expect(exists('apps/svc-shop/httproute.yaml')).toBe(false);
    const [policy] = objectsInFile(
      await read('apps/svc-shop/ciliumnetworkpolicy.yaml'),
      'f',
    );
    expect(JSON.stringify(policy.spec)).not.toContain('fromEntities');
  });

  it('writes nothing in a dry run and returns the full plan', async () => {
    const out = await run(
      { exposure: { mode: 'own', hostname: 'shop.localplus.io' } },
      true,
    );
    expect(out.plan.map(p => p.action)).toEqual([
      'create',
      'create',
      'create',
      'create',
      'create',
    ]);
    expect(exists('apps/svc-shop')).toBe(false);
    expect(harness.auditor.createEvent).not.toHaveBeenCalled();
  });

  it('refuses a second service asking for the same path, naming the owner', async () => {
    await expect(
      run({ exposure: { mode: 'shared', path: '/v1/ledger' } }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(
        /^Refused, nothing was written: api.localplus.io\/v1\/ledger is already routed \(HTTPRoute svc-ledger\/svc-ledger, owned by component:default\/svc-ledger\)$/,
      ),
    });
    expect(exists('apps/svc-shop')).toBe(false);
  });

  it('refuses a hostname whose DNS name another service holds', async () => {
    await expect(
      run({ exposure: { mode: 'own', hostname: 'pay.localplus.io' } }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'owned by component:default/svc-payment',
      ),
    });
    expect(exists('apps/svc-shop')).toBe(false);
  });

  it('refuses a public name another DNSEndpoint publishes, even when the index lets it through', async () => {
    // the index shares tunnel CNAMEs between routes; a second record for the name must not be written
    harness.options.availability = {
      check: async () => ({ available: true, conflicts: [] }),
    };
    await expect(
      run({ exposure: { mode: 'own', hostname: 'pay.localplus.io' } }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'DNS name pay.localplus.io is already published by DNSEndpoint svc-payment/svc-payment-public in apps/svc-payment/dns.yaml (not managed by Backstage)',
      ),
    });
    expect(exists('apps/svc-shop')).toBe(false);
  });

  it('refuses a shared path the tunnel sends somewhere other than the Gateway', async () => {
    const file = path.join(harness.root, 'platform/cloudflared.yaml');
    const text = await read('platform/cloudflared.yaml');
    fs.writeFileSync(
      file,
      text.replace(
        '      - hostname: api.localplus.io\n        service: https://cilium-gateway-public.platform.svc.cluster.local:443',
        '      - hostname: api.localplus.io\n        service: http://legacy-api.platform.svc.cluster.local:80',
      ),
    );
    await expect(run()).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'would reach http://legacy-api.platform.svc.cluster.local:80 through tunnel rule #3',
      ),
    });
  });

  it('refuses a caller that is not in the catalog before writing', async () => {
    await expect(
      run({ callers: ['component:default/ghost'] }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message:
        'The caller component:default/ghost does not exist in the catalog; pick an existing entity.',
    });
    expect(exists('apps/svc-shop')).toBe(false);
  });

  it('writes into the workspace when given a targetPath', async () => {
    fs.mkdirSync(dir.resolve('workspace/gitops'), { recursive: true });
    fs.cpSync(harness.root, dir.resolve('workspace/gitops'), {
      recursive: true,
    });
    await run({ targetPath: 'gitops' });
    expect(
      fs.existsSync(dir.resolve('workspace/gitops/apps/svc-shop/dns.yaml')),
    ).toBe(true);
    expect(exists('apps/svc-shop')).toBe(false);
    // nothing for the index to see until the pull request is merged
    expect(
      harness.backend.requests.filter(r => r.path === '/api/network/refresh'),
    ).toEqual([]);
  });

  it.each([
    [{ exposure: undefined }, /exposure.mode is internal, shared or own/],
    [{ exposure: { mode: 'public' } }, /exposure "public" is unknown/],
    [{ exposure: { mode: 'own' } }, /needs exposure.hostname/],
    [
      { exposure: { mode: 'own', hostname: 'shop.example.com' } },
      /not in a public zone/,
    ],
    [{ exposure: { mode: 'own', hostname: 'shop.localplus.io:8443' } }, /port/],
    [{ exposure: { mode: 'shared', path: 'v1/shop' } }, /must start with "\/"/],
    [{ exposure: { mode: 'shared', path: '/v1/./shop' } }, /"\." segment/],
    [{ ports: { http: 0 } }, /HTTP port 0 is out of range/],
    [{ ports: { http: 8080, grpc: 99999 } }, /gRPC port/],
    [{ metricsPort: 1.5 }, /metrics port/],
    [{ callers: ['a:b:c'] }, /not an entity reference/],
    [{ dataServices: ['mysql'] }, /"mysql" is not a data service/],
    [{ name: 'svc_shop' }, /service name/],
    [{ workload: { image: 'not an image' } }, /not a container image/],
    [{ workload: { image: 'r/x:1', replicas: -1 } }, /replica count -1/],
  ])('refuses %j before any call', async (input, message) => {
    await expect(run(input)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(message),
    });
    expect(harness.backend.requests).toEqual([]);
    expect(exists('apps/svc-shop')).toBe(false);
  });
});
