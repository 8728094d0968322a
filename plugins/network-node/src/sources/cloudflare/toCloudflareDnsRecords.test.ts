import { toCloudflareDnsRecords } from './toCloudflareDnsRecords';

const zone = 'localplus.io';
const accountId = 'acc1';

describe('toCloudflareDnsRecords', () => {
  it('groups records into sets and keeps the single id', () => {
    const { dnsRecords, problems } = toCloudflareDnsRecords({
      zone,
      accountId,
      records: [
        {
          id: 'r1',
          name: 'Www.LocalPlus.io',
          type: 'A',
          content: '1.1.1.1',
          ttl: 1,
          proxied: true,
        },
        {
          id: 'r2',
          name: 'www.localplus.io',
          type: 'A',
          content: '1.1.1.2',
          ttl: 1,
          proxied: true,
        },
        {
          id: 'r3',
          name: 'www.localplus.io',
          type: 'AAAA',
          content: '::1',
          ttl: 1,
          proxied: true,
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(dnsRecords.map(r => [r.type, r.name, r.values, r.id])).toEqual([
      ['A', 'www.localplus.io', ['1.1.1.1', '1.1.1.2'], undefined],
      ['AAAA', 'www.localplus.io', ['::1'], 'r3'],
    ]);
    expect(dnsRecords[0].origin).toEqual({
      source: 'cloudflare',
      url: 'https://dash.cloudflare.com/acc1/localplus.io/dns/records',
    });
  });

  it('writes priorities into MX and SRV values, as zone files do', () => {
    const { dnsRecords } = toCloudflareDnsRecords({
      zone,
      accountId,
      records: [
        {
          id: 'm',
          name: 'localplus.io',
          type: 'MX',
          content: 'MX1.LocalPlus.io',
          priority: 5,
        },
        {
          id: 's',
          name: '_sip._tcp.localplus.io',
          type: 'SRV',
          content: '1 5060 sip.localplus.io',
          priority: 10,
        },
        {
          id: 't',
          name: 'localplus.io',
          type: 'TXT',
          content: '"v=spf1 -all"',
        },
      ],
    });
    expect(dnsRecords.map(r => r.values)).toEqual([
      ['5 mx1.localplus.io'],
      ['10 1 5060 sip.localplus.io'],
      ['"v=spf1 -all"'],
    ]);
  });

  it('reads owners from comments and reports sets that disagree', () => {
    const { dnsRecords, problems } = toCloudflareDnsRecords({
      zone,
      accountId,
      records: [
        {
          id: 'a',
          name: 'x.localplus.io',
          type: 'A',
          content: '1.1.1.1',
          ttl: 60,
          comment: 'managed-by=backstage owner=component:default/a',
        },
        {
          id: 'b',
          name: 'x.localplus.io',
          type: 'A',
          content: '1.1.1.2',
          ttl: 60,
          proxied: true,
          comment: 'managed-by=backstage owner=component:default/b',
        },
      ],
    });
    expect(dnsRecords[0].owner).toBe('component:default/a');
    expect(problems).toEqual([
      {
        message:
          "Cloudflare record set x.localplus.io A in zone localplus.io: its 2 records disagree on proxied, owner; the first record's are shown",
      },
    ]);
  });
});
