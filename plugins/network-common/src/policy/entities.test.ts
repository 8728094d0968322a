import {
  entityCovers,
  entityIncludes,
  fqdnMatches,
  POD_ATOM,
} from './entities';

describe('Cilium entities', () => {
  it.each([
    ['cluster', POD_ATOM, true],
    ['cluster', 'host', true],
    ['cluster', 'kube-apiserver', true],
    ['cluster', 'world', false],
    ['all', 'world', true],
    ['world', 'host', false],
    ['host', 'remote-node', false],
    ['none', 'none', false],
  ])('%s includes %s: %s', (entity, atom, expected) => {
    expect(entityIncludes(entity, atom)).toBe(expected);
  });

  it('compares entities as listing peers', () => {
    expect(entityCovers('cluster', 'host')).toBe('yes');
    expect(entityCovers('host', 'cluster')).toBe('partial');
    expect(entityCovers('world', 'all')).toBe('partial');
    expect(entityCovers('world', 'host')).toBe('no');
  });
});

describe('toFQDNs matchPattern (layer3 "DNS based")', () => {
  it.each([
    ['*', 'anything.example.com', true],
    ['*.example.com', 'api.example.com', true],
    ['*.example.com', 'a.b.example.com', false],
    ['*.example.com', 'example.com', false],
    ['**.example.com', 'a.b.example.com', true],
    ['api.example.com.', 'API.example.com', true],
    ['sub*.example.com', 'sub-1.example.com', true],
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(fqdnMatches(pattern, name)).toBe(expected);
  });
});
