import {
  normaliseGatewayPathPrefix,
  validateGatewayPath,
} from './gatewayPaths';

describe('validateGatewayPath', () => {
  it.each([
    '/',
    '/v1/ledger',
    '/v1/ledger/',
    '/health',
    "/a-b_c.d~e!$&'()*+,;=:@",
    '/caf%C3%A9',
    '/..x',
    '/x..',
  ])('accepts %s', path => {
    expect(validateGatewayPath(path)).toBeUndefined();
  });

  it.each([
    ['', /is empty/],
    ['v1/ledger', /must start with "\/", e.g. "\/v1\/ledger"/],
    ['//v1', /"\/\/"/],
    ['/v1//ledger', /"\/\/"/],
    ['/v1/./ledger', /"\." segment/],
    ['/v1/.', /"\." segment/],
    ['/v1/../admin', /"\.\." segment/],
    ['/v1/..', /"\.\." segment/],
    ['/v1%2fadmin', /encoded slash/],
    ['/v1%2Fadmin', /encoded slash/],
    ['/v1#top', /"#"/],
    ['/v1?x=1', /query strings/],
    ['/v1 ledger', /contains " "/],
    ['/v1/"x"', /contains """/],
    ['/v1/%zz', /"%" that is not followed by two hexadecimal/],
    ['/v1/%4', /"%" that is not followed/],
    ['/v1/<script>', /contains "<"/],
    [`/${'a'.repeat(1024)}`, /1025 characters long/],
  ])('refuses %j', (path, message) => {
    expect(validateGatewayPath(path)).toMatch(message);
  });
});

describe('normaliseGatewayPathPrefix', () => {
  it('drops trailing slashes but keeps the root', () => {
    expect(normaliseGatewayPathPrefix('/v1/x/')).toBe('/v1/x');
    expect(normaliseGatewayPathPrefix('/v1/x')).toBe('/v1/x');
    expect(normaliseGatewayPathPrefix('/')).toBe('/');
  });
});
