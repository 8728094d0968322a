import { mockServices } from '@backstage/backend-test-utils';
import {
  CloudflareApiServer,
  startCloudflareApiServer,
} from '../../testing/cloudflareApiServer';
import { createCloudflareClient } from '../../sources/cloudflare/createCloudflareClient';
import { CloudflareTunnelWriter } from './cloudflareTunnelWriter';
import { TunnelLock, TunnelRuleOwners } from './types';

const TUNNEL = 'tunnel-1';
const gateway = 'https://cilium-gateway-public.platform.svc.cluster.local:443';
const foreign = [
  { hostname: 'grafana.localplus.io', service: 'http://grafana:3000' },
  { service: 'http_status:404' },
];
const owner = 'component:default/svc-shop';
const rule = { hostname: 'shop.localplus.io', service: gateway };
const change = (r = rule, o = owner) => ({
  type: 'put-tunnel-rule' as const,
  system: 'tunnel' as const,
  tunnelId: TUNNEL,
  rule: r,
  owner: o,
});

// in-memory stand-ins for the database-backed lock and owner table of the scaffolder module
const serialLock = (): TunnelLock & { held: number } => {
  let tail = Promise.resolve();
  const lock = {
    held: 0,
    withLock<T>(_: string, fn: () => Promise<T>): Promise<T> {
      const run = tail.then(async () => {
        lock.held++;
        return fn();
      });
      tail = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
  };
  return lock;
};
const memoryOwners = (): TunnelRuleOwners & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return {
    map,
    list: async () => new Map(map),
    set: async (_, key, value) => void map.set(key, value),
    remove: async (_, key) => void map.delete(key),
  };
};

describe('CloudflareTunnelWriter', () => {
  let server: CloudflareApiServer;
  beforeEach(async () => {
    server = await startCloudflareApiServer();
    server.setTunnelConfiguration(TUNNEL, {
      ingress: foreign,
      originRequest: { connectTimeout: 10 },
    });
  });
  afterEach(() => server.close());

  const writer = (
    options: {
      fetch?: typeof fetch;
      lock?: TunnelLock;
      owners?: TunnelRuleOwners;
    } = {},
  ) => {
    const client = createCloudflareClient({
      config: { apiToken: server.apiToken, baseUrl: server.baseUrl },
      logger: mockServices.logger.mock(),
    });
    return new CloudflareTunnelWriter({
      client: options.fetch
        ? client.withOptions({ fetch: options.fetch })
        : client,
      accountId: server.accountId,
      lock: options.lock ?? serialLock(),
      owners: options.owners ?? memoryOwners(),
    });
  };
  const ingress = () => server.tunnelConfiguration(TUNNEL)!.config.ingress;
  const puts = () =>
    server.requests.filter(
      r => r.route === 'tunnel_configurations' && r.method === 'PUT',
    );

  it('adds, keeps, updates and removes our rule, under the lock, keeping the rest', async () => {
    const lock = serialLock();
    const owners = memoryOwners();
    const w = writer({ lock, owners });
    await expect(w.plan(change())).resolves.toMatchObject({ action: 'create' });
    const created = await w.apply(change());
    expect(created.planned).toMatchObject({
      action: 'create',
      file: `cloudflare:tunnel/${TUNNEL}`,
    });
    expect(ingress()).toEqual([foreign[0], rule, foreign[1]]);
    expect(server.tunnelConfiguration(TUNNEL)!.config.originRequest).toEqual({
      connectTimeout: 10,
    });
    expect(owners.map).toEqual(new Map([['shop.localplus.io ', owner]]));

    await expect(w.apply(change())).resolves.toEqual({
      planned: expect.objectContaining({ action: 'unchanged' }),
    });
    const moved = { ...rule, service: 'http://svc-shop.svc-shop:8080' };
    await expect(w.apply(change(moved))).resolves.toMatchObject({
      planned: { action: 'update' },
    });
    expect(ingress()).toEqual([foreign[0], moved, foreign[1]]);
    expect(puts()).toHaveLength(2);

    await created.undo!();
    expect(ingress()).toEqual(foreign);
    expect(owners.map.size).toBe(0);
    expect(lock.held).toBe(4);
  });

  it('refuses a rule another entity owns, and one a foreign rule takes', async () => {
    const owners = memoryOwners();
    const w = writer({ owners });
    await w.apply(change());
    await expect(
      w.apply(change(rule, 'component:default/other')),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(`owned by ${owner}`),
    });
    await expect(
      w.plan(change({ hostname: 'grafana.localplus.io', service: gateway })),
    ).resolves.toMatchObject({
      action: 'conflict',
      reason: expect.stringContaining('not managed by Backstage'),
    });
    // removing someone else's rule leaves it, and its owner, alone
    await expect(
      w.remove(TUNNEL, rule, 'component:default/other'),
    ).resolves.toBe(false);
    expect(owners.map.get('shop.localplus.io ')).toBe(owner);
  });

  it('re-applies when another tool drops our rule right after our write', async () => {
    let rewrites = 1;
    const dashboard: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT' && rewrites-- > 0) {
        // someone saves an older configuration in the dashboard
        server.setTunnelConfiguration(
          TUNNEL,
          { ingress: foreign },
          { version: 9 },
        );
      }
      return response;
    };
    await writer({ fetch: dashboard }).apply(change());
    expect(ingress()).toEqual([foreign[0], rule, foreign[1]]);
    expect(puts()).toHaveLength(2);
  });

  it('gives up, saying why, when another tool keeps dropping it', async () => {
    const dashboard: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT') {
        server.setTunnelConfiguration(TUNNEL, { ingress: foreign });
      }
      return response;
    };
    await expect(
      writer({ fetch: dashboard }).apply(change()),
    ).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining(
        'kept disappearing from tunnel tunnel-1',
      ),
    });
    expect(puts()).toHaveLength(3);
  });

  it('forgets the owner of a rule whose write failed', async () => {
    const owners = memoryOwners();
    server.failNext('tunnel_configurations', {}, 1);
    server.failNext('tunnel_configurations', { status: 400 }, 1);
    await expect(writer({ owners }).apply(change())).rejects.toMatchObject({
      status: 400,
    });
    expect(owners.map.size).toBe(0);
    expect(ingress()).toEqual(foreign);
  });
});
