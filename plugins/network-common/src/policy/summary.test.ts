import { Ipv4Ranges } from './ip';
import { ruleName, ruleSummary, ruleText } from './summary';

describe('rule texts', () => {
  it('summarises a rule in the platform language', () => {
    expect(
      ruleSummary(
        'egress',
        false,
        [
          { kind: 'entity', entity: 'world' },
          { kind: 'fqdn', pattern: '*.x.io' },
        ],
        undefined,
        false,
      ),
    ).toBe('allow to entity world or FQDN *.x.io on any port');
    expect(
      ruleSummary(
        'ingress',
        true,
        [{ kind: 'cidr', v4: Ipv4Ranges.ALL, text: 'CIDR 0.0.0.0/0' }],
        undefined,
        true,
      ),
    ).toBe('deny from CIDR 0.0.0.0/0 on ICMP only');
  });

  it('names a rule by policy, spec and position', () => {
    const ref = {
      policy: { kind: 'CiliumNetworkPolicy', namespace: 'shop', name: 'api' },
      section: 'ingress' as const,
      index: 2,
      specIndex: 1,
      summary: 'allow from entity ingress on TCP 8080',
    };
    expect(ruleName(ref)).toBe(
      'CiliumNetworkPolicy shop/api specs[1] ingress[2]',
    );
    expect(
      ruleText({
        ...ref,
        specIndex: undefined,
        policy: { kind: 'CiliumClusterwideNetworkPolicy', name: 'c' },
      }),
    ).toBe(
      'CiliumClusterwideNetworkPolicy c ingress[2] (allow from entity ingress on TCP 8080)',
    );
  });
});
