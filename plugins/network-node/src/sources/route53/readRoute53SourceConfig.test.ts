import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readRoute53SourceConfig } from './readRoute53SourceConfig';

const read = (network: object) =>
  readRoute53SourceConfig(new ConfigReader({ network }));

describe('readRoute53SourceConfig', () => {
  it('is off without the section', () => {
    expect(read({})).toBeUndefined();
  });

  it('defaults everything', () => {
    expect(read({ route53: {} })).toEqual({
      accountId: undefined,
      region: 'us-east-1',
      hostedZoneIds: undefined,
      endpoint: undefined,
    });
  });

  it('reads every field and accepts both forms of zone id', () => {
    expect(
      read({
        route53: {
          accountId: '123456789012',
          region: 'eu-west-1',
          hostedZoneIds: ['Z0PRIVATE1', '/hostedzone/Z0PRIVATE2'],
          endpoint: 'http://127.0.0.1:4566',
        },
      }),
    ).toEqual({
      accountId: '123456789012',
      region: 'eu-west-1',
      hostedZoneIds: ['Z0PRIVATE1', 'Z0PRIVATE2'],
      endpoint: 'http://127.0.0.1:4566',
    });
  });

  it('refuses an endpoint that is not a URL', () => {
    expect(() => read({ route53: { endpoint: 'nope' } })).toThrow(InputError);
  });
});
