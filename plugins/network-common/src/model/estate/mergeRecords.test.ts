import { publicRecord } from '../__testUtils__/estateBuilder';
import { mergeDnsRecords, mergeTunnels } from './mergeRecords';

describe('mergeDnsRecords', () => {
  const declaredRecord = publicRecord(
    'a.localplus.io',
    ['t.cfargotunnel.com'],
    {
      owner: 'svc-a',
      proxied: true,
      origin: { source: 'gitops', file: 'dns.yaml' },
    },
  );

  it.each([
    {
      name: 'same values',
      live: publicRecord('a.localplus.io', ['t.cfargotunnel.com']),
      status: 'in-sync',
      differences: [],
    },
    {
      name: 'other target and unproxied',
      live: publicRecord('a.localplus.io', ['u.cfargotunnel.com'], {
        proxied: false,
      }),
      status: 'drifted',
      differences: ['values', 'proxied'],
    },
  ])(
    'compares the provider record with the declared one: $name',
    ({ live, status, differences }) => {
      const merged = mergeDnsRecords([
        { fact: declaredRecord, rank: 0 },
        { fact: live, rank: 2 },
      ]);
      expect(merged.records).toEqual([{ ...live, owner: 'svc-a' }]);
      expect(
        merged.drift.map(d => [
          d.item.status,
          d.item.differences,
          d.item.object.source,
        ]),
      ).toEqual([[status, differences, 'gitops']]);
    },
  );

  it('reports a declared record missing from a zone the provider lists', () => {
    const other = publicRecord('b.localplus.io', ['x'], {});
    const merged = mergeDnsRecords([
      { fact: declaredRecord, rank: 0 },
      { fact: other, rank: 2 },
    ]);
    expect(merged.drift.map(d => d.item.status)).toEqual(['declared-only']);
    expect(mergeDnsRecords([{ fact: declaredRecord, rank: 0 }]).drift).toEqual(
      [],
    );
  });

  it('keeps public and private records of one name apart', () => {
    const merged = mergeDnsRecords([
      { fact: declaredRecord, rank: 0 },
      {
        fact: { ...declaredRecord, visibility: 'private', zone: 'internal' },
        rank: 0,
      },
    ]);
    expect(merged.records).toHaveLength(2);
  });
});

describe('mergeTunnels', () => {
  const tunnel = (
    service: string,
    source: string,
    management: 'local' | 'remote',
  ) => ({
    tunnelId: 't',
    management,
    origin: { source },
    rules: [
      { hostname: 'a.io', service, position: 0 },
      { service: 'http_status:404', position: 1 },
    ],
  });

  it('serves the live configuration and compares a remote one with the declared rules', () => {
    const merged = mergeTunnels([
      { fact: tunnel('http://a:80', 'gitops', 'local'), rank: 0 },
      { fact: tunnel('http://b:80', 'cloudflare', 'remote'), rank: 2 },
    ]);
    expect(merged.tunnels.map(t => t.origin.source)).toEqual(['cloudflare']);
    expect(merged.drift.map(d => d.item.differences)).toEqual([
      ['rules[0].service'],
    ]);
  });

  it('leaves a live ConfigMap to the object comparison', () => {
    const merged = mergeTunnels([
      { fact: tunnel('http://a:80', 'gitops', 'local'), rank: 0 },
      { fact: tunnel('http://b:80', 'kubernetes:prod', 'local'), rank: 1 },
    ]);
    expect(merged.tunnels.map(t => t.origin.source)).toEqual([
      'kubernetes:prod',
    ]);
    expect(merged.drift).toEqual([]);
  });
});
