import {
  SHOP,
  dnsEndpoint,
  healthyEstate,
  indexOf,
  IndexExtras,
  publicRecord,
  TUNNEL_ID,
  tunnelRecord,
} from '../__testUtils__/estateBuilder';
import type { KubernetesObject } from '../sources';
import type { FindingCheck } from '../view';

type Estate = Record<string, KubernetesObject | undefined>;

interface Case {
  name: string;
  check: FindingCheck;
  estate: Estate;
  extras?: IndexExtras;
  /** Expected finding ids; empty for the negative case. */
  ids: string[];
  entityRefs?: string[];
}

const healthy = healthyEstate();
const tunnelCname = `${TUNNEL_ID}.cfargotunnel.com`;

const cases: Case[] = [
  {
    name: 'every tunnel name has a rule',
    check: 'dns-without-tunnel-rule',
    estate: healthy,
    ids: [],
  },
  {
    name: 'a tunnel name without a rule',
    check: 'dns-without-tunnel-rule',
    estate: {
      ...healthy,
      pay: dnsEndpoint('shop', 'shop', 'localplus.io', [
        tunnelRecord('pay.localplus.io'),
      ]),
    },
    ids: ['dns-without-tunnel-rule:pay.localplus.io'],
    entityRefs: [SHOP],
  },
  {
    name: 'proxied records',
    check: 'hostname-not-proxied',
    estate: healthy,
    ids: [],
  },
  {
    name: 'a tunnel record Cloudflare does not proxy (live)',
    check: 'hostname-not-proxied',
    estate: healthy,
    extras: {
      records: [
        publicRecord('shop.localplus.io', [tunnelCname], { proxied: false }),
      ],
    },
    ids: ['hostname-not-proxied:shop.localplus.io'],
    entityRefs: [SHOP],
  },
  {
    name: 'an unproxied record nobody routes (MX-like) is not ours to judge',
    check: 'hostname-not-proxied',
    estate: healthy,
    extras: {
      records: [
        publicRecord('mail.localplus.io', ['mx.example.net'], {
          proxied: false,
          owner: 'shop',
        }),
      ],
    },
    ids: [],
  },
  {
    name: 'private names only in private zones',
    check: 'private-name-in-public-zone',
    estate: healthy,
    ids: [],
  },
  {
    name: 'an internal name in the public zone',
    check: 'private-name-in-public-zone',
    estate: healthy,
    extras: {
      records: [
        publicRecord(
          'shop.internal.localplus.io',
          ['shop.shop.svc.cluster.local'],
          { owner: 'shop' },
        ),
      ],
    },
    ids: ['private-name-in-public-zone:shop.internal.localplus.io|CNAME'],
    entityRefs: [SHOP],
  },
  {
    name: 'a public name pointing at a private address',
    check: 'private-name-in-public-zone',
    estate: healthy,
    extras: {
      records: [
        publicRecord('db.localplus.io', ['10.100.3.4'], {
          type: 'A',
          owner: 'shop',
        }),
      ],
    },
    ids: ['private-name-in-public-zone:db.localplus.io|A'],
  },
  {
    name: 'every record has a known owner',
    check: 'record-without-owner',
    estate: healthy,
    ids: [],
  },
  {
    name: 'a record no one claims',
    check: 'record-without-owner',
    estate: healthy,
    extras: {
      records: [
        publicRecord('legacy.localplus.io', ['203.0.113.9'], {
          type: 'A',
          proxied: true,
        }),
      ],
    },
    ids: ['record-without-owner:legacy.localplus.io|A|public'],
  },
  {
    name: 'a record owned by an unknown owner id',
    check: 'record-without-owner',
    estate: {
      ...healthy,
      stray: dnsEndpoint(
        'shop',
        'stray',
        'internal.localplus.io',
        [
          {
            dnsName: 'x.internal.localplus.io',
            recordType: 'CNAME',
            targets: ['x.shop.svc.cluster.local'],
          },
        ],
        'someone-else',
      ),
    },
    ids: ['record-without-owner:x.internal.localplus.io|CNAME|private'],
  },
];

describe('DNS findings', () => {
  it.each(cases)(
    '$check: $name',
    ({ check, estate, extras, ids, entityRefs }) => {
      const findings = indexOf(estate, extras).findings({ check: [check] });
      expect(findings.map(f => f.id)).toEqual(ids);
      for (const finding of findings) {
        expect(finding.message).not.toBe('');
        expect(finding.fixHint).not.toBe('');
        expect(finding.objects.length).toBeGreaterThan(0);
      }
      expect(findings[0]?.entityRefs ?? []).toEqual(
        expect.arrayContaining(entityRefs ?? []),
      );
    },
  );

  it('lets the provider record inherit the owner of the DNSEndpoint that asked for it', () => {
    const index = indexOf(healthy, {
      records: [publicRecord('shop.localplus.io', [tunnelCname])],
    });
    expect(index.findings({ check: ['record-without-owner'] })).toEqual([]);
    const record = index
      .view(SHOP)!
      .dnsRecords.find(r => r.name === 'shop.localplus.io');
    expect(record).toEqual(
      expect.objectContaining({
        owner: 'cloudflared',
        origin: { source: 'cloudflare' },
      }),
    );
  });
});
