import { cnp, workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { compileCiliumPolicy } from './compileCilium';
import { decideSide, LOCALHOST_REASON } from './decide';
import { buildSides } from './sides';

const workloads = [
  workload('shop/api', { app: 'api' }),
  workload('shop/web', { app: 'web' }),
];
const ctx = compileContext(workloads, []);
const sides = buildSides(
  compileCiliumPolicy(
    cnp('shop/api', {
      endpointSelector: { matchLabels: { app: 'api' } },
      ingress: [
        {
          fromCIDR: ['10.0.0.0/8'],
          toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
        },
        { fromGroups: [{ aws: { securityGroupsIds: ['sg-1'] } }] },
      ],
      ingressDeny: [
        {
          fromCIDRSet: [{ cidrGroupRef: 'blocked' }],
          toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
        },
      ],
    }),
    ctx,
  ),
  2,
  {},
);
const options = { localhostAllowed: true, listing: false };
const decide = (cp: Parameters<typeof decideSide>[1], opts = options) =>
  decideSide(
    sides.ingress[0],
    cp,
    undefined,
    ctx.index.workloads[0],
    opts,
    'ingress',
  );

describe('decideSide', () => {
  it('a possible deny makes a certain allow unknown, with the deny named', () => {
    const o = decide({ kind: 'ip', v4: 0x0a000001, text: '10.0.0.1' });
    expect(o.allowed.has('TCP', 443)).toBe(false);
    expect(o.possible.has('TCP', 443)).toBe(true);
    expect(o.unknowns.map(u => u.reason).join()).toContain(
      'may be denied by CiliumNetworkPolicy shop/api ingressDeny[0]',
    );
  });

  it('a peer resolved at runtime makes its ports unknown, not allowed', () => {
    const o = decide({ kind: 'ip', v4: 0x08080808, text: '8.8.8.8' });
    expect(o.allowed.isEmpty()).toBe(true);
    expect(o.possible.has('TCP', 22)).toBe(true);
  });

  it('the listing leaves cloud groups to their own line', () => {
    const o = decide(
      { kind: 'ip', v4: 0x08080808, text: '8.8.8.8' },
      { ...options, listing: true },
    );
    expect(o.possible.has('TCP', 22)).toBe(false);
  });

  it('the local host is let in by allow-localhost, unless it is "policy"', () => {
    expect(decide({ kind: 'entity', entity: 'host' }).implicit).toBe(
      LOCALHOST_REASON,
    );
    expect(
      decide(
        { kind: 'entity', entity: 'host' },
        { ...options, localhostAllowed: false },
      ).possible.isEmpty(),
    ).toBe(true);
  });

  it('an end no policy selects is not policed', () => {
    const o = decideSide(
      sides.ingress[1],
      { kind: 'workload', index: 0 },
      undefined,
      undefined,
      options,
      'ingress',
    );
    expect(o.policed).toBe(false);
    expect(o.allowed.describe()).toBe('ANY');
  });
});
