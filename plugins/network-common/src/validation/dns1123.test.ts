import { validateDns1123Label } from './dns1123';

describe('validateDns1123Label', () => {
  it.each(['svc-ledger', 'a', 'x1', '1x', 'a'.repeat(63), 'svc-2-b'])(
    'accepts %s',
    name => {
      expect(validateDns1123Label(name)).toBeUndefined();
    },
  );

  it.each([
    ['', /is empty/],
    ['Svc-Ledger', /upper-case.*"svc-ledger"/],
    ['svc_ledger', /only lower-case letters, digits and "-"/],
    ['svc.ledger', /only lower-case letters/],
    ['svc ledger', /only lower-case letters/],
    ['-svc', /start and end with a letter or a digit/],
    ['svc-', /start and end/],
    ['a'.repeat(64), /64 characters long; at most 63/],
    ['svc/ledger', /only lower-case/],
    ['ünïcode', /only lower-case/],
  ])('refuses %j', (name, message) => {
    expect(validateDns1123Label(name)).toMatch(message);
  });

  it('names the field in the message', () => {
    expect(validateDns1123Label('A', 'service name')).toMatch(
      /^The service name "A"/,
    );
  });
});
