import {
  GATEWAY_SERVICE,
  SHOP,
  SHOP_POD,
  cnp,
  deployment,
  dnsEndpoint,
  gateway,
  healthyEstate,
  httpRoute,
  indexOf,
  IndexExtras,
  namespace,
  service,
  tunnelConfigMap,
  tunnelRecord,
} from '../__testUtils__/estateBuilder';
import type { KubernetesObject } from '../sources';
import { worstVerdict } from './verdicts';
import type { HopKind, HopVerdict } from '../view';

type Estate = Record<string, KubernetesObject | undefined>;

function publicChain(estate: Estate, extras?: IndexExtras, path = '/api') {
  const view = indexOf(estate, extras).view(SHOP)!;
  return view.chains.find(
    c => c.entry.kind === 'public-hostname' && c.entry.path === path,
  );
}

const withRoute = (
  spec: Record<string, unknown>,
  extra: Partial<KubernetesObject> = {},
) =>
  httpRoute(
    'shop',
    'shop',
    {
      hostnames: ['shop.localplus.io'],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
          backendRefs: [{ name: 'shop', port: 8080 }],
        },
      ],
      ...spec,
    },
    extra,
  );

const ingressPolicy = (ingress: unknown[]) =>
  cnp('shop', 'shop', {
    endpointSelector: { matchLabels: { 'app.kubernetes.io/name': 'shop' } },
    ingress,
  });

interface Case {
  name: string;
  hop: HopKind;
  verdict: HopVerdict;
  reason: string;
  change: (estate: Estate) => Estate;
  extras?: IndexExtras;
  path?: string;
}

