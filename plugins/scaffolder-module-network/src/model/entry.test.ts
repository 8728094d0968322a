import { publicEntry, publicUrl } from './entry';
import { readNetworkExposure } from './value';

const zones = ['localplus.io'];

describe('publicEntry', () => {
  it('puts a shared service under api.<first public zone>/v1/<name>', () => {
    const entry = publicEntry(readNetworkExposure({}), 'svc-shop', zones);
    expect(entry).toEqual({
      hostname: 'api.localplus.io',
      path: '/v1/svc-shop',
    });
    expect(publicUrl(entry!)).toBe('https://api.localplus.io/v1/svc-shop');
  });

  it('has no default path without a name', () => {
    expect(publicEntry(readNetworkExposure({}), undefined, zones)).toEqual({
      hostname: 'api.localplus.io',
    });
  });

  it('puts an own hostname at / unless a path is given', () => {
    const value = readNetworkExposure({
      exposure: { mode: 'own', hostname: 'shop.localplus.io' },
    });
    const entry = publicEntry(value, 'svc-shop', zones);
    expect(entry).toEqual({ hostname: 'shop.localplus.io', path: '/' });
    expect(publicUrl(entry!)).toBe('https://shop.localplus.io');
  });

  it('has none for an internal service', () => {
    expect(
      publicEntry(
        readNetworkExposure({ exposure: { mode: 'internal' } }),
        'svc-shop',
        zones,
      ),
    ).toBeUndefined();
  });
});
