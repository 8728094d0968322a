import { DEFAULT_SETTINGS, resolveSettings } from './options';

describe('resolveSettings', () => {
  it('uses the backend’s defaults without options', () => {
    expect(resolveSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('takes the template’s options and ignores malformed ones', () => {
    expect(
      resolveSettings({
        publicZones: ['example.org'],
        privateZones: [],
        dataServicesCidr: 42,
        entityNamespace: 'payments',
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      publicZones: ['example.org'],
      entityNamespace: 'payments',
    });
  });
});
