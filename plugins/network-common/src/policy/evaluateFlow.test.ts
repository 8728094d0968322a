import { estate, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import type { Flow } from './types';

const ev = createPolicyEvaluator(
  estate([workload('shop/api', { app: 'api' })], []),
);
const api = { workload: { namespace: 'shop', name: 'api' } };

describe('evaluate() on flows it cannot decide', () => {
  it.each([
    [
      'a workload not in the estate',
      { workload: { namespace: 'shop', name: 'gone' } },
      'workload shop/gone is not in the estate',
    ],
    [
      'a group entity',
      { entity: 'cluster' },
      '"cluster" is a group of identities',
    ],
    [
      'an unknown entity',
      { entity: 'internet' },
      '"internet" is not a Cilium entity',
    ],
    [
      'a malformed address',
      { ip: '300.1.1.1' },
      '"300.1.1.1" is not an IP address',
    ],
  ])('%s is unknown, with the reason', (_name, from, reason) => {
    const v = ev.evaluate({ from, to: api, port: 80, protocol: 'TCP' });
    expect(v.verdict).toBe('unknown');
    expect(v.explanation).toContain(reason);
  });

  it('a port outside 0-65535 is unknown', () => {
    expect(
      ev.evaluate({
        from: { entity: 'world' },
        to: api,
        port: 70000,
        protocol: 'TCP',
      }).explanation,
    ).toContain('70000 is not a port number');
  });

  it('a protocol without ports is unknown', () => {
    const icmp = {
      from: { entity: 'world' },
      to: api,
      port: 0,
      protocol: 'ICMP',
    } as unknown as Flow;
    expect(ev.evaluate(icmp).explanation).toContain(
      'ICMP is not TCP, UDP or SCTP',
    );
  });

  it('an end outside the estate is not policed, and says so', () => {
    const v = ev.evaluate({
      from: { ip: '2001:db8::1' },
      to: api,
      port: 80,
      protocol: 'TCP',
    });
    expect(v.verdict).toBe('allowed');
    expect(v.egress.explanation).toBe(
      '2001:db8::1 is not a pod of the estate: no policy applies to its egress',
    );
    expect(v.ingress.explanation).toBe(
      'allowed: no policy selects shop/api[Deployment] for ingress',
    );
  });
});
