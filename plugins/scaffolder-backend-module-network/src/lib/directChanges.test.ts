import {
  buildPrivateDnsEndpoint,
  buildPublicDnsEndpoint,
} from '@localplus/plugin-network-node';
import { toDirectChanges } from './directChanges';

const owner = 'component:default/svc-shop';
const intent = { namespace: 'svc-shop', owner, kubernetesId: 'svc-shop' };

describe('toDirectChanges', () => {
  it('turns the GitOps plan into provider calls', () => {
    const changes = toDirectChanges(
      [
        {
          type: 'put-object',
          system: 'dns-public',
          file: 'platform/dns-public.yaml',
          owner,
          object: buildPublicDnsEndpoint({
            ...intent,
            name: 'shop.localplus.io',
            hostname: 'shop.localplus.io',
            zone: 'localplus.io',
            tunnelId: 't1',
          }),
        },
        {
          type: 'put-object',
          system: 'dns-private',
          file: 'apps/svc-shop/dns.yaml',
          owner,
          object: buildPrivateDnsEndpoint({
            ...intent,
            name: 'svc-shop-private',
            dnsName: 'svc-shop.internal.localplus.io',
            zone: 'internal.localplus.io',
            recordType: 'CNAME',
            targets: ['svc-shop.svc-shop.svc.cluster.local'],
            ttl: 30,
          }),
        },
        {
          type: 'put-tunnel-rule',
          system: 'tunnel',
          file: 'platform/cloudflared.yaml',
          configMap: { namespace: 'platform', name: 'cf', key: 'config.yaml' },
          owner,
          rule: { hostname: 'shop.localplus.io', service: 'http://x:80' },
        },
      ],
      't1',
    );
    expect(changes).toEqual([
      {
        type: 'put-public-record',
        system: 'dns-public',
        name: 'shop.localplus.io',
        target: 't1.cfargotunnel.com',
        proxied: true,
        owner,
      },
      {
        type: 'put-private-record',
        system: 'dns-private',
        name: 'svc-shop.internal.localplus.io',
        recordType: 'CNAME',
        values: ['svc-shop.svc-shop.svc.cluster.local'],
        ttl: 30,
        owner,
      },
      {
        type: 'put-tunnel-rule',
        system: 'tunnel',
        tunnelId: 't1',
        rule: { hostname: 'shop.localplus.io', service: 'http://x:80' },
        owner,
      },
    ]);
  });

  it('needs a tunnel id for a tunnel rule, and cannot remove yet', () => {
    const rule = {
      type: 'put-tunnel-rule' as const,
      system: 'tunnel' as const,
      file: 'f',
      configMap: { namespace: 'p', name: 'c', key: 'k' },
      owner,
      rule: { hostname: 'a.localplus.io', service: 'http://x:80' },
    };
    expect(() => toDirectChanges([rule], undefined)).toThrow(
      /needs network.tunnel.id/,
    );
    expect(() =>
      toDirectChanges(
        [{ type: 'remove-objects', system: 'policy', file: 'f', owner }],
        't1',
      ),
    ).toThrow(/not supported by the direct target yet/);
  });
});
