import type { DnsRecord } from '@localplus/plugin-network-common';
import {
  assignTxtOwners,
  ownershipTxtNames,
  parseTxtOwner,
  unquoteTxtValue,
} from './txtOwnership';

const record = (
  name: string,
  type: string,
  values: string[],
  owner?: string,
): DnsRecord => ({
  name,
  type,
  values,
  zone: 'internal.localplus.io',
  visibility: 'private',
  provider: 'route53',
  owner,
  origin: { source: 'route53' },
});

describe('unquoteTxtValue', () => {
  it('joins quoted chunks and unescapes', () => {
    expect(unquoteTxtValue('"abc" "def"')).toBe('abcdef');
    expect(unquoteTxtValue('"say \\"hi\\""')).toBe('say "hi"');
    expect(unquoteTxtValue('plain')).toBe('plain');
  });
});

describe('parseTxtOwner', () => {
  it('reads the external-dns registry owner', () => {
    expect(
      parseTxtOwner(
        '"heritage=external-dns,external-dns/owner=eks-prod,external-dns/resource=crd/platform/svc-ledger"',
      ),
    ).toBe('eks-prod');
  });

  it('reads the suite marker', () => {
    expect(
      parseTxtOwner(
        '"managed-by=backstage owner=component:default/svc-ledger"',
      ),
    ).toBe('component:default/svc-ledger');
  });

  it('ignores other TXT values', () => {
    expect(parseTxtOwner('"v=spf1 -all"')).toBeUndefined();
    expect(
      parseTxtOwner('"heritage=other,external-dns/owner=x"'),
    ).toBeUndefined();
  });
});

describe('assignTxtOwners', () => {
  it('uses the type-prefixed registry record, then the old same-name one', () => {
    const records = [
      record('svc-ledger.internal.localplus.io', 'CNAME', ['lb.example']),
      record('cname-svc-ledger.internal.localplus.io', 'TXT', [
        '"heritage=external-dns,external-dns/owner=eks-prod"',
      ]),
      record('old.internal.localplus.io', 'A', ['10.0.0.1']),
      record('old.internal.localplus.io', 'TXT', [
        '"heritage=external-dns,external-dns/owner=legacy"',
      ]),
      record('mine.internal.localplus.io', 'A', ['10.0.0.2']),
      record('a-mine.internal.localplus.io', 'TXT', [
        '"managed-by=backstage owner=component:default/svc-x"',
      ]),
      record('nobody.internal.localplus.io', 'A', ['10.0.0.3']),
      record('kept.internal.localplus.io', 'A', ['10.0.0.4'], 'already'),
      record('a-kept.internal.localplus.io', 'TXT', [
        '"managed-by=backstage owner=component:default/other"',
      ]),
    ];
    expect(
      Object.fromEntries(
        assignTxtOwners(records).map(r => [`${r.type} ${r.name}`, r.owner]),
      ),
    ).toEqual({
      'CNAME svc-ledger.internal.localplus.io': 'eks-prod',
      'TXT cname-svc-ledger.internal.localplus.io': 'eks-prod',
      'A old.internal.localplus.io': 'legacy',
      'TXT old.internal.localplus.io': 'legacy',
      'A mine.internal.localplus.io': 'component:default/svc-x',
      'TXT a-mine.internal.localplus.io': 'component:default/svc-x',
      'A nobody.internal.localplus.io': undefined,
      'A kept.internal.localplus.io': 'already',
      'TXT a-kept.internal.localplus.io': 'component:default/other',
    });
  });

  it('does not look across zones', () => {
    const other = {
      ...record('cname-x.internal.localplus.io', 'TXT', [
        '"heritage=external-dns,external-dns/owner=eks-prod"',
      ]),
      zone: 'other.zone',
    };
    const [result] = assignTxtOwners([
      record('x.internal.localplus.io', 'CNAME', ['y']),
      other,
    ]);
    expect(result.owner).toBeUndefined();
  });

  it('names the ownership records of a record', () => {
    expect(ownershipTxtNames('*.apps.localplus.io', 'CNAME')).toEqual([
      'cname-*.apps.localplus.io',
      '*.apps.localplus.io',
    ]);
  });
});
