/** The GitOps folder's layout (see examples/gitops/README.md). */
export const gitopsFiles = {
  namespace: (name: string) => `apps/${name}/namespace.yaml`,
  workload: (name: string) => `apps/${name}/workload.yaml`,
  httpRoute: (name: string) => `apps/${name}/httproute.yaml`,
  policy: (name: string) => `apps/${name}/ciliumnetworkpolicy.yaml`,
  privateDns: (name: string) => `apps/${name}/dns.yaml`,
  tunnel: 'platform/cloudflared.yaml',
  publicDns: 'platform/dns-public.yaml',
};

/** The platform's service ports (seed: Gateway → services on 8080, 50051). */
export const DEFAULT_HTTP_PORT = 8080;
export const DEFAULT_GRPC_PORT = 50051;
