import { kubernetesFormats } from './formats';

describe('kubernetesFormats', () => {
  const { cidr, ipv4, ipv6, hostname } = kubernetesFormats;

  it.each([
    ['10.0.0.0/8', true],
    ['192.168.1.7/32', true],
    ['010.0.0.0/8', true], // Go's sloppy parser allows leading zeros
    ['2001:db8::/32', true],
    ['::/0', true],
    ['10.0.0.0/33', false],
    ['2001:db8::/129', false],
    ['10.0.0/8', false],
    ['10.0.0.0', false],
    ['10.0.0.0/', false],
    ['256.0.0.0/8', false],
    ['fe80::1%eth0/64', false],
    ['not-a-cidr', false],
  ])('cidr %s → %s', (value, expected) => {
    expect(cidr(value)).toBe(expected);
  });

  it('checks IP addresses', () => {
    expect(ipv4('10.1.2.3')).toBe(true);
    expect(ipv4('10.1.2')).toBe(false);
    expect(ipv4('::1')).toBe(false);
    expect(ipv6('::1')).toBe(true);
    expect(ipv6('fe80::1%eth0')).toBe(false);
    expect(ipv6('10.1.2.3')).toBe(false);
  });

  it('checks hostnames', () => {
    expect(hostname('api.localplus.io')).toBe(true);
    expect(hostname('localhost')).toBe(true);
    expect(hostname('-bad.example.com')).toBe(false);
    expect(hostname('a'.repeat(256))).toBe(false);
  });

  it('checks date-times', () => {
    expect(kubernetesFormats['date-time']('2026-01-02T03:04:05Z')).toBe(true);
    expect(kubernetesFormats['date-time']('2026-01-02T03:04:05.5+01:00')).toBe(
      true,
    );
    expect(kubernetesFormats['date-time']('2026-01-02')).toBe(false);
  });
});
