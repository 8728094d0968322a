import {
  accessApplicationsCovering,
  protectedPathOf,
  protectedPathOfRegex,
} from './access';

describe('Access and protected paths', () => {
  it.each([
    ['/admin', '/admin'],
    ['/admin/users', '/admin'],
    ['/v1/admin', '/admin'],
    ['/administration', undefined],
    ['/', undefined],
    [undefined, undefined],
  ])('protectedPathOf(%s) = %s', (path, expected) => {
    expect(protectedPathOf(path, ['/admin'])).toBe(expected);
  });

  it.each([
    ['^/admin', '/admin'],
    ['/admin', '/admin'],
    ['.*', undefined],
    ['^/api', undefined],
    [undefined, undefined],
  ])('protectedPathOfRegex(%s) = %s', (pattern, expected) => {
    expect(protectedPathOfRegex(pattern, ['/admin'])).toBe(expected);
  });

  const app = (domains: string[]) => ({
    id: domains[0],
    name: domains[0],
    domains,
    type: 'self_hosted',
    origin: { source: 'cloudflare' },
  });

  it.each([
    {
      domains: ['api.localplus.io/admin'],
      host: 'api.localplus.io',
      path: '/admin/users',
      covered: true,
    },
    {
      domains: ['api.localplus.io/admin/*'],
      host: 'api.localplus.io',
      path: '/admin',
      covered: true,
    },
    {
      domains: ['api.localplus.io/admin'],
      host: 'api.localplus.io',
      path: '/v1',
      covered: false,
    },
    {
      domains: ['grafana.localplus.io'],
      host: 'grafana.localplus.io',
      path: '/anything',
      covered: true,
    },
    {
      domains: ['*.localplus.io'],
      host: 'grafana.localplus.io',
      path: undefined,
      covered: true,
    },
    {
      domains: ['api.localplus.io/admin'],
      host: 'www.localplus.io',
      path: '/admin',
      covered: false,
    },
  ])(
    '$domains covers $host$path: $covered',
    ({ domains, host, path, covered }) => {
      expect(
        accessApplicationsCovering([app(domains)], host, path).length > 0,
      ).toBe(covered);
    },
  );
});
