import { cnp, workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { addressGroups } from './addresses';
import { compileCiliumPolicy } from './compileCilium';
import { addressConnections, buildConnections } from './connectionBuild';
import { unpoliced } from './decide';
import { formatConnection } from './format';
import { PortSet } from './ports';
import { buildSides } from './sides';
import type { ConnectionPeer } from './types';

const web: ConnectionPeer = {
  kind: 'workload',
  namespace: 'shop',
  name: 'web',
  workloadKind: 'Deployment',
};

describe('buildConnections', () => {
  it('makes one allowed and one unknown connection, and nothing for no port', () => {
    const made = buildConnections(
      web,
      { kind: 'entity', entity: 'world' },
      PortSet.single('TCP', 80),
      PortSet.single('TCP', 81),
      [unpoliced('egress')],
    );
    expect(made.map(formatConnection)).toEqual([
      'shop/web[Deployment] => world : TCP 80',
      'shop/web[Deployment] => world : TCP 81 (unknown)',
    ]);
    expect(made[1].unknown).toEqual([
      'the verdict depends on facts outside the estate',
    ]);
    expect(
      buildConnections(web, web, PortSet.EMPTY, PortSet.EMPTY, []),
    ).toEqual([]);
  });
});

describe('addressConnections', () => {
  it('lists world with what every address gets, and CIDR pieces with what they add', () => {
    const ctx = compileContext([workload('shop/web', { app: 'web' })]);
    const side = buildSides(
      compileCiliumPolicy(
        cnp('shop/p', {
          endpointSelector: {},
          egress: [
            {
              toEntities: ['world'],
              toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }],
            },
            {
              toCIDR: ['10.100.0.0/16'],
              toPorts: [{ ports: [{ port: '5432', protocol: 'TCP' }] }],
            },
          ],
        }),
        ctx,
      ),
      1,
      {},
    ).egress[0];
    const { connections, world } = addressConnections(
      addressGroups(
        side,
        undefined,
        { localhostAllowed: true, listing: true },
        'egress',
      ),
      p => [web, p],
    );
    expect(connections.map(formatConnection)).toEqual([
      'shop/web[Deployment] => world : TCP 443',
      'shop/web[Deployment] => 10.100.0.0-10.100.255.255 : TCP 5432',
    ]);
    expect(world.allowed.describe()).toBe('TCP 443');
  });
});
