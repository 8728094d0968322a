import type { HumanDuration } from '@backstage/types';

export interface Config {
  /** The network suite. Every source is optional; without any, the tab says what is off. */
  network?: {
    /** How often the index re-reads every source (watches update it in between). Default 5 minutes. */
    refresh?: {
      frequency?: HumanDuration;
      /** Give up on one source's read after this long. Default 2 minutes. */
      timeout?: HumanDuration;
    };

    /** The DNS zones the platform owns. Names outside them are refused by the actions. */
    zones?: {
      /**
       * Public zones, served by Cloudflare. Default `[localplus.io]`.
       * @visibility frontend
       */
      public?: string[];
      /**
       * Private zones, served by Route53 inside the VPC. Default `[internal.localplus.io]`.
       * @visibility frontend
       */
      private?: string[];
    };

    /** The shared Gateway routes attach to. Default `platform/public`, listener `https`. */
    gateway?: {
      namespace?: string;
      name?: string;
      sectionName?: string;
    };

    /** The Cloudflare Tunnel in front of the Gateway. */
    tunnel?: {
      /** Tunnel UUID; public records are CNAMEs to `<id>.cfargotunnel.com`. */
      id?: string;
      /** Where a new tunnel rule sends traffic by default: the Gateway's Service. */
      defaultService?: string;
      /** The cloudflared ConfigMap holding the rules of a locally managed tunnel. */
      configMap?: {
        namespace?: string;
        name?: string;
        /** Default `config.yaml`. */
        key?: string;
      };
    };

    /** Label selector of the cloudflared pods (their identity reaches services routed directly). */
    cloudflaredSelector?: { [label: string]: string };

    /** Paths that must sit behind a Cloudflare Access application when public. Default `['/admin']`. */
    protectedPaths?: string[];

    /** The declared state: manifests as ArgoCD would sync them. */
    gitops?: {
      /**
       * A local folder of manifests, relative to the backend's working directory.
       * The embedded default points at the example estate.
       */
      path?: string;
      /** Or a repository folder read through Backstage's URL readers, e.g. a GitHub tree URL. */
      url?: string;
    };

    /**
     * Where the golden-path template writes a new service's `catalog-info.yaml` (in
     * `<path>/<name>/`) for a `file` catalog location to pick up: the embedded default's stand-in
     * for publishing a repository and registering it. Relative to the backend's working directory.
     * Default: the `generated` folder beside `gitops.path` when the write target is `gitops`.
     */
    catalogOutput?: {
      path?: string;
    };

    /** Live cluster state, from the clusters of `kubernetes.clusterLocatorMethods`. */
    kubernetes?: {
      /** Off by default: the embedded default has no cluster. */
      enabled?: boolean;
      /** Restrict to these cluster names. Default: all configured clusters. */
      clusters?: string[];
    };

    /** Live Cloudflare state: tunnel configurations, DNS records, Access applications. */
    cloudflare?: {
      /**
       * API token with Zone.DNS read, Account.Cloudflare Tunnel read, Access: Apps read.
       * @visibility secret
       */
      apiToken: string;
      accountId: string;
      /** Zones to list records from, by name; ids are looked up when absent. */
      zones?: Array<{ name: string; id?: string }>;
      /** Remotely managed tunnels to read the configuration of. */
      tunnelIds?: string[];
      /** For tests and proxies. Default `https://api.cloudflare.com/client/v4`. */
      baseUrl?: string;
    };

    /** Live Route53 state: private hosted zones and their records. */
    route53?: {
      /** AWS account id, matched against `aws.accounts` of the AWS integration config. */
      accountId?: string;
      region?: string;
      /** Hosted zones to read. Default: every private zone of the account. */
      hostedZoneIds?: string[];
      /** For tests. Default: the AWS endpoint. */
      endpoint?: string;
      /**
       * `direct` target only: wait for each private record change to be INSYNC. Off by default;
       * the AWS waiter's own defaults (30 s / 120 s) are slow, so set the delays.
       */
      waitForSync?: {
        minDelaySeconds?: number;
        maxDelaySeconds?: number;
        maxWaitSeconds?: number;
      };
    };

    /** Defaults for the policies the scaffolder actions write. */
    policyDefaults?: {
      /**
       * The VPC peering range of the managed data services (Aiven). Default `10.100.0.0/16`.
       * @visibility frontend
       */
      dataServicesCidr?: string;
      /**
       * AWS interface VPC endpoints. Default `10.0.16.0/20`.
       * @visibility frontend
       */
      vpcEndpointsCidr?: string;
      /** Labels of the Prometheus pods that scrape metrics. */
      prometheusSelector?: { [label: string]: string };
      prometheusNamespace?: string;
    };

    /** Where the actions write: `gitops` files (default) or `direct` provider calls. */
    writeTarget?: 'gitops' | 'direct';
  };
}
