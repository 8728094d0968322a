import {
  GATEWAY_SERVICE,
  SHOP,
  dnsEndpoint,
  healthyEstate,
  indexOf,
  tunnelConfigMap,
  tunnelRecord,
} from './__testUtils__/estateBuilder';

describe('what belongs to an entity', () => {
  const estate = {
    ...healthyEstate(),
    tunnel: tunnelConfigMap([
      { hostname: 'shop.localplus.io', service: GATEWAY_SERVICE },
      {
        hostname: 'status.localplus.io',
        service: 'http://shop.shop.svc.cluster.local:8080',
      },
      { hostname: 'other.localplus.io', service: GATEWAY_SERVICE },
      { service: 'http_status:404' },
    ]),
    publicDns: dnsEndpoint('platform', 'cloudflared', 'localplus.io', [
      tunnelRecord('*.localplus.io'),
    ]),
  };
  const view = indexOf(estate).view(SHOP)!;

  it('takes tunnel rules through the Service they target or the hostnames routed behind the Gateway', () => {
    expect(view.tunnelRules.map(r => r.hostname)).toEqual([
      'shop.localplus.io',
      'status.localplus.io',
    ]);
  });

  it('takes DNS records through their owner or the hostnames they answer for (wildcards too)', () => {
    expect(view.dnsRecords.map(r => r.name).sort()).toEqual([
      '*.localplus.io',
      'shop.internal.localplus.io',
    ]);
    expect(view.names.public).toEqual([
      'shop.localplus.io',
      'status.localplus.io',
    ]);
  });

  it('takes Kubernetes objects through the kubernetes-id label within the entity namespace', () => {
    expect(view.services.map(s => s.clusterName)).toEqual([
      'shop.shop.svc.cluster.local',
    ]);
    expect(view.routes.map(r => r.object.name)).toEqual(['shop']);
    expect(view.policies.map(p => p.object.name)).toEqual(['shop']);
    const gatewayView = indexOf(estate).view(
      'component:default/cilium-gateway',
    )!;
    expect(gatewayView.routes).toEqual([]);
  });
});
