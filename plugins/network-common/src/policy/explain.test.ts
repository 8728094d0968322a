import { combineVerdicts, sideDecision } from './explain';
import { PortSet } from './ports';
import type { RuleRef } from './types';

const ref: RuleRef = {
  policy: { kind: 'CiliumNetworkPolicy', namespace: 'shop', name: 'api' },
  section: 'ingress',
  index: 0,
  summary: 'allow from entity ingress on TCP 80',
};
const subject = {
  pod: 'shop/api[Deployment]',
  self: 'shop/api[Deployment]',
  other: 'ingress',
};
const outcome = {
  direction: 'ingress' as const,
  policed: true,
  defaultDeny: true,
  defaultDenyBy: ['CiliumNetworkPolicy shop/api'],
  allowed: PortSet.single('TCP', 80),
  possible: PortSet.single('TCP', 80).union(PortSet.single('TCP', 81)),
  allows: [{ ref, ports: PortSet.single('TCP', 80), certain: true }],
  denies: [],
  unknowns: [{ ports: PortSet.single('TCP', 81), reason: 'decided at L7' }],
};

describe('sideDecision', () => {
  it('names the allowing rule', () => {
    const d = sideDecision(outcome, subject, 'TCP', 80);
    expect(d.verdict).toBe('allowed');
    expect(d.explanation).toBe(
      'allowed by CiliumNetworkPolicy shop/api ingress[0] (allow from entity ingress on TCP 80)',
    );
  });

  it('says why a port is unknown', () => {
    expect(sideDecision(outcome, subject, 'TCP', 81)).toMatchObject({
      verdict: 'unknown',
      unknown: ['decided at L7'],
    });
  });

  it('explains default deny when no rule matches', () => {
    expect(sideDecision(outcome, subject, 'UDP', 80).explanation).toBe(
      'denied: shop/api[Deployment] is in default deny for ingress (CiliumNetworkPolicy shop/api) and no allow rule matches UDP 80 from ingress',
    );
  });
});

describe('combineVerdicts', () => {
  it.each([
    ['allowed', 'allowed', 'allowed'],
    ['allowed', 'unknown', 'unknown'],
    ['unknown', 'denied', 'denied'],
  ] as const)('%s + %s = %s', (a, b, expected) => {
    expect(combineVerdicts(a, b)).toBe(expected);
  });
});
