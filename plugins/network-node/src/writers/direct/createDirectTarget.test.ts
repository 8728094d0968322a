import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createDirectTarget } from './createDirectTarget';

const cluster = (name: string) => ({
  name,
  url: 'https://k8s.example.com',
  authProvider: 'serviceAccount',
  serviceAccountToken: 't',
});
const options = (data: object) => ({
  config: new ConfigReader(data),
  logger: mockServices.logger.mock(),
  privateZones: ['internal.localplus.io'],
  lock: { withLock: <T>(_: string, fn: () => Promise<T>) => fn() },
  owners: {
    list: async () => new Map<string, string>(),
    set: async () => {},
    remove: async () => {},
  },
});
const kubernetes = (...names: string[]) => ({
  clusterLocatorMethods: [{ type: 'config', clusters: names.map(cluster) }],
});

describe('createDirectTarget', () => {
  it.each([
    ['no cluster', {}],
    ['the live source off', { kubernetes: kubernetes('prod') }],
    [
      'two clusters',
      {
        kubernetes: kubernetes('prod', 'dr'),
        network: { kubernetes: { enabled: true } },
      },
    ],
  ])('refuses to start with %s', (_, data) => {
    expect(() => createDirectTarget(options(data))).toThrow(
      /needs?|configure exactly one cluster/,
    );
  });

  it('builds only the writers whose provider is configured', async () => {
    const target = createDirectTarget(
      options({
        kubernetes: kubernetes('prod'),
        network: { kubernetes: { enabled: true } },
      }),
    );
    expect(target.tunnel).toBeUndefined();
    await expect(
      target.writer.plan([
        {
          type: 'put-private-record',
          system: 'dns-private',
          name: 'x.internal.localplus.io',
          recordType: 'CNAME',
          values: ['x'],
          ttl: 60,
          owner: 'component:default/x',
        },
      ]),
    ).rejects.toMatchObject({ name: 'ServiceUnavailableError' });
  });
});
