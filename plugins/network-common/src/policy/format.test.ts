import {
  compareLines,
  formatConnection,
  formatConnectionPeer,
  sortConnections,
} from './format';
import type { Connection } from './types';

const connection = (over: Partial<Connection>): Connection => ({
  from: { kind: 'entity', entity: 'ingress' },
  to: {
    kind: 'workload',
    namespace: 'svc-wallet',
    name: 'svc-wallet',
    workloadKind: 'Deployment',
  },
  ports: [{ protocol: 'TCP', from: 50051, to: 50051 }],
  verdict: 'allowed',
  allowedBy: [],
  unknown: [],
  ...over,
});

describe('formatConnection', () => {
  it('prints the documented line', () => {
    expect(formatConnection(connection({}))).toBe(
      'ingress => svc-wallet/svc-wallet[Deployment] : TCP 50051',
    );
  });

  it('prints ranges, FQDN patterns, selectors and unknown verdicts', () => {
    expect(
      formatConnectionPeer({
        kind: 'cidr',
        ranges: [{ first: '10.100.0.0', last: '10.100.255.255' }],
      }),
    ).toBe('10.100.0.0-10.100.255.255');
    expect(
      formatConnectionPeer({ kind: 'fqdn', pattern: '*.example.com' }),
    ).toBe('fqdn:*.example.com');
    expect(
      formatConnectionPeer({ kind: 'selector', description: 'cloud groups' }),
    ).toBe('selector:cloud groups');
    expect(
      formatConnection(
        connection({
          verdict: 'unknown',
          ports: [{ protocol: 'TCP', from: 8000, to: 8080 }],
        }),
      ),
    ).toBe(
      'ingress => svc-wallet/svc-wallet[Deployment] : TCP 8000-8080 (unknown)',
    );
  });

  it('sorts by line in code-unit order', () => {
    const sorted = sortConnections([
      connection({ from: { kind: 'entity', entity: 'world' } }),
      connection({}),
      connection({ from: { kind: 'entity', entity: 'Zed' } }),
    ]);
    expect(
      sorted.map(c => (c.from.kind === 'entity' ? c.from.entity : '')),
    ).toEqual(['Zed', 'ingress', 'world']);
    expect(compareLines('a', 'a')).toBe(0);
  });
});
