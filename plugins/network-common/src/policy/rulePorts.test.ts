import { cnp, workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { compileCiliumPolicy } from './compileCilium';
import { compileRulePorts, resolveRulePorts } from './rulePorts';

const workloads = [
  workload('shop/api', { app: 'api' }, [
    { name: 'http', port: 8080 },
    { name: 'metrics', port: 9090 },
  ]),
];
const ctx = compileContext(workloads);
const rulesOf = (ingress: unknown[]) =>
  compileCiliumPolicy(
    cnp('shop/p', {
      endpointSelector: { matchLabels: { app: 'api' } },
      ingress,
    }),
    ctx,
  )[0].rules;

describe('rule ports', () => {
  it('splits plain ports from those an L7 rule decides', () => {
    const [rule] = rulesOf([
      {
        toPorts: [
          { ports: [{ port: '80', protocol: 'TCP' }] },
          {
            ports: [{ port: '81', protocol: 'TCP' }],
            rules: { http: [{ path: '/a' }] },
          },
        ],
      },
    ]);
    const ports = compileRulePorts(rule);
    expect(ports.plain.describe()).toBe('TCP 80');
    expect(ports.restricted.map(r => [r.ports.describe(), r.reason])).toEqual([
      ['TCP 81', 'decided at L7: only HTTP requests matching any method /a'],
    ]);
  });

  it('marks every port of a rule with mutual authentication as restricted', () => {
    const [rule] = rulesOf([
      { fromEntities: ['cluster'], authentication: { mode: 'required' } },
    ]);
    expect(compileRulePorts(rule).plain.isEmpty()).toBe(true);
    expect(compileRulePorts(rule).restricted[0].ports.describe()).toBe('ANY');
  });

  it('resolves named ports against the destination, and not at all without one', () => {
    const [rule] = rulesOf([
      { toPorts: [{ ports: [{ port: 'http' }, { port: 'nope' }] }] },
    ]);
    const ports = compileRulePorts(rule);
    expect(resolveRulePorts(ports, ctx.index.workloads[0]).all.describe()).toBe(
      'TCP 8080',
    );
    expect(resolveRulePorts(ports, undefined).all.isEmpty()).toBe(true);
  });
});
