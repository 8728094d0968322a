import { cnp, estate, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import { formatConnection } from './format';

describe('the listing', () => {
  it('lists peers the rules name but the estate cannot resolve on lines of their own', () => {
    const ev = createPolicyEvaluator(
      estate(
        [workload('shop/web', { app: 'web' })],
        [
          cnp('shop/web', {
            endpointSelector: {},
            egress: [
              {
                toGroups: [{ aws: { securityGroupsIds: ['sg-1'] } }],
                toPorts: [{ ports: [{ port: '5432', protocol: 'TCP' }] }],
              },
              {
                toCIDR: ['2001:db8::/32'],
                toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
              },
              { toNodes: [{ matchLabels: { role: 'edge' } }] },
            ],
          }),
        ],
      ),
    );
    expect(
      ev
        .callees({ namespace: 'shop', name: 'web' })
        .map(formatConnection)
        .filter(l => l.includes('selector:')),
    ).toEqual([
      'shop/web[Deployment] => selector:CIDR 2001:db8::/32 : TCP 443',
      'shop/web[Deployment] => selector:cloud groups {"aws":{"securityGroupsIds":["sg-1"]}} : TCP 5432 (unknown)',
      'shop/web[Deployment] => selector:nodes matching role=edge : ANY (unknown)',
    ]);
  });

  it('a workload without egress policy reaches every address: one world line, no CIDR lines', () => {
    const ev = createPolicyEvaluator(
      estate([workload('shop/web', { app: 'web' })], []),
    );
    const outside = ev
      .callees({ namespace: 'shop', name: 'web' })
      .map(formatConnection)
      .filter(l => !l.includes('[Deployment] => shop/'));
    expect(outside).toContain('shop/web[Deployment] => world : ANY');
    expect(outside.filter(l => /=> \d/.test(l))).toEqual([]);
  });
});
