import { validatePublicHostname } from './hostnames';

const PUBLIC = ['localplus.io'];
const PRIVATE = ['internal.localplus.io'];

describe('validatePublicHostname', () => {
  it.each([
    'api.localplus.io',
    'localplus.io',
    'shop.eu.localplus.io',
    '*.shop.localplus.io',
    'a-b.localplus.io',
  ])('accepts %s', hostname => {
    expect(validatePublicHostname(hostname, PUBLIC, PRIVATE)).toBeUndefined();
  });

  it.each([
    ['', /is empty/],
    ['api.localplus.io:443', /port/],
    ['https://api.localplus.io', /scheme.*"api.localplus.io"/],
    ['api.localplus.io/v1', /contains "\/"/],
    ['API.localplus.io', /upper-case/],
    ['api.localplus.io.', /trailing dot/],
    ['api.*.localplus.io', /wildcard may only be the first label/],
    ['a*.localplus.io', /inside a label/],
    ['*.localplus.io', /every name of the zone/],
    ['*.io', /two labels after/],
    ['api..localplus.io', /empty label/],
    ['.localplus.io', /empty label/],
    ['-api.localplus.io', /label "-api"/],
    ['api_v1.localplus.io', /label "api_v1"/],
    [`${'a'.repeat(64)}.localplus.io`, /longer than 63/],
    [`${'a.'.repeat(130)}localplus.io`, /longer than 253/],
    [
      'api.example.com',
      /not in a public zone of the platform \(localplus.io\)/,
    ],
    ['notlocalplus.io', /not in a public zone/],
    ['x.internal.localplus.io', /private zone internal.localplus.io/],
    ['api.localplus.io ', /label/],
  ])('refuses %j', (hostname, message) => {
    expect(validatePublicHostname(hostname, PUBLIC, PRIVATE)).toMatch(message);
  });

  it('says when no public zone is configured', () => {
    expect(validatePublicHostname('api.localplus.io', [])).toMatch(
      /none configured/,
    );
  });
});
