import { formatPorts, PortSet } from './ports';

describe('PortSet', () => {
  it('unions and merges adjacent ranges', () => {
    const set = PortSet.single('TCP', 80)
      .union(PortSet.range('TCP', 81, 90))
      .union(PortSet.single('TCP', 443));
    expect(set.toConnectionPorts()).toEqual([
      { protocol: 'TCP', from: 80, to: 90 },
      { protocol: 'TCP', from: 443, to: 443 },
    ]);
  });

  it('subtracts and intersects per protocol', () => {
    const any80 = PortSet.range('ANY', 80, 80);
    expect(any80.subtract(PortSet.single('UDP', 80)).describe()).toBe(
      'SCTP 80; TCP 80',
    );
    expect(
      PortSet.range('TCP', 1, 100)
        .intersect(PortSet.range('TCP', 50, 200))
        .describe(),
    ).toBe('TCP 50-100');
    expect(
      PortSet.range('TCP', 1, 100)
        .subtract(PortSet.range('TCP', 20, 30))
        .describe(),
    ).toBe('TCP 1-19,31-100');
  });

  it('collapses to ANY only when all three protocols carry the same ports', () => {
    expect(PortSet.range('ANY', 53, 53).describe()).toBe('ANY 53');
    expect(
      PortSet.single('TCP', 53).union(PortSet.single('UDP', 53)).describe(),
    ).toBe('TCP 53; UDP 53');
    expect(PortSet.ALL.describe()).toBe('ANY');
  });

  it('has a key equal for equal sets', () => {
    expect(PortSet.single('TCP', 1).union(PortSet.single('TCP', 2)).key()).toBe(
      PortSet.range('TCP', 1, 2).key(),
    );
    expect(PortSet.single('TCP', 1).key()).not.toBe(
      PortSet.single('UDP', 1).key(),
    );
  });
});

describe('formatPorts', () => {
  it('sorts protocols and ports and prints a full range as *', () => {
    expect(
      formatPorts([
        { protocol: 'UDP', from: 53, to: 53 },
        { protocol: 'TCP', from: 8000, to: 8080 },
        { protocol: 'TCP', from: 22, to: 22 },
        { protocol: 'SCTP', from: 0, to: 65535 },
      ]),
    ).toBe('SCTP *; TCP 22,8000-8080; UDP 53');
    expect(formatPorts([])).toBe('no port');
  });
});
