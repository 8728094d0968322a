import {
  compareManagedRules,
  findMatchingRule,
  isCatchAllRule,
  shadows,
  tunnelPathFor,
} from './tunnelRuleOrder';
import { RE2JS } from 're2js';

describe('tunnelPathFor', () => {
  it('anchors a prefix element-wise, as the Gateway matches it', () => {
    const path = tunnelPathFor({ type: 'PathPrefix', value: '/v1/shop' })!;
    const re = RE2JS.compile(path);
    expect(re.test('/v1/shop')).toBe(true);
    expect(re.test('/v1/shop/items')).toBe(true);
    expect(re.test('/v1/shopping')).toBe(false);
    expect(re.test('/x/v1/shop')).toBe(false);
  });

  it('anchors exact paths and escapes regex characters', () => {
    const path = tunnelPathFor({ type: 'Exact', value: '/a.b+(c)' })!;
    expect(RE2JS.compile(path).test('/a.b+(c)')).toBe(true);
    expect(RE2JS.compile(path).test('/aXb+(c)')).toBe(false);
  });

  it('needs no path for the root prefix', () => {
    expect(tunnelPathFor({ type: 'PathPrefix', value: '/' })).toBeUndefined();
  });
});

describe('shadows', () => {
  const rule = (hostname?: string, path?: string) => ({
    hostname,
    path,
    service: 'http://x:1',
  });

  it.each([
    [rule('api.localplus.io'), rule('api.localplus.io', '^/v1$'), true],
    [rule('*.localplus.io'), rule('shop.localplus.io'), true],
    [rule('*.localplus.io'), rule('a.b.localplus.io'), true],
    [rule('*.localplus.io'), rule('*.shop.localplus.io'), true],
    [rule('*.shop.localplus.io'), rule('*.localplus.io'), false],
    [rule('*.localplus.io'), rule('localplus.io'), false],
    [rule(undefined), rule('x.io'), true],
    [
      rule('api.localplus.io', '^/v1$'),
      rule('api.localplus.io', '^/v1$'),
      true,
    ],
    [
      rule('api.localplus.io', '^/v1$'),
      rule('api.localplus.io', '^/v2$'),
      false,
    ],
    [rule('api.localplus.io', '^/v1$'), rule('api.localplus.io'), false],
    [rule('www.localplus.io'), rule('api.localplus.io'), false],
  ])('%j before %j: %s', (earlier, later, expected) => {
    expect(shadows(earlier, later)).toBe(expected);
  });
});

describe('findMatchingRule', () => {
  const rules = [
    { hostname: 'api.localplus.io', path: '^/admin', service: 'a' },
    { hostname: 'api.localplus.io', service: 'b' },
    { hostname: '*.localplus.io', service: 'c' },
    { service: 'http_status:404' },
  ];
  it('picks the first match like cloudflared', () => {
    expect(findMatchingRule(rules, 'api.localplus.io', '/admin/x')).toBe(0);
    expect(findMatchingRule(rules, 'api.localplus.io', '/v1/x')).toBe(1);
    expect(findMatchingRule(rules, 'shop.localplus.io', '/')).toBe(2);
    expect(findMatchingRule(rules, 'example.com', '/')).toBe(3);
    expect(findMatchingRule(rules.slice(0, 1), 'x.io', '/')).toBe(-1);
  });
});

describe('compareManagedRules', () => {
  it('orders so that no managed rule shadows another, whatever the input order', () => {
    const rules = [
      { hostname: '*.localplus.io', service: 's' },
      { hostname: 'b.localplus.io', service: 's' },
      { hostname: '*.shop.localplus.io', service: 's' },
      { hostname: 'a.localplus.io', service: 's' },
      { hostname: 'a.localplus.io', path: '^/x(/.*)?$', service: 's' },
      { hostname: 'a.localplus.io', path: '^/longer(/.*)?$', service: 's' },
    ];
    const expected = [
      'a.localplus.io ^/longer(/.*)?$',
      'a.localplus.io ^/x(/.*)?$',
      'a.localplus.io',
      'b.localplus.io',
      '*.shop.localplus.io',
      '*.localplus.io',
    ];
    const label = (r: { hostname: string; path?: string }) =>
      r.path ? `${r.hostname} ${r.path}` : r.hostname;
    expect([...rules].sort(compareManagedRules).map(label)).toEqual(expected);
    expect([...rules].reverse().sort(compareManagedRules).map(label)).toEqual(
      expected,
    );
    const sorted = [...rules].sort(compareManagedRules);
    sorted.forEach((later, i) =>
      sorted
        .slice(0, i)
        .forEach(earlier => expect(shadows(earlier, later)).toBe(false)),
    );
  });

  it('recognises the catch-all', () => {
    expect(isCatchAllRule({ service: 'http_status:404' })).toBe(true);
    expect(isCatchAllRule({ hostname: '*', service: 'x' })).toBe(true);
    expect(isCatchAllRule({ hostname: '*', path: '^/x', service: 'x' })).toBe(
      false,
    );
  });
});
