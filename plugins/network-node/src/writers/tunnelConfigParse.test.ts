import { parseConfig, TUNNEL_RULE_OWNER_MARKER } from './tunnelConfigParse';

describe('parseConfig', () => {
  it('reads the owner from the last comment line above a rule only', () => {
    const { rules } = parseConfig(`ingress:
  # some note
  # ${TUNNEL_RULE_OWNER_MARKER} component:default/a
  - hostname: a.io
    service: http://a:1
  # ${TUNNEL_RULE_OWNER_MARKER} component:default/b
  # but a note after it
  - hostname: b.io
    service: http://b:1
  - service: http_status:404
`);
    expect(rules.map(r => r.owner)).toEqual([
      'component:default/a',
      undefined,
      undefined,
    ]);
  });

  it('refuses a rule that is not a mapping', () => {
    expect(() =>
      parseConfig(
        'ingress:\n  - just-a-string\n  - service: http_status:404\n',
      ),
    ).toThrow(/rule #1 .* is not a mapping/);
  });
});
