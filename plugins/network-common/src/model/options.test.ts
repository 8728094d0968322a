import { resolveNetworkModelOptions } from './options';

describe('resolveNetworkModelOptions', () => {
  it('fills the defaults config.d.ts documents', () => {
    expect(resolveNetworkModelOptions()).toEqual({
      zones: { public: ['localplus.io'], private: ['internal.localplus.io'] },
      gateway: { namespace: 'platform', name: 'public', sectionName: 'https' },
      tunnel: {
        id: undefined,
        defaultService: undefined,
        configMap: {
          namespace: undefined,
          name: undefined,
          key: 'config.yaml',
        },
      },
      cloudflaredSelector: { 'app.kubernetes.io/name': 'cloudflared' },
      protectedPaths: ['/admin'],
    });
  });

  it('keeps what is configured, with zones in DNS spelling', () => {
    const options = resolveNetworkModelOptions({
      zones: { public: ['Example.ORG.'] },
      gateway: { name: 'edge' },
      protectedPaths: ['/ops'],
    });
    expect(options.zones).toEqual({
      public: ['example.org'],
      private: ['internal.localplus.io'],
    });
    expect(options.gateway).toEqual({
      namespace: 'platform',
      name: 'edge',
      sectionName: 'https',
    });
    expect(options.protectedPaths).toEqual(['/ops']);
  });
});
