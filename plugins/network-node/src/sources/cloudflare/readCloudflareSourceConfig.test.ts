import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readCloudflareSourceConfig } from './readCloudflareSourceConfig';

const read = (network: object) =>
  readCloudflareSourceConfig(new ConfigReader({ network }));

describe('readCloudflareSourceConfig', () => {
  it('is off without the section', () => {
    expect(read({})).toBeUndefined();
    expect(readCloudflareSourceConfig(new ConfigReader({}))).toBeUndefined();
  });

  it('reads every field', () => {
    expect(
      read({
        cloudflare: {
          apiToken: 't',
          accountId: 'acc',
          zones: [{ name: 'LocalPlus.io.', id: 'z1' }, { name: 'other.io' }],
          tunnelIds: ['tun-1'],
          baseUrl: 'http://127.0.0.1:9999/client/v4/',
        },
      }),
    ).toEqual({
      apiToken: 't',
      accountId: 'acc',
      zones: [
        { name: 'localplus.io', id: 'z1' },
        { name: 'other.io', id: undefined },
      ],
      tunnelIds: ['tun-1'],
      baseUrl: 'http://127.0.0.1:9999/client/v4',
    });
  });

  it('defaults zones to the public zones, then to localplus.io', () => {
    expect(
      read({
        zones: { public: ['a.io', 'b.io'] },
        cloudflare: { apiToken: 't', accountId: 'acc' },
      }),
    ).toMatchObject({
      zones: [{ name: 'a.io' }, { name: 'b.io' }],
      tunnelIds: [],
      baseUrl: 'https://api.cloudflare.com/client/v4',
    });
    expect(
      read({ cloudflare: { apiToken: 't', accountId: 'acc' } }),
    ).toMatchObject({
      zones: [{ name: 'localplus.io' }],
    });
  });

  it('names the missing key', () => {
    expect(() => read({ cloudflare: { accountId: 'acc' } })).toThrow(
      /network\.cloudflare\.apiToken/,
    );
  });

  it('refuses a base URL that is not one', () => {
    expect(() =>
      read({ cloudflare: { apiToken: 't', accountId: 'a', baseUrl: 'nope' } }),
    ).toThrow(InputError);
  });
});
