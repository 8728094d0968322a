import {
  buildPrivateDnsEndpoint,
  buildPublicDnsEndpoint,
  serviceClusterName,
  tunnelCnameTarget,
} from './dnsEndpoints';

// No DNSEndpoint CRD is among the shared upstream CRDs, so the shape is pinned here against the
// example estate's records, which external-dns reads.
describe('DNSEndpoint builders', () => {
  it('builds the proxied public CNAME to the tunnel', () => {
    expect(
      buildPublicDnsEndpoint({
        name: 'svc-shop-public',
        namespace: 'platform',
        owner: 'component:default/svc-shop',
        kubernetesId: 'svc-shop',
        hostname: 'shop.localplus.io',
        zone: 'localplus.io',
        tunnelId: '6ff42ae2-765d-4adf-8112-31c55c1551ef',
      }),
    ).toEqual({
      apiVersion: 'externaldns.k8s.io/v1alpha1',
      kind: 'DNSEndpoint',
      metadata: {
        name: 'svc-shop-public',
        namespace: 'platform',
        labels: { 'backstage.io/kubernetes-id': 'svc-shop' },
        annotations: {
          'network.localplus.io/dns-zone': 'localplus.io',
          'network.localplus.io/dns-provider': 'cloudflare',
          'network.localplus.io/owner': 'component:default/svc-shop',
        },
      },
      spec: {
        endpoints: [
          {
            dnsName: 'shop.localplus.io',
            recordType: 'CNAME',
            targets: ['6ff42ae2-765d-4adf-8112-31c55c1551ef.cfargotunnel.com'],
            providerSpecific: [
              {
                name: 'external-dns.alpha.kubernetes.io/cloudflare-proxied',
                value: 'true',
              },
            ],
          },
        ],
      },
    });
  });

  it('builds the private CNAME to the Service in the private zone', () => {
    const record = buildPrivateDnsEndpoint({
      name: 'svc-shop-private',
      namespace: 'svc-shop',
      owner: 'component:default/svc-shop',
      kubernetesId: 'svc-shop',
      dnsName: 'svc-shop.internal.localplus.io',
      zone: 'internal.localplus.io',
      recordType: 'CNAME',
      targets: [serviceClusterName('svc-shop', 'svc-shop')],
      ttl: 60,
    });
    expect(record.metadata.annotations).toMatchObject({
      'network.localplus.io/dns-zone': 'internal.localplus.io',
      'network.localplus.io/dns-provider': 'route53',
    });
    expect(record.spec).toEqual({
      endpoints: [
        {
          dnsName: 'svc-shop.internal.localplus.io',
          recordType: 'CNAME',
          recordTTL: 60,
          targets: ['svc-shop.svc-shop.svc.cluster.local'],
        },
      ],
    });
  });

  it('names the tunnel target the way Cloudflare routes it', () => {
    expect(tunnelCnameTarget('abc')).toBe('abc.cfargotunnel.com');
  });
});
