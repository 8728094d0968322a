import { compileL7 } from './l7';

describe('L7 parts of a toPorts entry (layer7)', () => {
  it('has no L7 part without rules', () => {
    expect(compileL7({ ports: [] })).toEqual({ dns: false });
  });

  it('an HTTP rule with a constraint restricts', () => {
    const { spec } = compileL7({
      rules: { http: [{ method: 'GET', path: '/v1' }, { method: 'POST' }] },
    });
    expect(spec).toEqual({
      restrictive: true,
      description: 'HTTP requests matching GET /v1 or POST any path',
    });
  });

  it('an HTTP rule without constraint lets every request through', () => {
    expect(compileL7({ rules: { http: [{}] } }).spec?.restrictive).toBe(false);
  });

  it('DNS matchPattern "*" is proxied but not restrictive; names are', () => {
    expect(compileL7({ rules: { dns: [{ matchPattern: '*' }] } })).toEqual({
      spec: {
        restrictive: false,
        description: 'DNS (every name, via the DNS proxy)',
      },
      dns: true,
    });
    expect(
      compileL7({ rules: { dns: [{ matchName: 'a.example.com' }] } }).spec
        ?.description,
    ).toBe('DNS queries for a.example.com');
  });

  it('Kafka, generic L7, Envoy listeners and SNI all restrict', () => {
    expect(
      compileL7({ rules: { kafka: [{ topic: 't' }] } }).spec?.restrictive,
    ).toBe(true);
    expect(
      compileL7({ rules: { l7proto: 'r2d2', l7: [{ cmd: 'READ' }] } }).spec
        ?.restrictive,
    ).toBe(true);
    expect(
      compileL7({ listener: { name: 'l', envoyConfig: { name: 'cfg' } } }).spec
        ?.description,
    ).toContain('cfg/l');
    expect(
      compileL7({ serverNames: ['api.example.com'] }).spec?.description,
    ).toContain('SNI api.example.com');
  });
});
