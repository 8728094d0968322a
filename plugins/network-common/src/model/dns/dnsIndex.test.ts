import type { DnsRecord } from '../sources';
import { DnsIndex, tunnelIdOfRecord } from './dnsIndex';

const record = (
  name: string,
  values: string[],
  extra: Partial<DnsRecord> = {},
): DnsRecord => ({
  name,
  type: 'CNAME',
  values,
  zone: 'localplus.io',
  visibility: 'public',
  provider: 'cloudflare',
  origin: { source: 'cloudflare' },
  ...extra,
});

describe('DnsIndex', () => {
  const index = new DnsIndex([
    record('api.localplus.io', ['t1.cfargotunnel.com']),
    record('*.localplus.io', ['t2.cfargotunnel.com']),
    record('b.localplus.io', ['x.example.com']),
    record('*.c.localplus.io', ['t3.cfargotunnel.com']),
    record('api.localplus.io', ['10.0.0.1'], {
      type: 'A',
      visibility: 'private',
      zone: 'internal',
    }),
  ]);

  it.each([
    ['api.localplus.io', 'public', ['t1.cfargotunnel.com']],
    ['new.localplus.io', 'public', ['t2.cfargotunnel.com']],
    ['x.y.localplus.io', 'public', ['t2.cfargotunnel.com']],
    ['d.c.localplus.io', 'public', ['t3.cfargotunnel.com']],
    ['d.b.localplus.io', 'public', []],
    ['api.localplus.io', 'private', ['10.0.0.1']],
    ['nothing.example.org', undefined, []],
  ] as const)('resolve(%s, %s)', (name, visibility, values) => {
    expect(index.resolve(name, visibility).flatMap(r => r.values)).toEqual(
      values,
    );
  });

  it('reads the tunnel id of a CNAME to the tunnel only', () => {
    expect(tunnelIdOfRecord(record('a', ['6ff4.cfargotunnel.com']))).toBe(
      '6ff4',
    );
    expect(
      tunnelIdOfRecord(record('a', ['6ff4.cfargotunnel.com'], { type: 'TXT' })),
    ).toBeUndefined();
    expect(tunnelIdOfRecord(record('a', ['lb.example.com']))).toBeUndefined();
  });
});
