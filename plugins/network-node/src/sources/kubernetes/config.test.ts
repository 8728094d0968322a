import { ConfigReader } from '@backstage/config';
import { readKubernetesSourceConfig } from './config';

function read(data: object) {
  return readKubernetesSourceConfig(new ConfigReader(data));
}

const locators = (clusters: object[], extra: object[] = []) => ({
  kubernetes: {
    clusterLocatorMethods: [{ type: 'config', clusters }, ...extra],
  },
});

const prod = {
  name: 'prod',
  url: 'https://k8s.example.com/',
  authProvider: 'serviceAccount',
  serviceAccountToken: 'secret',
  caData: 'Q0E=',
};

describe('readKubernetesSourceConfig', () => {
  it('is off by default, and then reads no cluster', () => {
    expect(read(locators([prod]))).toEqual({
      enabled: false,
      clusters: [],
      tunnelConfigMap: { key: 'config.yaml' },
      warnings: [],
    });
  });

  it('reads the config clusters of the Kubernetes plugin', () => {
    const config = read({
      ...locators(
        [
          prod,
          {
            name: 'staging',
            url: 'http://127.0.0.1:8001',
            skipTLSVerify: true,
            authMetadata: { 'kubernetes.io/auth-provider': 'serviceAccount' },
          },
        ],
        [{ type: 'catalog' }],
      ),
      network: {
        kubernetes: { enabled: true },
        tunnel: {
          configMap: { namespace: 'platform', name: 'cloudflared-config' },
        },
      },
    });
    expect(config.clusters).toEqual([
      {
        name: 'prod',
        url: 'https://k8s.example.com',
        serviceAccountToken: 'secret',
        skipTLSVerify: false,
        caData: 'Q0E=',
      },
      { name: 'staging', url: 'http://127.0.0.1:8001', skipTLSVerify: true },
    ]);
    expect(config.tunnelConfigMap).toEqual({
      namespace: 'platform',
      name: 'cloudflared-config',
      key: 'config.yaml',
    });
    expect(config.warnings).toEqual([
      'kubernetes cluster locator of type catalog is not read by the network suite; only type config is',
    ]);
  });

  it('skips clusters with another auth provider, unless they are asked for', () => {
    const gke = {
      name: 'gke',
      url: 'https://gke.example.com',
      authProvider: 'google',
    };
    const all = read({
      ...locators([prod, gke]),
      network: { kubernetes: { enabled: true } },
    });
    expect(all.clusters.map(c => c.name)).toEqual(['prod']);
    expect(all.warnings).toEqual([
      'Kubernetes cluster "gke" uses authProvider google; the network suite supports only serviceAccount; skipped',
    ]);

    expect(() =>
      read({
        ...locators([prod, gke]),
        network: { kubernetes: { enabled: true, clusters: ['gke'] } },
      }),
    ).toThrow(
      'network.kubernetes.clusters lists it, but Kubernetes cluster "gke" uses authProvider google',
    );
  });

  it('keeps only the clusters listed in network.kubernetes.clusters', () => {
    const other = { ...prod, name: 'other' };
    const config = read({
      ...locators([prod, other]),
      network: { kubernetes: { enabled: true, clusters: ['other'] } },
    });
    expect(config.clusters.map(c => c.name)).toEqual(['other']);
  });

  it('refuses configuration that cannot work', () => {
    const enabled = {
      network: { kubernetes: { enabled: true, clusters: ['missing'] } },
    };
    expect(() => read({ ...locators([prod]), ...enabled })).toThrow(
      'network.kubernetes.clusters lists "missing", which kubernetes.clusterLocatorMethods does not configure',
    );
    const on = { network: { kubernetes: { enabled: true } } };
    expect(() => read({ ...locators([prod, prod]), ...on })).toThrow(
      'Duplicate Kubernetes cluster name "prod"',
    );
    expect(() =>
      read({ ...locators([{ ...prod, url: 'http://k8s' }]), ...on }),
    ).toThrow(
      'Kubernetes cluster "prod" has a plain http url; the client refuses it unless skipTLSVerify is true',
    );
  });

  it('warns when enabled without any readable cluster', () => {
    expect(
      read({ network: { kubernetes: { enabled: true } } }).warnings,
    ).toEqual([
      'network.kubernetes.enabled is true, but no cluster can be read; the live Kubernetes source is off',
    ]);
  });
});
