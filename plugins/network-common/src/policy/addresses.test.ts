import { cnp, workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { addressGroups, describeRanges, worldOutcome } from './addresses';
import { compileCiliumPolicy } from './compileCilium';
import { buildSides } from './sides';

const ctx = compileContext([workload('shop/web', { app: 'web' })]);
const sideOf = (egress: unknown[], egressDeny: unknown[] = []) =>
  buildSides(
    compileCiliumPolicy(
      cnp('shop/p', { endpointSelector: {}, egress, egressDeny }),
      ctx,
    ),
    1,
    {},
  ).egress[0];
const options = { localhostAllowed: true, listing: true };

describe('address groups', () => {
  it('cuts the address space at CIDR boundaries and merges pieces with the same ports', () => {
    const side = sideOf([
      {
        toCIDRSet: [{ cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] }],
        toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
      },
    ]);
    const groups = addressGroups(side, undefined, options, 'egress');
    expect(
      groups.map(g => [describeRanges(g.ranges), g.outcome.allowed.describe()]),
    ).toEqual([
      [
        '0.0.0.0-9.255.255.255, 10.1.0.0-10.1.255.255, 11.0.0.0-255.255.255.255',
        'no port',
      ],
      ['10.0.0.0-10.0.255.255, 10.2.0.0-10.255.255.255', 'TCP 443'],
    ]);
  });

  it('an unpoliced side is one group: every address, every port', () => {
    const [group] = addressGroups(undefined, undefined, options, 'egress');
    expect(describeRanges(group.ranges)).toBe('every address');
    expect(group.outcome.allowed.describe()).toBe('ANY');
  });

  it('world is allowed on a port only when every address is', () => {
    const side = sideOf(
      [
        {
          toEntities: ['world'],
          toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
        },
      ],
      [{ toCIDR: ['169.254.169.254/32'] }],
    );
    const world = worldOutcome(
      addressGroups(side, undefined, options, 'egress'),
      'egress',
    );
    expect(world.allowed.isEmpty()).toBe(true);
    expect(world.possible.describe()).toBe('TCP 443');
    expect(world.unknowns.map(u => u.reason)).toEqual([
      'allowed only for some addresses outside the cluster: 0.0.0.0-169.254.169.253, 169.254.169.255-255.255.255.255',
    ]);
  });
});
