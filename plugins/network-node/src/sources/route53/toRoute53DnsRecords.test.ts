import { toRoute53DnsRecords } from './toRoute53DnsRecords';

const zone = {
  id: 'Z0PRIVATE1',
  name: 'internal.localplus.io',
  privateZone: true,
};

describe('toRoute53DnsRecords', () => {
  it('normalises names and values, and takes alias targets as values', () => {
    const records = toRoute53DnsRecords(zone, [
      {
        Name: '\\052.internal.localplus.io.',
        Type: 'CNAME',
        TTL: 60,
        ResourceRecords: [{ Value: 'LB.Internal.LocalPlus.io.' }],
      },
      {
        Name: 'api.internal.localplus.io.',
        Type: 'A',
        AliasTarget: {
          HostedZoneId: 'Z32O12XQLNTSW2',
          DNSName: 'dualstack.internal-lb.eu-west-1.elb.amazonaws.com.',
          EvaluateTargetHealth: false,
        },
      },
    ]);
    expect(records).toEqual([
      {
        name: '*.internal.localplus.io',
        type: 'CNAME',
        values: ['lb.internal.localplus.io'],
        ttl: 60,
        zone: 'internal.localplus.io',
        visibility: 'private',
        provider: 'route53',
        origin: {
          source: 'route53',
          url: 'https://us-east-1.console.aws.amazon.com/route53/v2/hostedzones#ListRecordSets/Z0PRIVATE1',
        },
      },
      expect.objectContaining({
        name: 'api.internal.localplus.io',
        values: ['dualstack.internal-lb.eu-west-1.elb.amazonaws.com'],
        ttl: undefined,
      }),
    ]);
  });

  it('marks records of a public zone public and finds TXT owners', () => {
    const records = toRoute53DnsRecords({ ...zone, privateZone: false }, [
      {
        Name: 'x.internal.localplus.io.',
        Type: 'A',
        TTL: 60,
        ResourceRecords: [{ Value: '10.0.0.1' }],
      },
      {
        Name: 'a-x.internal.localplus.io.',
        Type: 'TXT',
        TTL: 60,
        ResourceRecords: [
          { Value: '"heritage=external-dns,external-dns/owner=eks-prod"' },
        ],
      },
    ]);
    expect(records.map(r => [r.visibility, r.owner])).toEqual([
      ['public', 'eks-prod'],
      ['public', 'eks-prod'],
    ]);
  });
});
