import { workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { compileCiliumRule } from './ciliumRule';

const ctx = compileContext([
  workload('shop/api', { app: 'api' }),
  workload('ops/prom', { app: 'prom' }),
]);
const where = {
  ref: { kind: 'CiliumNetworkPolicy', namespace: 'shop', name: 'p' },
  section: 'ingress' as const,
  index: 0,
};
const compile = (raw: unknown, deny = false) =>
  compileCiliumRule(raw, where, 'ingress', deny, 'shop', ctx);

describe('compileCiliumRule', () => {
  it('ORs the peers of every L3 field and summarises the rule', () => {
    const rule = compile({
      fromEndpoints: [{ matchLabels: { app: 'api' } }],
      fromEntities: ['ingress'],
      toPorts: [{ ports: [{ port: '80', protocol: 'TCP' }] }],
    });
    expect(rule.peers.map(p => p.kind)).toEqual(['pods', 'entity']);
    expect(rule.podPeers.toArray()).toEqual([0]);
    expect(rule.ref.summary).toBe(
      'allow from endpoints app=api in namespace shop or entity ingress on TCP 80',
    );
  });

  it('a peer that may be any pod makes every workload a candidate', () => {
    expect(compile({ fromEntities: ['cluster'] }).podPeers.toArray()).toEqual([
      0, 1,
    ]);
    expect(
      compile({ toPorts: [{ ports: [{ port: '80' }] }] }).podPeers.toArray(),
    ).toEqual([0, 1]);
  });

  it('keeps mutual authentication for allows only', () => {
    expect(
      compile({
        fromEntities: ['cluster'],
        authentication: { mode: 'required' },
      }).authentication,
    ).toContain('decided at runtime');
    expect(
      compile(
        { fromEntities: ['cluster'], authentication: { mode: 'required' } },
        true,
      ).authentication,
    ).toBeUndefined();
  });

  it('an icmps-only rule never matches a transport port', () => {
    expect(
      compile({ fromEntities: ['world'], icmps: [{ fields: [{ type: 8 }] }] })
        .icmpOnly,
    ).toBe(true);
  });
});
