import {
  clusterServiceName,
  hostnameMatches,
  intersectHostnames,
  isPrivateAddress,
  longestZone,
  normalizeDnsName,
  parseClusterServiceName,
} from './names';

describe('names', () => {
  it.each([
    ['Api.LocalPlus.io.', 'api.localplus.io'],
    ['\\052.localplus.io.', '*.localplus.io'],
    [' www.localplus.io ', 'www.localplus.io'],
  ])('normalizeDnsName(%s) = %s', (input, expected) => {
    expect(normalizeDnsName(input)).toBe(expected);
  });

  it.each([
    ['api.localplus.io', 'api.localplus.io', true],
    ['*.localplus.io', 'api.localplus.io', true],
    ['*.localplus.io', 'a.b.localplus.io', true],
    ['*.localplus.io', 'localplus.io', false],
    ['*.localplus.io', '*.api.localplus.io', true],
    ['api.localplus.io', '*.localplus.io', false],
    ['api.localplus.io', 'www.localplus.io', false],
  ])('hostnameMatches(%s, %s) = %s', (pattern, host, expected) => {
    expect(hostnameMatches(pattern, host)).toBe(expected);
  });

  it.each([
    {
      route: ['api.localplus.io'],
      listener: '*.localplus.io',
      expected: ['api.localplus.io'],
    },
    {
      route: ['*.localplus.io'],
      listener: 'api.localplus.io',
      expected: ['api.localplus.io'],
    },
    { route: ['api.example.org'], listener: '*.localplus.io', expected: [] },
    { route: [], listener: '*.localplus.io', expected: ['*.localplus.io'] },
    {
      route: ['a.io', 'b.io'],
      listener: undefined,
      expected: ['a.io', 'b.io'],
    },
    { route: [], listener: undefined, expected: ['*'] },
    {
      route: ['*.localplus.io'],
      listener: '*.api.localplus.io',
      expected: ['*.api.localplus.io'],
    },
  ])('route $route ∩ listener $listener', ({ route, listener, expected }) => {
    expect(intersectHostnames(route, listener)).toEqual(expected);
  });

  it('picks the most specific zone', () => {
    const zones = ['localplus.io', 'internal.localplus.io'];
    expect(longestZone('a.internal.localplus.io', zones)).toBe(
      'internal.localplus.io',
    );
    expect(longestZone('api.localplus.io', zones)).toBe('localplus.io');
    expect(longestZone('localplus.io', zones)).toBe('localplus.io');
    expect(longestZone('example.org', zones)).toBeUndefined();
  });

  it.each([
    [
      'svc-ledger.svc-ledger.svc.cluster.local',
      {},
      { name: 'svc-ledger', namespace: 'svc-ledger' },
    ],
    ['grafana.platform.svc', {}, { name: 'grafana', namespace: 'platform' }],
    [
      'grafana.platform',
      { namespaces: new Set(['platform']) },
      { name: 'grafana', namespace: 'platform' },
    ],
    ['example.com', { namespaces: new Set(['platform']) }, undefined],
    [
      'grafana',
      { defaultNamespace: 'platform' },
      { name: 'grafana', namespace: 'platform' },
    ],
    ['grafana', {}, undefined],
  ])('parseClusterServiceName(%s)', (host, options, expected) => {
    expect(parseClusterServiceName(host, options)).toEqual(expected);
  });

  it('writes and recognises cluster names and private addresses', () => {
    expect(clusterServiceName('a', 'b')).toBe('a.b.svc.cluster.local');
    expect(
      ['10.1.2.3', '172.20.0.1', '192.168.1.1', '100.64.0.1', 'fd00::1'].map(
        isPrivateAddress,
      ),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['8.8.8.8', '172.32.0.1', 'example.com'].map(isPrivateAddress),
    ).toEqual([false, false, false]);
  });
});