const cases: Case[] = [
  // dns
  {
    name: 'no record answers',
    hop: 'dns',
    verdict: 'broken',
    reason: 'no public DNS record',
    change: e => ({ ...e, publicDns: undefined }),
  },
  {
    name: 'record not proxied',
    hop: 'dns',
    verdict: 'broken',
    reason: 'not proxied',
    change: e => ({
      ...e,
      publicDns: dnsEndpoint('platform', 'cloudflared', 'localplus.io', [
        tunnelRecord('shop.localplus.io', {
          providerSpecific: [
            {
              name: 'external-dns.alpha.kubernetes.io/cloudflare-proxied',
              value: 'false',
            },
          ],
        }),
      ]),
    }),
  },
  {
    name: 'proxied not declared',
    hop: 'dns',
    verdict: 'unknown',
    reason: 'does not say whether it is proxied',
    change: e => ({
      ...e,
      publicDns: dnsEndpoint('platform', 'cloudflared', 'localplus.io', [
        tunnelRecord('shop.localplus.io', { providerSpecific: [] }),
      ]),
    }),
  },
  {
    name: 'record points elsewhere',
    hop: 'dns',
    verdict: 'broken',
    reason: 'not at a tunnel',
    change: e => ({
      ...e,
      publicDns: dnsEndpoint('platform', 'cloudflared', 'localplus.io', [
        {
          dnsName: 'shop.localplus.io',
          recordType: 'A',
          targets: ['203.0.113.7'],
        },
      ]),
    }),
  },
  {
    name: 'hostname outside the public zones',
    hop: 'dns',
    verdict: 'broken',
    reason: 'outside the public zones',
    change: e => e,
    extras: { options: { zones: { public: ['example.org'] } } },
  },
  // edge
  {
    name: 'no protected path',
    hop: 'edge',
    verdict: 'ok',
    reason: 'public by design',
    change: e => e,
  },
  {
    name: 'admin path, Access apps known, none covers it',
    hop: 'edge',
    verdict: 'broken',
    reason: 'without a Cloudflare Access application',
    change: e => ({
      ...e,
      route: withRoute({
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/admin' } }],
            backendRefs: [{ name: 'shop', port: 8080 }],
          },
        ],
      }),
    }),
    extras: { accessApplications: [] },
    path: '/admin',
  },
  {
    name: 'admin path, no source reads Access',
    hop: 'edge',
    verdict: 'unknown',
    reason: 'no source reads Cloudflare Access',
    change: e => ({
      ...e,
      route: withRoute({
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/v1/admin' } }],
            backendRefs: [{ name: 'shop', port: 8080 }],
          },
        ],
      }),
    }),
    path: '/v1/admin',
  },
  {
    name: 'admin path behind an Access application',
    hop: 'edge',
    verdict: 'ok',
    reason: 'Access application shop-admin',
    change: e => ({
      ...e,
      route: withRoute({
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/admin' } }],
            backendRefs: [{ name: 'shop', port: 8080 }],
          },
        ],
      }),
    }),
    extras: {
      accessApplications: [
        {
          id: 'a1',
          name: 'shop-admin',
          domains: ['shop.localplus.io/admin'],
          type: 'self_hosted',
          origin: { source: 'cloudflare' },
        },
      ],
    },
    path: '/admin',
  },
  // tunnel
  {
    name: 'first matching rule sends to the Gateway',
    hop: 'tunnel',
    verdict: 'ok',
    reason: 'sends it to Gateway platform/public',
    change: e => e,
  },
  {
    name: 'no rule serves the host',
    hop: 'tunnel',
    verdict: 'broken',
    reason: 'the catch-all (http_status:404) answers',
    change: e => ({
      ...e,
      tunnel: tunnelConfigMap([
        { hostname: 'other.localplus.io', service: GATEWAY_SERVICE },
        { service: 'http_status:404' },
      ]),
    }),
  },
  {
    name: 'an earlier rule takes the path elsewhere',
    hop: 'tunnel',
    verdict: 'broken',
    reason: 'not to Gateway platform/public',
    change: e => ({
      ...e,
      tunnel: tunnelConfigMap([
        {
          hostname: 'shop.localplus.io',
          path: '/ap',
          service: 'http://legacy.shop.svc.cluster.local:80',
        },
        { hostname: 'shop.localplus.io', service: GATEWAY_SERVICE },
        { service: 'http_status:404' },
      ]),
    }),
  },
  {
    name: 'no tunnel configuration in any source',
    hop: 'tunnel',
    verdict: 'unknown',
    reason: 'is in no source',
    change: e => ({ ...e, tunnel: undefined }),
  },
  // gateway
  {
    name: 'listener accepts the host',
    hop: 'gateway',
    verdict: 'ok',
    reason: 'accepts shop.localplus.io from namespace shop',
    change: e => e,
  },
  {
    name: 'listener hostname does not match',
    hop: 'gateway',
    verdict: 'broken',
    reason: 'matches listener https',
    change: e => ({
      ...e,
      gateway: gateway([
        {
          name: 'https',
          protocol: 'HTTPS',
          port: 443,
          hostname: '*.example.org',
          allowedRoutes: { namespaces: { from: 'All' } },
        },
      ]),
    }),
  },
  {
    name: 'listener admits only its own namespace',
    hop: 'gateway',
    verdict: 'broken',
    reason: 'only from namespace platform',
    change: e => ({
      ...e,
      gateway: gateway([
        {
          name: 'https',
          protocol: 'HTTPS',
          port: 443,
          hostname: '*.localplus.io',
        },
      ]),
    }),
  },
  {
    name: 'namespace selector over labels no source has',
    hop: 'gateway',
    verdict: 'unknown',
    reason: 'no source knows namespace web',
    change: e => ({
      ...e,
      gateway: gateway([
        {
          name: 'https',
          protocol: 'HTTPS',
          port: 443,
          allowedRoutes: {
            namespaces: {
              from: 'Selector',
              selector: { matchLabels: { tier: 'web' } },
            },
          },
        },
      ]),
      route: httpRoute('web', 'shop', {
        hostnames: ['shop.localplus.io'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
            backendRefs: [{ name: 'shop', namespace: 'shop', port: 8080 }],
          },
        ],
      }),
    }),
    // The entity spans namespaces here, so the route in `web` is still its own.
    extras: { bindings: [{ entityRef: SHOP, kubernetesId: 'shop' }] },
  },
  // route
  {
    name: 'the rule wins and its backend exists',
    hop: 'route',
    verdict: 'ok',
    reason: 'rule 0 matches PathPrefix /api',
    change: e => e,
  },
  {
    name: 'a more specific route of another team wins',
    hop: 'route',
    verdict: 'broken',
    reason: 'HTTPRoute other/other rule 0 (Exact /api',
    change: e => ({
      ...e,
      otherNs: namespace('other'),
      other: httpRoute('other', 'other', {
        hostnames: ['shop.localplus.io'],
        rules: [
          {
            matches: [{ path: { type: 'Exact', value: '/api' } }],
            backendRefs: [{ name: 'shop', namespace: 'shop', port: 8080 }],
          },
        ],
      }),
    }),
  },
  {
    name: 'an older route with the same prefix wins',
    hop: 'route',
    verdict: 'broken',
    reason: 'HTTPRoute other/old',
    change: e => ({
      ...e,
      route: withRoute(
        {},
        {
          metadata: {
            name: 'shop',
            namespace: 'shop',
            labels: { 'backstage.io/kubernetes-id': 'shop' },
            creationTimestamp: '2026-02-01T00:00:00Z',
          },
        },
      ),
      old: httpRoute(
        'other',
        'old',
        {
          hostnames: ['shop.localplus.io'],
          rules: [
            { matches: [{ path: { type: 'PathPrefix', value: '/api/' } }] },
          ],
        },
        {
          metadata: {
            name: 'old',
            namespace: 'other',
            creationTimestamp: '2025-01-01T00:00:00Z',
          },
        },
      ),
    }),
  },
  {
    name: 'backend Service missing',
    hop: 'route',
    verdict: 'broken',
    reason: 'Service shop/shop does not exist',
    change: e => ({ ...e, service: undefined }),
  },
  {
    name: 'the live Gateway refused the route',
    hop: 'route',
    verdict: 'broken',
    reason: 'NotAllowedByListeners',
    change: e => ({
      ...e,
      route: withRoute(
        {},
        {
          status: {
            parents: [
              {
                parentRef: {
                  name: 'public',
                  namespace: 'platform',
                  sectionName: 'https',
                },
                conditions: [
                  {
                    type: 'Accepted',
                    status: 'False',
                    reason: 'NotAllowedByListeners',
                  },
                ],
              },
            ],
          },
        },
      ),
    }),
  },
  {
    name: 'the live Gateway could not resolve the backends',
    hop: 'route',
    verdict: 'broken',
    reason: 'BackendNotFound',
    change: e => ({
      ...e,
      route: withRoute(
        {},
        {
          status: {
            parents: [
              {
                parentRef: {
                  name: 'public',
                  namespace: 'platform',
                  sectionName: 'https',
                },
                conditions: [
                  { type: 'Accepted', status: 'True' },
                  {
                    type: 'ResolvedRefs',
                    status: 'False',
                    reason: 'BackendNotFound',
                  },
                ],
              },
            ],
          },
        },
      ),
    }),
  },
  // service
  {
    name: 'selects the workload',
    hop: 'service',
    verdict: 'ok',
    reason: 'shop/shop[Deployment]',
    change: e => e,
  },
  {
    name: 'selector selects nothing',
    hop: 'service',
    verdict: 'broken',
    reason: 'selects no workload',
    change: e => ({
      ...e,
      service: service(
        'shop',
        'shop',
        { 'app.kubernetes.io/name': 'shop-v2' },
        [{ name: 'http', port: 8080, targetPort: 'http' }],
      ),
    }),
  },
  {
    name: 'no source lists the workloads',
    hop: 'service',
    verdict: 'unknown',
    reason: 'no source lists the workloads of namespace shop',
    change: e => ({ ...e, deployment: undefined }),
  },
  {
    name: 'route port not on the Service',
    hop: 'service',
    verdict: 'broken',
    reason: 'has no port 9090',
    change: e => ({
      ...e,
      route: withRoute({
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
            backendRefs: [{ name: 'shop', port: 9090 }],
          },
        ],
      }),
    }),
  },
  // policy
  {
    name: 'ingress entity allowed on the pod port',
    hop: 'policy',
    verdict: 'ok',
    reason: 'allow from entity ingress',
    change: e => e,
  },
  {
    name: 'no policy selects the pods',
    hop: 'policy',
    verdict: 'ok',
    reason: 'allowed',
    change: e => ({ ...e, policy: undefined }),
  },
  {
    name: 'policy lets in the platform namespace, not the Gateway',
    hop: 'policy',
    verdict: 'broken',
    reason: 'denied',
    change: e => ({
      ...e,
      policy: ingressPolicy([
        {
          fromEndpoints: [
            { matchLabels: { 'io.kubernetes.pod.namespace': 'platform' } },
          ],
          toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
        },
      ]),
    }),
  },
  {
    name: 'allowed only through L7 rules',
    hop: 'policy',
    verdict: 'unknown',
    reason: 'L7',
    change: e => ({
      ...e,
      policy: ingressPolicy([
        {
          fromEntities: ['ingress'],
          toPorts: [
            {
              ports: [{ port: '8080', protocol: 'TCP' }],
              rules: { http: [{ method: 'GET', path: '/api/.*' }] },
            },
          ],
        },
      ]),
    }),
  },
  {
    name: 'named target port missing from the pods',
    hop: 'policy',
    verdict: 'broken',
    reason: 'is not a container port',
    change: e => ({
      ...e,
      deployment: deployment('shop', 'shop', SHOP_POD, [
        { name: 'web', containerPort: 8080 },
      ]),
    }),
  },
];

