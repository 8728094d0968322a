import { pathMatches, pathPrefixMatches, routeFacts } from './routes';
import { re2MatchesAll } from '../regex';

describe('HTTPRoute reading and path matching', () => {
  it.each([
    ['/v1/ledger', '/v1/ledger', true],
    ['/v1/ledger', '/v1/ledger/entries', true],
    ['/v1/ledger', '/v1/ledgers', false],
    ['/v1/ledger/', '/v1/ledger', true],
    ['/', '/anything', true],
  ])('PathPrefix %s matches %s: %s', (prefix, path, expected) => {
    expect(pathPrefixMatches(prefix, path)).toBe(expected);
  });

  it('matches Exact and RegularExpression paths against the whole path', () => {
    expect(
      pathMatches(
        { type: 'Exact', value: '/health' },
        '/health',
        re2MatchesAll,
      ),
    ).toBe(true);
    expect(
      pathMatches(
        { type: 'Exact', value: '/health' },
        '/health/x',
        re2MatchesAll,
      ),
    ).toBe(false);
    expect(
      pathMatches(
        { type: 'RegularExpression', value: '/v[0-9]+/.*' },
        '/v2/x',
        re2MatchesAll,
      ),
    ).toBe(true);
    expect(
      pathMatches(
        { type: 'RegularExpression', value: '/v[0-9]+' },
        '/v2/x',
        re2MatchesAll,
      ),
    ).toBe(false);
  });

  it('applies the Gateway API defaults', () => {
    const facts = routeFacts({
      object: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'r', namespace: 'shop' },
        spec: {
          parentRefs: [{ name: 'public' }],
          hostnames: ['Shop.LocalPlus.io'],
          rules: [{ backendRefs: [{ name: 'shop', port: 80 }] }],
        },
      },
      origin: { source: 'gitops' },
    })!;
    expect(facts.hostnames).toEqual(['shop.localplus.io']);
    expect(facts.declaredHostnames).toEqual(['Shop.LocalPlus.io']);
    expect(facts.parentRefs).toEqual([
      {
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        namespace: 'shop',
        name: 'public',
        sectionName: undefined,
        port: undefined,
      },
    ]);
    expect(facts.rules[0].matches).toEqual([
      { path: { type: 'PathPrefix', value: '/' }, headers: [], queryParams: 0 },
    ]);
    expect(facts.rules[0].backends).toEqual([
      { group: '', kind: 'Service', namespace: 'shop', name: 'shop', port: 80 },
    ]);
  });
});
