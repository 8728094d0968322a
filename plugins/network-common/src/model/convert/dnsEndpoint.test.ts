import type { KubernetesObject } from '../sources';
import { dnsRecordsFromDnsEndpoint } from './dnsEndpoint';

const zones = { public: ['localplus.io'], private: ['internal.localplus.io'] };
const origin = { source: 'gitops', file: 'apps/x/dns.yaml', line: 3 };

function endpoint(
  endpoints: Record<string, unknown>[],
  metadata: Partial<KubernetesObject['metadata']> = {},
): KubernetesObject {
  return {
    apiVersion: 'externaldns.k8s.io/v1alpha1',
    kind: 'DNSEndpoint',
    metadata: { name: 'x', namespace: 'x', ...metadata },
    spec: { endpoints },
  };
}

describe('dnsRecordsFromDnsEndpoint', () => {
  it('reads a proxied public CNAME with its zone, provider and owner from the object', () => {
    const records = dnsRecordsFromDnsEndpoint(
      endpoint(
        [
          {
            dnsName: 'API.localplus.io.',
            recordType: 'CNAME',
            targets: ['6FF4.cfargotunnel.com.'],
            providerSpecific: [
              {
                name: 'external-dns.alpha.kubernetes.io/cloudflare-proxied',
                value: 'true',
              },
            ],
          },
        ],
        {
          labels: { 'backstage.io/kubernetes-id': 'cloudflared' },
          annotations: {
            'network.localplus.io/dns-zone': 'localplus.io',
            'network.localplus.io/dns-provider': 'cloudflare',
          },
        },
      ),
      origin,
      zones,
    );
    expect(records).toEqual([
      {
        name: 'api.localplus.io',
        type: 'CNAME',
        values: ['6ff4.cfargotunnel.com'],
        proxied: true,
        zone: 'localplus.io',
        visibility: 'public',
        provider: 'cloudflare',
        owner: 'cloudflared',
        origin,
      },
    ]);
  });

  it.each<{
    name: string;
    annotations: Record<string, string>;
    dnsName: string;
    zone: string;
    visibility: string;
  }>([
    {
      name: 'annotation zone decides',
      annotations: { 'network.localplus.io/dns-zone': 'internal.localplus.io' },
      dnsName: 'a.internal.localplus.io',
      zone: 'internal.localplus.io',
      visibility: 'private',
    },
    {
      name: 'longest configured zone without annotation',
      annotations: {},
      dnsName: 'a.internal.localplus.io',
      zone: 'internal.localplus.io',
      visibility: 'private',
    },
    {
      name: 'public zone suffix',
      annotations: {},
      dnsName: 'b.localplus.io',
      zone: 'localplus.io',
      visibility: 'public',
    },
    {
      name: 'unconfigured zone served by Route53 is private',
      annotations: { 'network.localplus.io/dns-provider': 'route53' },
      dnsName: 'c.corp.example',
      zone: 'corp.example',
      visibility: 'private',
    },
    {
      name: 'unconfigured zone otherwise public',
      annotations: {},
      dnsName: 'c.other.example',
      zone: 'other.example',
      visibility: 'public',
    },
  ])(
    'zone and visibility: $name',
    ({ annotations, dnsName, zone, visibility }) => {
      const [record] = dnsRecordsFromDnsEndpoint(
        endpoint([{ dnsName, recordType: 'A', targets: ['10.0.0.1'] }], {
          annotations,
        }),
        origin,
        zones,
      );
      expect([record.zone, record.visibility]).toEqual([zone, visibility]);
    },
  );

  it.each<{
    name: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
    owner: string | undefined;
  }>([
    {
      name: 'label id',
      labels: { 'backstage.io/kubernetes-id': 'svc-a' },
      annotations: {},
      owner: 'svc-a',
    },
    {
      name: 'owner annotation when no label',
      labels: {},
      annotations: { 'network.localplus.io/owner': 'component:default/svc-b' },
      owner: 'component:default/svc-b',
    },
    { name: 'nobody', labels: {}, annotations: {}, owner: undefined },
  ])('owner: $name', ({ labels, annotations, owner }) => {
    const [record] = dnsRecordsFromDnsEndpoint(
      endpoint(
        [{ dnsName: 'x.localplus.io', recordType: 'A', targets: ['1.2.3.4'] }],
        { labels, annotations },
      ),
      origin,
      zones,
    );
    expect(record.owner).toBe(owner);
  });

  it('normalises Route53 spellings, keeps TTL and non-name values as written, skips endpoints without a name', () => {
    const records = dnsRecordsFromDnsEndpoint(
      endpoint([
        {
          dnsName: '\\052.Apps.localplus.io.',
          recordType: 'cname',
          recordTTL: 60,
          targets: ['LB.example.com.'],
        },
        {
          dnsName: 'txt.localplus.io',
          recordType: 'TXT',
          targets: ['"Heritage=External-DNS"'],
        },
        { recordType: 'A', targets: ['1.1.1.1'] },
      ]),
      origin,
      zones,
    );
    expect(
      records.map(r => [r.name, r.type, r.values, r.ttl, r.proxied]),
    ).toEqual([
      ['*.apps.localplus.io', 'CNAME', ['lb.example.com'], 60, undefined],
      [
        'txt.localplus.io',
        'TXT',
        ['"Heritage=External-DNS"'],
        undefined,
        undefined,
      ],
    ]);
  });

  it('reads proxied false and ignores other kinds', () => {
    const [record] = dnsRecordsFromDnsEndpoint(
      endpoint([
        {
          dnsName: 'x.localplus.io',
          recordType: 'CNAME',
          targets: ['t'],
          providerSpecific: [
            {
              name: 'external-dns.alpha.kubernetes.io/cloudflare-proxied',
              value: 'False',
            },
          ],
        },
      ]),
      origin,
      zones,
    );
    expect(record.proxied).toBe(false);
    expect(
      dnsRecordsFromDnsEndpoint(
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: {} },
        origin,
        zones,
      ),
    ).toEqual([]);
  });
});
