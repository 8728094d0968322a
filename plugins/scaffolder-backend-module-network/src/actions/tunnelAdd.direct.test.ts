import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  CATCH_ALL,
  FOREIGN_RULES,
  GATEWAY,
  setUpDirectTests,
  TUNNEL_ID,
} from '../__testUtils__/directHarness';
import { createTunnelAddAction } from './tunnelAdd';

describe('network:tunnel:add, direct target', () => {
  const h = setUpDirectTests();
  const name = (i: number) => `svc-${String(i).padStart(2, '0')}`;

  it('keeps every rule when 20 runs on two replicas add rules to one tunnel at once', async () => {
    const replicas = [h.options, h.replica()];
    // every answer a little late, so the runs' reads and writes interleave
    h.cloudflare.failNext('tunnel_configurations', { delayMs: 5 }, Infinity);
    const runs = Array.from({ length: 20 }, (_, i) => {
      const ctx = createMockActionContext({
        input: {
          entityRef: `component:default/${name(i)}`,
          hostname: `${name(i)}.localplus.io`,
        },
      });
      return createTunnelAddAction(replicas[i % 2]).handler(ctx);
    });
    // the arrival order must not matter: start them in reverse
    await Promise.all(runs.reverse());

    const ingress =
      h.cloudflare.tunnelConfiguration(TUNNEL_ID)!.config.ingress!;
    expect(ingress).toEqual([
      ...FOREIGN_RULES,
      ...Array.from({ length: 20 }, (_, i) => ({
        hostname: `${name(i)}.localplus.io`,
        service: GATEWAY,
        originRequest: { originServerName: `${name(i)}.localplus.io` },
      })),
      CATCH_ALL,
    ]);
    expect(h.cloudflare.dnsRecords(h.zoneId)).toHaveLength(21);
    const knex = await h.database.getClient();
    expect(await knex('network_tunnel_rule_owners').count({ n: '*' })).toEqual([
      { n: 20 },
    ]);
    expect(await knex('network_tunnel_locks').select()).toEqual([]);
    // one PUT per run: the lock left no run a lost update to repair
    expect(
      h.cloudflare.requests.filter(
        r => r.route === 'tunnel_configurations' && r.method === 'PUT',
      ),
    ).toHaveLength(20);
  }, 60_000);

  it('refuses a hostname whose rule another entity owns, naming it', async () => {
    const add = (entityRef: string) => {
      const ctx = createMockActionContext({
        input: { entityRef, hostname: 'shop.localplus.io', publicDns: false },
      });
      return createTunnelAddAction(h.options).handler(ctx);
    };
    await add('component:default/svc-shop');
    await expect(add('component:default/svc-other')).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        `the tunnel already serves shop.localplus.io: rule #3 (shop.localplus.io → ${GATEWAY}, owned by component:default/svc-shop)`,
      ),
    });
  });
});
