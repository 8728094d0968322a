import {
  SHOP,
  cnp,
  dnsEndpoint,
  healthyEstate,
  indexOf,
  tunnelConfigMap,
  tunnelRecord,
  GATEWAY_SERVICE,
} from '../__testUtils__/estateBuilder';
import type { KubernetesObject } from '../sources';

type Estate = Record<string, KubernetesObject | undefined>;

/** shop also published straight through the tunnel: status.localplus.io → Service shop:8080. */
function directEstate(change: (e: Estate) => Estate = e => e): Estate {
  const base = healthyEstate();
  return change({
    ...base,
    tunnel: tunnelConfigMap([
      { hostname: 'shop.localplus.io', service: GATEWAY_SERVICE },
      {
        hostname: 'status.localplus.io',
        service: 'http://shop.shop.svc.cluster.local:8080',
      },
      { service: 'http_status:404' },
    ]),
    publicDns: dnsEndpoint('platform', 'cloudflared', 'localplus.io', [
      tunnelRecord('shop.localplus.io'),
      tunnelRecord('status.localplus.io'),
    ]),
    policy: cnp('shop', 'shop', {
      endpointSelector: { matchLabels: { 'app.kubernetes.io/name': 'shop' } },
      ingress: [
        {
          fromEntities: ['ingress'],
          toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
        },
        {
          fromEndpoints: [
            {
              matchLabels: {
                'io.kubernetes.pod.namespace': 'platform',
                'app.kubernetes.io/name': 'cloudflared',
              },
            },
          ],
          toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
        },
      ],
    }),
  });
}

const chainOf = (estate: Estate, name: string) =>
  indexOf(estate)
    .view(SHOP)!
    .chains.find(c => c.entry.name === name);

describe('chains through the tunnel without the Gateway', () => {
  it('goes dns → edge → tunnel → Service → policy from the cloudflared pods', () => {
    const chain = chainOf(directEstate(), 'status.localplus.io')!;
    expect(chain.hops.map(h => [h.kind, h.verdict])).toEqual([
      ['dns', 'ok'],
      ['edge', 'ok'],
      ['tunnel', 'ok'],
      ['service', 'ok'],
      ['policy', 'ok'],
    ]);
    expect(chain.hops[4].title).toContain('platform/cloudflared[Deployment]');
  });

  it('is broken when the policy lets in only the Gateway', () => {
    const estate = directEstate(e => ({
      ...e,
      policy: healthyEstate().policy,
    }));
    const chain = chainOf(estate, 'status.localplus.io')!;
    expect(chain.verdict).toBe('broken');
    expect(chain.hops.find(h => h.kind === 'policy')?.verdict).toBe('broken');
    const finding = indexOf(estate).findings({
      check: ['cloudflared-blocked-by-policy'],
    });
    expect(finding).toHaveLength(1);
    expect(finding[0].entityRefs).toEqual([SHOP]);
  });

  it('is unknown when no workload matches the cloudflared selector', () => {
    const estate = directEstate(e => ({ ...e, cloudflared: undefined }));
    const policy = chainOf(estate, 'status.localplus.io')!.hops.find(
      h => h.kind === 'policy',
    );
    expect(policy).toEqual(expect.objectContaining({ verdict: 'unknown' }));
    expect(policy!.reason).toContain('cloudflared selector');
  });

  it('shows how far a name the entity owns gets when nothing serves it', () => {
    const estate = {
      ...healthyEstate(),
      extra: dnsEndpoint('shop', 'shop', 'localplus.io', [
        tunnelRecord('pay.localplus.io'),
      ]),
    };
    const chain = chainOf(estate, 'pay.localplus.io')!;
    expect(chain.hops.map(h => [h.kind, h.verdict])).toEqual([
      ['dns', 'ok'],
      ['edge', 'ok'],
      ['tunnel', 'broken'],
    ]);
    expect(chain.hops[2].reason).toContain('catch-all');
  });

  it('follows an owned name to the Gateway and says when no route serves it', () => {
    const estate = {
      ...healthyEstate(),
      tunnel: tunnelConfigMap([
        { hostname: 'shop.localplus.io', service: GATEWAY_SERVICE },
        { hostname: 'pay.localplus.io', service: GATEWAY_SERVICE },
        { service: 'http_status:404' },
      ]),
      extra: dnsEndpoint('shop', 'shop', 'localplus.io', [
        tunnelRecord('pay.localplus.io'),
      ]),
    };
    const chain = chainOf(estate, 'pay.localplus.io')!;
    expect(chain.hops.map(h => [h.kind, h.verdict])).toEqual([
      ['dns', 'ok'],
      ['edge', 'ok'],
      ['tunnel', 'ok'],
      ['gateway', 'broken'],
    ]);
  });
});

describe('tunnels configured by name', () => {
  it('matches the tunnel named in cloudflared’s config with the UUID in DNS when it is the only one', () => {
    const estate = {
      ...healthyEstate(),
      tunnel: tunnelConfigMap(
        [
          { hostname: 'shop.localplus.io', service: GATEWAY_SERVICE },
          { service: 'http_status:404' },
        ],
        'localplus-prod',
      ),
    };
    const chain = chainOf(estate, 'shop.localplus.io')!;
    expect(chain.hops.find(h => h.kind === 'tunnel')?.verdict).toBe('ok');
  });
});
