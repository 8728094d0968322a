import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_NETWORK_WRITE_SETTINGS,
  readNetworkWriteSettings,
} from './settings';

describe('readNetworkWriteSettings', () => {
  it('fills in the platform defaults', () => {
    expect(readNetworkWriteSettings(new ConfigReader({}))).toEqual(
      DEFAULT_NETWORK_WRITE_SETTINGS,
    );
  });

  it('reads every configured value and derives the Gateway service', () => {
    const settings = readNetworkWriteSettings(
      new ConfigReader({
        network: {
          zones: { public: ['example.com'], private: ['int.example.com'] },
          gateway: { namespace: 'gw', name: 'edge', sectionName: 'tls' },
          tunnel: { id: 't-1', configMap: { namespace: 'cf', name: 'cm' } },
          policyDefaults: {
            dataServicesCidr: '10.1.0.0/16',
            prometheusSelector: { app: 'prom' },
            prometheusNamespace: 'monitoring',
          },
          gitops: { path: '../gitops' },
          writeTarget: 'direct',
        },
      }),
    );
    expect(settings).toMatchObject({
      zones: { public: ['example.com'], private: ['int.example.com'] },
      gateway: { namespace: 'gw', name: 'edge', sectionName: 'tls' },
      tunnel: {
        id: 't-1',
        defaultService: 'https://cilium-gateway-edge.gw.svc.cluster.local:443',
        configMap: { namespace: 'cf', name: 'cm', key: 'config.yaml' },
      },
      policyDefaults: {
        dataServicesCidr: '10.1.0.0/16',
        vpcEndpointsCidr: '10.0.16.0/20',
        prometheusSelector: { app: 'prom' },
        prometheusNamespace: 'monitoring',
      },
      gitopsPath: '../gitops',
      writeTarget: 'direct',
    });
    // the direct target has no local folder to put a catalog file beside
    expect(settings.catalogOutputPath).toBeUndefined();
  });

  it('puts generated catalog files beside a local GitOps folder, or where configured', () => {
    const read = (network: object) =>
      readNetworkWriteSettings(new ConfigReader({ network })).catalogOutputPath;
    expect(read({ gitops: { path: '../../examples/gitops' } })).toBe(
      '../../examples/generated',
    );
    expect(read({ gitops: { url: 'https://github.com/x/y/tree/main' } })).toBe(
      undefined,
    );
    expect(
      read({
        gitops: { path: '../../examples/gitops' },
        catalogOutput: { path: '/srv/catalog' },
      }),
    ).toBe('/srv/catalog');
  });

  it('fails at start-up on a bad range', () => {
    expect(() =>
      readNetworkWriteSettings(
        new ConfigReader({
          network: { policyDefaults: { dataServicesCidr: '10.100.0.1/16' } },
        }),
      ),
    ).toThrow(
      'Invalid network.policyDefaults.dataServicesCidr: The data services range "10.100.0.1/16" has host bits set; did you mean "10.100.0.0/16"?',
    );
  });
});
