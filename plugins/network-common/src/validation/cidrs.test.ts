import { validateCidr } from './cidrs';

describe('validateCidr', () => {
  it.each([
    '10.100.0.0/16',
    '10.0.16.0/20',
    '0.0.0.0/0',
    '192.168.1.7/32',
    'fd00::/8',
    '2001:db8::/32',
    '::/0',
    '::1/128',
    '2001:db8:0:0:0:0:0:0/64',
    '::ffff:10.0.0.0/104',
  ])('accepts %s', cidr => {
    expect(validateCidr(cidr)).toBeUndefined();
  });

  it.each([
    ['10.100.0.0', /no prefix length.*"10.100.0.0\/32"/],
    ['10.100.0.1/16', /host bits set; did you mean "10.100.0.0\/16"/],
    ['10.0.17.0/20', /did you mean "10.0.16.0\/20"/],
    ['10.100.0.0/33', /at most 32/],
    ['10.100.0.0/', /prefix length ""/],
    ['10.100.0.0/-1', /prefix length "-1"/],
    ['10.100.0.0/016', /prefix length "016"/],
    ['10.100.0.0/a', /prefix length "a"/],
    ['256.0.0.0/8', /valid IPv4 address/],
    ['10.0.0/8', /valid IPv4 address/],
    ['010.0.0.0/8', /valid IPv4 address/],
    ['10.0.0.0.0/8', /valid IPv4 address/],
    ['localhost/8', /valid IPv4 address/],
    ['', /no prefix length/],
    ['fd00::/129', /at most 128/],
    ['fd00:::1/64', /valid IPv6 address/],
    ['fd00::1::2/64', /valid IPv6 address/],
    ['gd00::/8', /valid IPv6 address/],
    ['1:2:3:4:5:6:7/64', /valid IPv6 address/],
    ['1:2:3:4:5:6:7::8/64', /valid IPv6 address/],
    ['fd00::1/8', /did you mean "fd00::\/8"/],
    ['2001:db8::1:0:0:1/64', /did you mean "2001:db8::\/64"/],
  ])('refuses %j', (cidr, message) => {
    expect(validateCidr(cidr)).toMatch(message);
  });
});
