import type { Config } from '@backstage/config';
import type { NetworkModelOptions } from '@localplus/plugin-network-common';

function readStringMap(config: Config, key: string) {
  const section = config.getOptionalConfig(key);
  if (!section) return undefined;
  return Object.fromEntries(section.keys().map(k => [k, section.getString(k)]));
}

/**
 * Reads the parts of `network.*` the model needs (zones, the shared Gateway, the tunnel,
 * cloudflared's pods, protected paths). Absent keys keep the model's defaults.
 */
export function readNetworkModelOptions(config: Config): NetworkModelOptions {
  const network = config.getOptionalConfig('network');
  if (!network) return {};
  const gateway = network.getOptionalConfig('gateway');
  const tunnel = network.getOptionalConfig('tunnel');
  const configMap = tunnel?.getOptionalConfig('configMap');
  const options: NetworkModelOptions = {
    zones: {
      public: network.getOptionalStringArray('zones.public'),
      private: network.getOptionalStringArray('zones.private'),
    },
    gateway: gateway && {
      namespace: gateway.getOptionalString('namespace'),
      name: gateway.getOptionalString('name'),
      sectionName: gateway.getOptionalString('sectionName'),
    },
    tunnel: tunnel && {
      id: tunnel.getOptionalString('id'),
      defaultService: tunnel.getOptionalString('defaultService'),
      configMap: configMap && {
        namespace: configMap.getOptionalString('namespace'),
        name: configMap.getOptionalString('name'),
        key: configMap.getOptionalString('key'),
      },
    },
    cloudflaredSelector: readStringMap(network, 'cloudflaredSelector'),
    protectedPaths: network.getOptionalStringArray('protectedPaths'),
  };
  return JSON.parse(JSON.stringify(options));
}
