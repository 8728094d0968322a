import { Bitset } from './bitset';
import { Ipv4Ranges, parseIPv4 } from './ip';
import type { PeerSpec } from './model';
import { matchPeer, matchPeers } from './peerMatch';

const pods = Bitset.empty(3);
pods.add(1);
const podSpec: PeerSpec = {
  kind: 'pods',
  requirements: [],
  pods,
  text: 'endpoints app=x',
};
const tenSlash8: PeerSpec = {
  kind: 'cidr',
  v4: Ipv4Ranges.of(parseIPv4('10.0.0.0')!, parseIPv4('10.255.255.255')!),
  text: 'CIDR 10.0.0.0/8',
};
const groups: PeerSpec = {
  kind: 'opaque',
  scope: 'external',
  text: 'cloud groups',
  reason: 'resolved by AWS',
};

describe('matchPeer', () => {
  it('matches pods through the resolved bitset', () => {
    expect(
      matchPeer(podSpec, { kind: 'workload', index: 1 }, false).result,
    ).toBe('yes');
    expect(
      matchPeer(podSpec, { kind: 'workload', index: 0 }, false).result,
    ).toBe('no');
  });

  it('CIDRs match addresses, never pods, and only part of world', () => {
    expect(
      matchPeer(
        tenSlash8,
        { kind: 'ip', v4: parseIPv4('10.1.1.1'), text: '10.1.1.1' },
        false,
      ).result,
    ).toBe('yes');
    expect(
      matchPeer(tenSlash8, { kind: 'workload', index: 1 }, false).result,
    ).toBe('no');
    expect(
      matchPeer(tenSlash8, { kind: 'entity', entity: 'world' }, false).result,
    ).toBe('maybe');
  });

  it('a peer resolved at runtime may match an address', () => {
    expect(
      matchPeer(groups, { kind: 'ip', v4: 1, text: '0.0.0.1' }, false),
    ).toEqual({ result: 'maybe', reason: 'resolved by AWS' });
  });

  it('listing keys: a rule covers its own key; partial overlaps only count for deny', () => {
    expect(
      matchPeer(groups, { kind: 'external', spec: groups }, false).result,
    ).toBe('yes');
    const slash16: PeerSpec = {
      kind: 'cidr',
      v4: Ipv4Ranges.of(parseIPv4('10.1.0.0')!, parseIPv4('10.1.255.255')!),
      text: 'x',
    };
    expect(
      matchPeer(tenSlash8, { kind: 'external', spec: slash16 }, false).result,
    ).toBe('yes');
    expect(
      matchPeer(slash16, { kind: 'external', spec: tenSlash8 }, false).result,
    ).toBe('no');
    expect(
      matchPeer(slash16, { kind: 'external', spec: tenSlash8 }, true).result,
    ).toBe('maybe');
  });

  it('ORs the peers of a rule: yes beats maybe beats no', () => {
    const cp = { kind: 'entity', entity: 'world' } as const;
    expect(matchPeers([podSpec, tenSlash8], cp, false).result).toBe('maybe');
    expect(
      matchPeers([tenSlash8, { kind: 'entity', entity: 'all' }], cp, false)
        .result,
    ).toBe('yes');
  });
});
