import {
  compileCiliumPorts,
  compileKubernetesPorts,
  describePortRules,
} from './portRules';

describe('Cilium toPorts', () => {
  const problems: string[] = [];
  const report = (m: string) => problems.push(m);
  beforeEach(() => problems.splice(0));

  it('no toPorts means every port', () => {
    expect(compileCiliumPorts(undefined, false, report)).toBeUndefined();
    expect(compileCiliumPorts([], false, report)).toBeUndefined();
  });

  it('reads numbers, strings, ranges, names; protocol defaults to ANY', () => {
    const [rule] = compileCiliumPorts(
      [
        {
          ports: [
            { port: '80' },
            { port: 8000, endPort: 8080, protocol: 'tcp' },
            { port: 'http', protocol: 'TCP' },
          ],
        },
      ],
      false,
      report,
    )!;
    expect(rule.numeric.describe()).toBe('SCTP 80; TCP 80,8000-8080; UDP 80');
    expect(rule.named).toEqual([{ protocol: 'TCP', name: 'http' }]);
    expect(problems).toEqual([]);
  });

  it('skips transport-less protocols and reports invalid ports', () => {
    const [rule] = compileCiliumPorts(
      [
        {
          ports: [
            { port: '112', protocol: 'VRRP' },
            { port: '70000' },
            { port: '1', protocol: 'ICMP' },
          ],
        },
      ],
      false,
      report,
    )!;
    expect(rule.numeric.isEmpty()).toBe(true);
    expect(problems).toEqual([
      'invalid port 70000',
      'unsupported protocol ICMP',
    ]);
  });

  it('keeps L7 for allows and drops it for denies (deny: no L7)', () => {
    const entry = [
      { ports: [{ port: '80' }], rules: { http: [{ method: 'GET' }] } },
    ];
    expect(compileCiliumPorts(entry, false, report)![0].l7?.restrictive).toBe(
      true,
    );
    expect(compileCiliumPorts(entry, true, report)![0].l7).toBeUndefined();
  });
});

describe('Kubernetes NetworkPolicyPort', () => {
  it('defaults the protocol to TCP', () => {
    const [rule] = compileKubernetesPorts(
      [{ port: 53 }, { protocol: 'UDP', port: 53 }],
      () => {},
    )!;
    expect(rule.numeric.describe()).toBe('TCP 53; UDP 53');
  });
});

describe('describePortRules', () => {
  it('summarises plain ports, names and L7', () => {
    const rules = compileCiliumPorts(
      [
        { ports: [{ port: '8080', protocol: 'TCP' }, { port: 'grpc' }] },
        {
          ports: [{ port: '80', protocol: 'TCP' }],
          rules: { http: [{ path: '/x' }] },
        },
      ],
      false,
      () => {},
    );
    expect(describePortRules(rules)).toBe(
      'TCP 8080; any protocol port "grpc"; TCP 80 (L7: HTTP requests matching any method /x)',
    );
    expect(describePortRules(undefined)).toBe('any port');
  });
});