describe('public exposure chain', () => {
  it('follows a healthy service hop by hop, all ok', () => {
    const chain = publicChain(healthyEstate())!;
    expect(chain.entry).toEqual({
      kind: 'public-hostname',
      name: 'shop.localplus.io',
      path: '/api',
    });
    expect(chain.hops.map(h => [h.kind, h.verdict])).toEqual([
      ['dns', 'ok'],
      ['edge', 'ok'],
      ['tunnel', 'ok'],
      ['gateway', 'ok'],
      ['route', 'ok'],
      ['service', 'ok'],
      ['policy', 'ok'],
    ]);
    expect(chain.verdict).toBe('ok');
    for (const h of chain.hops.filter(x => x.kind !== 'edge')) {
      expect(h.object).toEqual(
        expect.objectContaining({
          source: 'gitops',
          file: expect.any(String),
          line: expect.any(Number),
        }),
      );
    }
  });

  it.each(cases)(
    '$hop is $verdict when $name',
    ({ hop, verdict, reason, change, extras, path }) => {
      const chain = publicChain(change(healthyEstate()), extras, path);
      const found = chain?.hops.find(h => h.kind === hop);
      expect(found).toEqual(expect.objectContaining({ verdict }));
      expect(found!.reason).toContain(reason);
      // The chain is as bad as its worst hop.
      expect(worstVerdict([chain!.verdict, verdict])).toBe(chain!.verdict);
    },
  );
});
