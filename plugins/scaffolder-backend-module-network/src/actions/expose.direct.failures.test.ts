import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type {
  CloudflareFault,
  Route53Fault,
} from '@localplus/plugin-network-node/testing';
import {
  CATCH_ALL,
  DirectHarness,
  FOREIGN_RULES,
  setUpDirectTests,
  TUNNEL_ID,
} from '../__testUtils__/directHarness';
import { createExposeAction } from './expose';

const owner = 'component:default/svc-shop';
const input = {
  entityRef: owner,
  exposure: { mode: 'own', hostname: 'shop.localplus.io' },
  workload: { image: 'registry.localplus.io/svc-shop:0.1.0' },
};
const ROUTE_PATH =
  '/apis/gateway.networking.k8s.io/v1/namespaces/svc-shop/httproutes/svc-shop';

type Kind = 'timeout' | '429' | '500';
type Step = 'cluster' | 'route53' | 'tunnel' | 'public dns';

/** A fault of each kind, in each provider's wire format. */
function inject(h: DirectHarness, step: Step, kind: Kind, times: number) {
  if (step === 'cluster') {
    // the first request on the route's path (its read) gets it
    h.kubernetes.injectFault(
      kind === 'timeout'
        ? { path: ROUTE_PATH, type: 'hang', times }
        : { path: ROUTE_PATH, type: 'status', status: Number(kind), times },
    );
    return;
  }
  if (step === 'route53') {
    const faults: Record<Kind, Route53Fault> = {
      timeout: { delayMs: 1_500 },
      '429': { code: 'Throttling', message: 'Rate exceeded' },
      '500': { status: 500, code: 'InternalFailure', message: 'oops' },
    };
    h.route53.failNext('ChangeResourceRecordSets', faults[kind], times);
    return;
  }
  const faults: Record<Kind, CloudflareFault> = {
    timeout: { delayMs: 1_500 },
    '429': { status: 429, headers: { 'retry-after': '0' } },
    '500': { status: 500 },
  };
  const route = step === 'tunnel' ? 'tunnel_configurations' : 'dns_records';
  // the plan's read and the apply's read go through; the write after them fails
  h.cloudflare.failNext(route, {}, 2);
  h.cloudflare.failNext(route, faults[kind], times);
}

describe('network:expose, direct target, when a provider fails', () => {
  const h = setUpDirectTests();

  const run = async () => {
    const ctx = createMockActionContext({ input: input as never });
    await createExposeAction(h.options).handler(ctx);
  };
  const state = () => ({
    route: h.kubernetes.get(
      'gateway.networking.k8s.io/v1',
      'HTTPRoute',
      'svc-shop',
      'svc-shop',
    ),
    policy: h.kubernetes.get(
      'cilium.io/v2',
      'CiliumNetworkPolicy',
      'svc-shop',
      'svc-shop',
    ),
    namespace: h.kubernetes.get('v1', 'Namespace', 'svc-shop'),
    ingress: h.cloudflare.tunnelConfiguration(TUNNEL_ID)!.config.ingress,
    publicRecords: h.cloudflare
      .dnsRecords(h.zoneId)
      .filter(r => r.name === 'shop.localplus.io'),
    privateRecords: h.route53
      .recordSets(h.hostedZoneId)
      .filter(s => /svc-shop/.test(s.Name ?? '')),
  });
  const expectComplete = () => {
    const s = state();
    expect(s.route).toBeDefined();
    expect(s.policy).toBeDefined();
    expect(s.namespace).toBeDefined();
    expect(s.ingress).toHaveLength(FOREIGN_RULES.length + 2);
    expect(s.ingress!.at(-1)).toEqual(CATCH_ALL);
    expect(s.publicRecords).toHaveLength(1);
    expect(s.privateRecords).toHaveLength(2);
  };

  /** Requests of the faulted kind; a run without faults makes `expectedAttempts` of them. */
  const attempts = (step: Step) => {
    if (step === 'cluster') {
      return h.kubernetes.requests.filter(r => r.path === ROUTE_PATH).length;
    }
    if (step === 'route53') {
      return h.route53.requests.filter(
        r => r.operation === 'ChangeResourceRecordSets',
      ).length;
    }
    const route = step === 'tunnel' ? 'tunnel_configurations' : 'dns_records';
    return h.cloudflare.requests.filter(
      r => r.route === route && r.method !== 'GET',
    ).length;
  };
  const expectedAttempts: Record<Step, number> = {
    cluster: 3,
    route53: 1,
    tunnel: 1,
    'public dns': 1,
  };
  const steps: Step[] = ['cluster', 'route53', 'tunnel', 'public dns'];
  const kinds: Kind[] = ['timeout', '429', '500'];

  it.each(steps.flatMap(step => kinds.map(kind => [step, kind] as const)))(
    'retries a %s step after a %s and completes',
    async (step, kind) => {
      inject(h, step, kind, 1);
      await run();
      expectComplete();
      // the faulted request was sent again
      expect(attempts(step)).toBeGreaterThan(expectedAttempts[step]);
    },
    20_000,
  );

  it.each(['route53', 'tunnel', 'public dns'] as const)(
    'takes back what it created when the %s step keeps failing, and a re-run completes',
    async step => {
      inject(h, step, '500', 3);
      await expect(run()).rejects.toThrow(/500|oops|Internal/);
      // written first, then taken back
      const methods = h.kubernetes.requests.map(r => r.method);
      expect(methods.filter(m => m === 'PATCH')).toHaveLength(5);
      expect(methods.filter(m => m === 'DELETE')).toHaveLength(5);
      expect(state()).toEqual({
        route: undefined,
        policy: undefined,
        namespace: undefined,
        ingress: [...FOREIGN_RULES, CATCH_ALL],
        publicRecords: [],
        privateRecords: [],
      });
      const knex = await h.database.getClient();
      expect(await knex('network_tunnel_rule_owners').select()).toEqual([]);

      await run();
      expectComplete();
    },
    20_000,
  );

  it('fails before writing anything when the cluster keeps failing', async () => {
    inject(h, 'cluster', '500', 3);
    await expect(run()).rejects.toMatchObject({ code: 500 });
    expect(h.kubernetes.requests.filter(r => r.method !== 'GET')).toEqual([]);
    expect(h.cloudflare.requests.filter(r => r.method !== 'GET')).toEqual([]);
  });
});
