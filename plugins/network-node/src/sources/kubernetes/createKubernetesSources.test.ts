import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { createKubernetesSources } from './createKubernetesSources';

const clusters = [
  {
    name: 'prod',
    url: 'https://prod.example.com',
    authProvider: 'serviceAccount',
    serviceAccountToken: 't',
  },
  {
    name: 'staging',
    url: 'https://staging.example.com',
    authProvider: 'serviceAccount',
    serviceAccountToken: 't',
  },
  { name: 'aks', url: 'https://aks.example.com', authProvider: 'azure' },
];
const kubernetes = { clusterLocatorMethods: [{ type: 'config', clusters }] };

describe('createKubernetesSources', () => {
  it('creates nothing while network.kubernetes.enabled is off', () => {
    const logger = mockServices.logger.mock();
    const config = new ConfigReader({ kubernetes });
    expect(createKubernetesSources({ config, logger })).toEqual([]);
  });

  it('creates one live source per readable cluster and logs the rest', () => {
    const logger = mockServices.logger.mock();
    const config = new ConfigReader({
      kubernetes,
      network: { kubernetes: { enabled: true } },
    });
    const sources = createKubernetesSources({ config, logger });
    expect(sources.map(s => [s.id, s.state])).toEqual([
      ['kubernetes:prod', 'live'],
      ['kubernetes:staging', 'live'],
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Kubernetes cluster "aks" uses authProvider azure; the network suite supports only serviceAccount; skipped',
    );
  });
});
