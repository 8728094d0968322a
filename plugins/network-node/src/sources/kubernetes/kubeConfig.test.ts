import { IN_CLUSTER_TOKEN_FILE, createKubeConfig } from './kubeConfig';

describe('createKubeConfig', () => {
  const cluster = {
    name: 'prod',
    url: 'https://k8s.example.com',
    skipTLSVerify: false,
    caData: 'Q0E=',
  };

  it('uses the configured service account token', () => {
    const kc = createKubeConfig({ ...cluster, serviceAccountToken: 'secret' });
    expect(kc.getCurrentCluster()).toMatchObject({
      name: 'prod',
      server: 'https://k8s.example.com',
      caData: 'Q0E=',
      skipTLSVerify: false,
    });
    expect(kc.getCurrentUser()).toMatchObject({ token: 'secret' });
  });

  it("falls back to the pod's own token file, re-read as it rotates", () => {
    const kc = createKubeConfig(cluster);
    expect(kc.getCurrentUser()?.authProvider).toEqual({
      name: 'tokenFile',
      config: { tokenFile: IN_CLUSTER_TOKEN_FILE },
    });
  });
});
