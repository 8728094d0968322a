import type { KubernetesObject } from '@localplus/plugin-network-common';
import { isTunnelConfigMap, tunnelConfigMapScope } from './tunnelConfigMap';
import { WATCHED_KINDS } from './watchedKinds';

const configMaps = WATCHED_KINDS.find(k => k.kind === 'ConfigMap')!;

function configMap(
  name: string,
  data: Record<string, string>,
): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'platform' },
    data,
  };
}

const RULES =
  'tunnel: 6ff4\ningress:\n  - hostname: api.localplus.io\n    service: https://gw:443\n  - service: http_status:404\n';

describe('tunnelConfigMapScope', () => {
  it('lists every ConfigMap without a configured one', () => {
    expect(tunnelConfigMapScope(configMaps, { key: 'config.yaml' })).toEqual({
      path: '/api/v1/configmaps',
    });
  });

  it('lists only the configured one by namespace and name', () => {
    expect(
      tunnelConfigMapScope(configMaps, {
        namespace: 'platform',
        name: 'cloudflared-config',
        key: 'config.yaml',
      }),
    ).toEqual({
      path: '/api/v1/namespaces/platform/configmaps',
      fieldSelector: 'metadata.name=cloudflared-config',
    });
  });
});

describe('isTunnelConfigMap', () => {
  const anyTunnel = { key: 'config.yaml' };

  it('recognises a cloudflared config by its ingress list', () => {
    expect(
      isTunnelConfigMap(
        configMap('cloudflared-config', { 'config.yaml': RULES }),
        anyTunnel,
      ),
    ).toBe(true);
    expect(
      isTunnelConfigMap(
        configMap('other', { 'config.yaml': 'ingress: none\n' }),
        anyTunnel,
      ),
    ).toBe(false);
    expect(
      isTunnelConfigMap(
        configMap('other', { 'config.yaml': 'ingress:\n  - [unclosed' }),
        anyTunnel,
      ),
    ).toBe(false);
    expect(
      isTunnelConfigMap(
        configMap('other', { 'values.yaml': RULES }),
        anyTunnel,
      ),
    ).toBe(false);
    expect(
      isTunnelConfigMap(configMap('other', { 'tunnel.yml': RULES }), {
        key: 'tunnel.yml',
      }),
    ).toBe(true);
  });

  it('takes the configured one by name, whatever it holds', () => {
    const selector = {
      namespace: 'platform',
      name: 'cloudflared-config',
      key: 'config.yaml',
    };
    expect(
      isTunnelConfigMap(configMap('cloudflared-config', {}), selector),
    ).toBe(true);
    expect(
      isTunnelConfigMap(configMap('other', { 'config.yaml': RULES }), selector),
    ).toBe(false);
    expect(
      isTunnelConfigMap(configMap('cloudflared-config', {}), {
        ...selector,
        namespace: 'edge',
      }),
    ).toBe(false);
  });
});
