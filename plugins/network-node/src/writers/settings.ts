import type { Config } from '@backstage/config';
import path from 'node:path';
import {
  validateCidr,
  validateDns1123Label,
} from '@localplus/plugin-network-common';

/**
 * What the writers need from `network.*`, with the platform's defaults filled in.
 *
 * @public
 */
export interface NetworkWriteSettings {
  zones: { public: string[]; private: string[] };
  /** The shared Gateway routes attach to. */
  gateway: { namespace: string; name: string; sectionName: string };
  tunnel: {
    /** From config; when absent the writers read `tunnel:` from the cloudflared config file. */
    id?: string;
    /** Where a new tunnel rule sends traffic: the Gateway's Service. */
    defaultService: string;
    configMap: { namespace: string; name: string; key: string };
  };
  policyDefaults: {
    dataServicesCidr: string;
    vpcEndpointsCidr: string;
    prometheusSelector: Record<string, string>;
    prometheusNamespace: string;
  };
  /** `network.gitops.path` as configured (relative to the backend's working directory). */
  gitopsPath?: string;
  /**
   * Where a new service's `catalog-info.yaml` goes so a `file` catalog location picks it up:
   * `network.catalogOutput.path`, else the `generated` folder beside a local GitOps folder of the
   * `gitops` target; undefined when neither applies (production registers through a repository).
   */
  catalogOutputPath?: string;
  writeTarget: 'gitops' | 'direct';
}

/** Defaults of the seed platform (and of `config.d.ts`). @public */
export const DEFAULT_NETWORK_WRITE_SETTINGS: NetworkWriteSettings = {
  zones: { public: ['localplus.io'], private: ['internal.localplus.io'] },
  gateway: { namespace: 'platform', name: 'public', sectionName: 'https' },
  tunnel: {
    // Cilium names the Service of Gateway <name> `cilium-gateway-<name>`
    defaultService:
      'https://cilium-gateway-public.platform.svc.cluster.local:443',
    configMap: {
      namespace: 'platform',
      name: 'cloudflared-config',
      key: 'config.yaml',
    },
  },
  policyDefaults: {
    dataServicesCidr: '10.100.0.0/16',
    vpcEndpointsCidr: '10.0.16.0/20',
    prometheusSelector: { 'app.kubernetes.io/name': 'prometheus' },
    prometheusNamespace: 'platform',
  },
  writeTarget: 'gitops',
};

function labels(
  config: Config | undefined,
  key: string,
): Record<string, string> | undefined {
  const value = config?.getOptional<Record<string, string>>(key);
  return value ? { ...value } : undefined;
}

function checked(problem: string | undefined, key: string): void {
  if (problem) {
    throw new Error(`Invalid network.${key}: ${problem}`);
  }
}

/**
 * Reads `network.*` for the writers. Invalid values fail at start-up rather than at the first
 * template run.
 *
 * @public
 */
export function readNetworkWriteSettings(
  root: Config | undefined,
): NetworkWriteSettings {
  const d = DEFAULT_NETWORK_WRITE_SETTINGS;
  const network = root?.getOptionalConfig('network');
  const gatewayConfig = network?.getOptionalConfig('gateway');
  const gateway = {
    namespace:
      gatewayConfig?.getOptionalString('namespace') ?? d.gateway.namespace,
    name: gatewayConfig?.getOptionalString('name') ?? d.gateway.name,
    sectionName:
      gatewayConfig?.getOptionalString('sectionName') ?? d.gateway.sectionName,
  };
  checked(
    validateDns1123Label(gateway.namespace, 'Gateway namespace'),
    'gateway.namespace',
  );
  const tunnelConfig = network?.getOptionalConfig('tunnel');
  const configMap = tunnelConfig?.getOptionalConfig('configMap');
  const policy = network?.getOptionalConfig('policyDefaults');
  const settings: NetworkWriteSettings = {
    zones: {
      public: network?.getOptionalStringArray('zones.public') ?? d.zones.public,
      private:
        network?.getOptionalStringArray('zones.private') ?? d.zones.private,
    },
    gateway,
    tunnel: {
      id: tunnelConfig?.getOptionalString('id'),
      defaultService:
        tunnelConfig?.getOptionalString('defaultService') ??
        `https://cilium-gateway-${gateway.name}.${gateway.namespace}.svc.cluster.local:443`,
      configMap: {
        namespace:
          configMap?.getOptionalString('namespace') ??
          d.tunnel.configMap.namespace,
        name: configMap?.getOptionalString('name') ?? d.tunnel.configMap.name,
        key: configMap?.getOptionalString('key') ?? d.tunnel.configMap.key,
      },
    },
    policyDefaults: {
      dataServicesCidr:
        policy?.getOptionalString('dataServicesCidr') ??
        d.policyDefaults.dataServicesCidr,
      vpcEndpointsCidr:
        policy?.getOptionalString('vpcEndpointsCidr') ??
        d.policyDefaults.vpcEndpointsCidr,
      prometheusSelector:
        labels(policy, 'prometheusSelector') ??
        d.policyDefaults.prometheusSelector,
      prometheusNamespace:
        policy?.getOptionalString('prometheusNamespace') ??
        d.policyDefaults.prometheusNamespace,
    },
    gitopsPath: network?.getOptionalString('gitops.path'),
    writeTarget:
      network?.getOptionalString('writeTarget') === 'direct'
        ? 'direct'
        : 'gitops',
  };
  const catalogOutputPath =
    network?.getOptionalString('catalogOutput.path') ??
    (settings.gitopsPath && settings.writeTarget === 'gitops'
      ? path.join(settings.gitopsPath, '..', 'generated')
      : undefined);
  if (catalogOutputPath) {
    settings.catalogOutputPath = catalogOutputPath;
  }
  checked(
    validateCidr(
      settings.policyDefaults.dataServicesCidr,
      'data services range',
    ),
    'policyDefaults.dataServicesCidr',
  );
  checked(
    validateCidr(
      settings.policyDefaults.vpcEndpointsCidr,
      'VPC endpoints range',
    ),
    'policyDefaults.vpcEndpointsCidr',
  );
  return settings;
}
