import { DEFAULT_SETTINGS } from './options';
import { describeNetworkPlan, planLines } from './plan';
import { readNetworkExposure } from './value';

const plan = (formData: unknown, name: string | null = 'svc-shop') =>
  describeNetworkPlan(
    readNetworkExposure(formData),
    name ?? undefined,
    DEFAULT_SETTINGS,
  );

describe('describeNetworkPlan', () => {
  it('describes a shared service with a caller, a callee and PostgreSQL', () => {
    const described = plan({
      callers: ['component:default/svc-ledger'],
      callees: ['component:default/svc-wallet'],
      dataServices: ['postgresql'],
    });
    expect(described).toEqual({
      route:
        'https://api.localplus.io/v1/svc-shop → Service svc-shop port 8080 (HTTPRoute svc-shop/svc-shop on the shared Gateway)',
      policy:
        'default deny; allow the Gateway on 8080; allow Prometheus on 8080; allow svc-ledger on 8080, 50051; allow its own namespace; egress to DNS, svc-wallet on 8080, 50051, PostgreSQL 5432 via 10.100.0.0/16, the AWS VPC endpoints on 443 via 10.0.16.0/20, its own namespace',
      dnsNames: ['svc-shop.internal.localplus.io (private, Route53)'],
      tunnel:
        'the rule that sends api.localplus.io to the Gateway is reused; one for api.localplus.io/v1/svc-shop is added only if the tunnel has none',
    });
  });

  it('describes an own hostname with its tunnel rule and public name', () => {
    const described = plan({
      exposure: { mode: 'own', hostname: 'shop.localplus.io', path: '/api' },
      ports: { http: 9090 },
      metricsPort: 9102,
    });
    expect(described.route).toBe(
      'https://shop.localplus.io/api → Service svc-shop port 9090 (HTTPRoute svc-shop/svc-shop on the shared Gateway)',
    );
    expect(described.policy).toBe(
      'default deny; allow the Gateway on 9090; allow Prometheus on 9102; allow its own namespace; egress to DNS, the AWS VPC endpoints on 443 via 10.0.16.0/20, its own namespace',
    );
    expect(described.dnsNames).toEqual([
      'svc-shop.internal.localplus.io (private, Route53)',
      'shop.localplus.io (public CNAME to the Cloudflare Tunnel)',
    ]);
    expect(described.tunnel).toBe(
      'new rule shop.localplus.io/api → the Gateway, ahead of the catch-all',
    );
  });

  it('describes an internal service: no route, no Gateway rule, no tunnel', () => {
    const described = plan({
      exposure: { mode: 'internal' },
      callers: ['component:default/svc-ledger', 'component:payments/svc-x'],
      dataServices: ['kafka', 'valkey'],
    });
    expect(described.route).toMatch(/^none: internal only/);
    expect(described.tunnel).toMatch(/^none: not reachable from the Internet/);
    expect(described.policy).not.toMatch(/Gateway/);
    expect(described.policy).toContain(
      'allow svc-ledger and component:payments/svc-x on 8080, 50051',
    );
    expect(described.policy).toContain(
      'Kafka 9092 and Valkey 6379 via 10.100.0.0/16',
    );
  });

  it('stands in <name> while the service has no name', () => {
    expect(plan({}, null).route).toMatch(
      /^https:\/\/api\.localplus\.io\/v1\/<name> → Service <name>/,
    );
  });

  it('lists the plan for the review step', () => {
    expect(planLines(plan({}))).toEqual([
      expect.stringMatching(/^Route: https:\/\/api.localplus.io\/v1\/svc-shop/),
      expect.stringMatching(/^Policy: default deny; allow the Gateway on 8080/),
      'DNS: svc-shop.internal.localplus.io (private, Route53)',
      expect.stringMatching(/^Tunnel: the rule that sends api.localplus.io/),
    ]);
  });
});
