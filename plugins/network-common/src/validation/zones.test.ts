import { zoneOf } from './zones';

describe('zoneOf', () => {
  const zones = ['localplus.io', 'internal.localplus.io.'];

  it('picks the most specific zone', () => {
    expect(zoneOf('a.internal.localplus.io', zones)).toBe(
      'internal.localplus.io',
    );
    expect(zoneOf('api.localplus.io', zones)).toBe('localplus.io');
    expect(zoneOf('LOCALPLUS.io.', zones)).toBe('localplus.io');
  });

  it('does not match on a bare suffix without a dot', () => {
    expect(zoneOf('evillocalplus.io', zones)).toBeUndefined();
  });
});
