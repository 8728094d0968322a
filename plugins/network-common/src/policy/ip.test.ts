import {
  formatIPv4,
  Ipv4Ranges,
  looksLikeIPv6,
  parseCidr,
  parseIPv4,
} from './ip';

describe('IPv4 parsing', () => {
  it.each([
    ['10.0.0.1', 167772161],
    ['255.255.255.255', 4294967295],
    ['256.0.0.1', undefined],
    ['10.0.0', undefined],
    ['a.b.c.d', undefined],
  ])('parseIPv4(%s)', (text, value) => {
    expect(parseIPv4(text)).toBe(value);
  });

  it('formats back to dotted quads', () => {
    expect(formatIPv4(parseIPv4('192.168.10.7')!)).toBe('192.168.10.7');
  });

  it('parses CIDRs, masking host bits like Go ParseCIDR', () => {
    expect(parseCidr('10.0.16.5/20')).toEqual({
      family: 4,
      first: parseIPv4('10.0.16.0'),
      last: parseIPv4('10.0.31.255'),
    });
    expect(parseCidr('8.8.8.8')).toEqual({
      family: 4,
      first: parseIPv4('8.8.8.8'),
      last: parseIPv4('8.8.8.8'),
    });
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(parseCidr('2001:DB8::/32')).toEqual({
      family: 6,
      text: '2001:db8::/32',
    });
    expect(looksLikeIPv6('::1')).toBe(true);
  });
});

describe('Ipv4Ranges', () => {
  const r = (cidr: string) => {
    const c = parseCidr(cidr) as { first: number; last: number };
    return Ipv4Ranges.of(c.first, c.last);
  };

  it('subtracts an except range, leaving two pieces', () => {
    expect(r('10.0.0.0/8').subtract(r('10.96.0.0/12')).toRanges()).toEqual([
      { first: '10.0.0.0', last: '10.95.255.255' },
      { first: '10.112.0.0', last: '10.255.255.255' },
    ]);
  });

  it('merges adjacent ranges in a union', () => {
    expect(r('0.0.0.0/1').union(r('128.0.0.0/1')).isAll()).toBe(true);
    expect(
      r('10.0.0.0/9').union(r('10.128.0.0/9')).equals(r('10.0.0.0/8')),
    ).toBe(true);
  });

  it('answers contains, covers and overlaps', () => {
    expect(r('10.0.0.0/8').containsAddress(parseIPv4('10.2.3.4')!)).toBe(true);
    expect(r('10.0.0.0/8').covers(r('10.1.0.0/16'))).toBe(true);
    expect(r('10.1.0.0/16').covers(r('10.0.0.0/8'))).toBe(false);
    expect(r('10.1.0.0/16').overlaps(r('10.0.0.0/8'))).toBe(true);
    expect(r('11.0.0.0/8').overlaps(r('10.0.0.0/8'))).toBe(false);
  });
});
