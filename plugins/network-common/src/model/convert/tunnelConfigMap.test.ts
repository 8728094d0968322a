import type { KubernetesObject } from '../sources';
import {
  parseTunnelConfig,
  readTunnelConfigMap,
  tunnelFromConfigMap,
} from './tunnelConfigMap';

const origin = { source: 'gitops', file: 'platform/cloudflared.yaml', line: 3 };

const configMap = (data: Record<string, string>): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'cloudflared-config', namespace: 'platform' },
  data,
});

const CONFIG = `tunnel: 6ff42ae2-765d-4adf-8112-31c55c1551ef
credentials-file: /etc/cloudflared/creds/credentials.json
ingress:
  - hostname: Grafana.LocalPlus.io
    service: http://grafana.platform.svc.cluster.local:3000
  - hostname: api.localplus.io
    path: ^/admin
    service: https://cilium-gateway-public.platform.svc.cluster.local:443
    originRequest:
      noTLSVerify: true
  - hostname: "*"
    service: http_status:404
`;

describe('tunnelFromConfigMap', () => {
  it('reads the tunnel id and the rules in first-match order', () => {
    expect(
      tunnelFromConfigMap(configMap({ 'config.yaml': CONFIG }), origin),
    ).toEqual({
      tunnelId: '6ff42ae2-765d-4adf-8112-31c55c1551ef',
      management: 'local',
      origin,
      rules: [
        {
          position: 0,
          hostname: 'grafana.localplus.io',
          service: 'http://grafana.platform.svc.cluster.local:3000',
        },
        {
          position: 1,
          hostname: 'api.localplus.io',
          path: '^/admin',
          service:
            'https://cilium-gateway-public.platform.svc.cluster.local:443',
          originRequest: { noTLSVerify: true },
        },
        { position: 2, hostname: '*', service: 'http_status:404' },
      ],
    });
  });

  it.each<{
    name: string;
    data: Record<string, string>;
    key: string | undefined;
    found: boolean;
  }>([
    {
      name: 'configured key',
      data: { 'tunnel.yml': CONFIG },
      key: 'tunnel.yml',
      found: true,
    },
    {
      name: 'config.yml fallback',
      data: { 'config.yml': CONFIG },
      key: undefined,
      found: true,
    },
    {
      name: 'no cloudflared file',
      data: { 'app.properties': 'a=b' },
      key: undefined,
      found: false,
    },
    {
      name: 'YAML without ingress',
      data: { 'config.yaml': 'tunnel: x\n' },
      key: undefined,
      found: false,
    },
  ])('finds the configuration: $name', ({ data, key, found }) => {
    expect(
      tunnelFromConfigMap(configMap(data), origin, key) !== undefined,
    ).toBe(found);
  });

  it('reports what it cannot read, with the file and line of the ConfigMap', () => {
    const broken = readTunnelConfigMap(
      configMap({ 'config.yaml': 'ingress: [\n' }),
      origin,
    );
    expect(broken.tunnel).toBeUndefined();
    expect(broken.problems).toEqual([
      expect.objectContaining({
        file: origin.file,
        line: 3,
        message: expect.stringContaining(
          'ConfigMap platform/cloudflared-config config.yaml: cloudflared configuration is not valid YAML',
        ),
      }),
    ]);
    const partial = parseTunnelConfig(
      'ingress:\n  - hostname: a.io\n  - service: http_status:404\n',
      origin,
    );
    expect(partial.tunnel?.rules).toEqual([
      { position: 1, service: 'http_status:404' },
    ]);
    expect(partial.problems.map(p => p.message)).toEqual([
      'cloudflared configuration names no tunnel',
      'ingress rule #0 has no service',
    ]);
  });
});
