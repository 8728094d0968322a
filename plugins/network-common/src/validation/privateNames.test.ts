import { defaultPrivateName, validatePrivateName } from './privateNames';

const PRIVATE = ['internal.localplus.io'];

describe('validatePrivateName', () => {
  it.each(['svc-ledger.internal.localplus.io', 'a.b.internal.localplus.io'])(
    'accepts %s',
    name => {
      expect(validatePrivateName(name, PRIVATE)).toBeUndefined();
    },
  );

  it.each([
    ['', /is empty/],
    ['internal.localplus.io', /is the zone itself/],
    ['svc-ledger.localplus.io', /not in a private zone/],
    ['svc-ledger.internal.localplus.io.evil.com', /not in a private zone/],
    ['*.internal.localplus.io', /may not contain a wildcard/],
    ['svc_ledger.internal.localplus.io', /label "svc_ledger"/],
    ['svc-ledger.internal.localplus.io:53', /port/],
    ['Svc.internal.localplus.io', /upper-case/],
  ])('refuses %j', (name, message) => {
    expect(validatePrivateName(name, PRIVATE)).toMatch(message);
  });
});

describe('defaultPrivateName', () => {
  it('puts the service under the first private zone', () => {
    expect(defaultPrivateName('svc-x', ['internal.localplus.io.'])).toBe(
      'svc-x.internal.localplus.io',
    );
    expect(defaultPrivateName('svc-x', [])).toBeUndefined();
  });
});
