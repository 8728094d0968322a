import { cnp, workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { compileCiliumPolicy } from './compileCilium';
import { formatConnection } from './format';
import { namedPeerConnections } from './namedPeers';
import { PortSet } from './ports';
import { buildSides } from './sides';
import type { ConnectionPeer } from './types';

const ctx = compileContext([workload('shop/web', { app: 'web' })]);
const web: ConnectionPeer = {
  kind: 'workload',
  namespace: 'shop',
  name: 'web',
  workloadKind: 'Deployment',
};
const side = buildSides(
  compileCiliumPolicy(
    cnp('shop/p', {
      endpointSelector: {},
      egress: [
        {
          toFQDNs: [{ matchPattern: '*.aiven.io' }],
          toPorts: [
            {
              ports: [
                { port: '443', protocol: 'TCP' },
                { port: '5432', protocol: 'TCP' },
              ],
            },
          ],
        },
      ],
    }),
    ctx,
  ),
  1,
  {},
).egress[0];
const options = { localhostAllowed: true, listing: true };

describe('namedPeerConnections', () => {
  it('lists an FQDN pattern as unknown, with the runtime reasons', () => {
    const none = { allowed: PortSet.EMPTY, possible: PortSet.EMPTY };
    const [line] = namedPeerConnections(
      side,
      none,
      p => [web, p],
      'egress',
      options,
    );
    expect(formatConnection(line)).toBe(
      'shop/web[Deployment] => fqdn:*.aiven.io : TCP 443,5432 (unknown)',
    );
    expect(line.unknown).toHaveLength(2);
  });

  it('leaves out the ports every address already gets', () => {
    const world = {
      allowed: PortSet.single('TCP', 443),
      possible: PortSet.single('TCP', 443),
    };
    const [line] = namedPeerConnections(
      side,
      world,
      p => [web, p],
      'egress',
      options,
    );
    expect(formatConnection(line)).toBe(
      'shop/web[Deployment] => fqdn:*.aiven.io : TCP 5432 (unknown)',
    );
  });
});
