import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { NETWORK_FIELD_MANAGER } from '@localplus/plugin-network-node';
import {
  CATCH_ALL,
  FOREIGN_RULES,
  GATEWAY,
  setUpDirectTests,
  TUNNEL_ID,
} from '../__testUtils__/directHarness';
import { createExposeAction } from './expose';

const owner = 'component:default/svc-shop';
const base = {
  entityRef: owner,
  exposure: { mode: 'own', hostname: 'shop.localplus.io' },
  ports: { http: 8080 },
  callers: ['component:default/svc-payment'],
  workload: { image: 'registry.localplus.io/svc-shop:0.1.0' },
};

describe('network:expose, direct target', () => {
  const h = setUpDirectTests();

  const run = async (input: object = {}, isDryRun = false) => {
    const ctx = createMockActionContext({
      input: { ...base, ...input } as never,
    });
    await createExposeAction(h.options).handler({ ...ctx, isDryRun });
    const outputs = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    );
    return outputs as {
      plan: { system: string; action: string; target: string; file: string }[];
      publicUrl: string;
    };
  };
  const cluster = (kind: string, apiVersion: string, name = 'svc-shop') =>
    h.kubernetes.get(
      apiVersion,
      kind,
      name,
      kind === 'Namespace' ? undefined : 'svc-shop',
    );
  const route = () => cluster('HTTPRoute', 'gateway.networking.k8s.io/v1');
  const policy = () => cluster('CiliumNetworkPolicy', 'cilium.io/v2');
  const ingress = () =>
    h.cloudflare.tunnelConfiguration(TUNNEL_ID)!.config.ingress!;
  const publicRecords = () =>
    h.cloudflare
      .dnsRecords(h.zoneId)
      .filter(r => r.name === 'shop.localplus.io');
  const privateRecords = () =>
    h.route53
      .recordSets(h.hostedZoneId)
      .filter(s => /svc-shop\.internal/.test(s.Name ?? ''));
  const writes = () => ({
    kubernetes: h.kubernetes.requests.filter(r => r.method !== 'GET').length,
    cloudflare: h.cloudflare.requests.filter(r => r.method !== 'GET').length,
    route53: h.route53.requests.filter(
      r => r.operation === 'ChangeResourceRecordSets',
    ).length,
  });
  const calls = () => ({
    kubernetes: h.kubernetes.requests.length,
    cloudflare: h.cloudflare.requests.length,
    route53: h.route53.requests.length,
  });
  const expectNothingOf = () => {
    expect(route()).toBeUndefined();
    expect(policy()).toBeUndefined();
    expect(cluster('Namespace', 'v1')).toBeUndefined();
    expect(ingress()).toEqual([...FOREIGN_RULES, CATCH_ALL]);
    expect(publicRecords()).toEqual([]);
    expect(privateRecords()).toEqual([]);
  };
  const expectEverything = () => {
    expect(route()?.metadata.labels).toMatchObject({
      'backstage.io/kubernetes-id': 'svc-shop',
    });
    expect(policy()).toBeDefined();
    expect(ingress()).toEqual([
      ...FOREIGN_RULES,
      {
        hostname: 'shop.localplus.io',
        service: GATEWAY,
        originRequest: { originServerName: 'shop.localplus.io' },
      },
      CATCH_ALL,
    ]);
    expect(publicRecords()).toEqual([
      expect.objectContaining({
        type: 'CNAME',
        content: `${TUNNEL_ID}.cfargotunnel.com`,
        proxied: true,
        comment: `managed-by=backstage owner=${owner}`,
      }),
    ]);
    expect(privateRecords()).toEqual([
      expect.objectContaining({
        Name: 'svc-shop.internal.localplus.io.',
        Type: 'CNAME',
      }),
      expect.objectContaining({
        Name: 'cname-svc-shop.internal.localplus.io.',
        Type: 'TXT',
        ResourceRecords: [{ Value: `"managed-by=backstage owner=${owner}"` }],
      }),
    ]);
  };

  it('creates everything through the provider APIs, then changes nothing', async () => {
    const started = performance.now();
    const out = await run();
    const took = Math.round(performance.now() - started);
    expect(out.publicUrl).toBe('https://shop.localplus.io');
    expect(out.plan.map(p => [p.system, p.action, p.target, p.file])).toEqual([
      ['workload', 'create', 'direct', 'cluster:prod'],
      ['workload', 'create', 'direct', 'cluster:prod'],
      ['workload', 'create', 'direct', 'cluster:prod'],
      ['policy', 'create', 'direct', 'cluster:prod'],
      ['httproute', 'create', 'direct', 'cluster:prod'],
      ['dns-private', 'create', 'direct', 'route53:zone/internal.localplus.io'],
      ['tunnel', 'create', 'direct', `cloudflare:tunnel/${TUNNEL_ID}`],
      ['dns-public', 'create', 'direct', 'cloudflare:zone/localplus.io'],
    ]);
    expectEverything();
    expect(route()?.metadata.managedFields).toEqual([
      expect.objectContaining({
        manager: NETWORK_FIELD_MANAGER,
        operation: 'Apply',
      }),
    ]);
    expect(
      h.cloudflare.tunnelConfiguration(TUNNEL_ID)!.config['warp-routing'],
    ).toEqual({
      enabled: false,
    });
    const first = calls();
    const written = writes();
    const rerun = performance.now();
    const again = await run();
    // eslint-disable-next-line no-console
    console.info(
      `direct network:expose: first run ${took} ms, provider calls ${JSON.stringify(
        first,
      )}, writes ${JSON.stringify(written)}; re-run ${Math.round(
        performance.now() - rerun,
      )} ms, provider calls in all ${JSON.stringify(calls())}`,
    );
    expect(new Set(again.plan.map(p => p.action))).toEqual(
      new Set(['unchanged']),
    );
    expect(writes()).toEqual(written);
    expectEverything();
    expect(h.auditor.createEvent).toHaveBeenCalledTimes(1);
    expect(h.auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        meta: expect.objectContaining({ target: 'direct', where: 'direct' }),
      }),
    );
  });

  it('writes nothing in a dry run and returns the full plan', async () => {
    const out = await run({}, true);
    expect(out.plan.map(p => p.action)).toEqual(Array(8).fill('create'));
    expect(writes()).toEqual({ kubernetes: 0, cloudflare: 0, route53: 0 });
    expectNothingOf();
  });

  it('refuses a public name another entity holds in Cloudflare, before writing anything', async () => {
    h.cloudflare.addDnsRecord(h.zoneId, {
      name: 'shop.localplus.io',
      type: 'CNAME',
      content: 'shops.example.net',
      comment: 'managed-by=backstage owner=component:default/svc-shop-legacy',
    });
    await expect(run()).rejects.toMatchObject({
      name: 'ConflictError',
      message:
        'Refused, nothing was written: shop.localplus.io already has a CNAME record in Cloudflare (owned by component:default/svc-shop-legacy)',
    });
    expect(writes()).toEqual({ kubernetes: 0, cloudflare: 0, route53: 0 });
  });

  it('refuses objects and private names it does not own', async () => {
    h.kubernetes.put({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'svc-shop' },
    });
    h.route53.addRecordSet(h.hostedZoneId, {
      Name: 'svc-shop.internal.localplus.io',
      Type: 'A',
      TTL: 300,
      ResourceRecords: [{ Value: '10.0.0.9' }],
    });
    const error = await run().catch(e => e);
    expect(error).toMatchObject({ name: 'ConflictError' });
    expect(error.message).toContain(
      'Namespace svc-shop already exists in cluster:prod (not managed by Backstage)',
    );
    expect(error.message).toContain(
      'svc-shop.internal.localplus.io already has a A record in Route53 (not managed by Backstage)',
    );
    expect(writes()).toEqual({ kubernetes: 0, cloudflare: 0, route53: 0 });
  });
});
