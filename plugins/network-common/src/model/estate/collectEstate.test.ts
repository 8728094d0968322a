import {
  declared,
  healthyEstate,
  live,
  snapshot,
  tunnelConfigMap,
  TUNNEL_ID,
} from '../__testUtils__/estateBuilder';
import { resolveNetworkModelOptions } from '../options';
import { collectEstate } from './collectEstate';

describe('collectEstate', () => {
  const objects = Object.values(healthyEstate());

  it('converts DNSEndpoints and the cloudflared ConfigMap of every snapshot', () => {
    const estate = collectEstate(
      [declared(objects)],
      resolveNetworkModelOptions(),
    );
    expect(
      estate.records.map(r => `${r.name} ${r.visibility} ${r.owner}`).sort(),
    ).toEqual([
      'shop.internal.localplus.io private shop',
      'shop.localplus.io public cloudflared',
    ]);
    expect(estate.tunnels.map(t => [t.tunnelId, t.rules.length])).toEqual([
      [TUNNEL_ID, 2],
    ]);
    expect(estate.accessKnown).toBe(false);
  });

  it('reads only the configured ConfigMap when one is configured', () => {
    const other = {
      ...tunnelConfigMap([{ service: 'http_status:404' }], 'other'),
      metadata: { name: 'other', namespace: 'platform' },
    };
    const options = resolveNetworkModelOptions({
      tunnel: { configMap: { namespace: 'platform', name: 'other' } },
    });
    expect(
      collectEstate([declared([...objects, other])], options).tunnels.map(
        t => t.tunnelId,
      ),
    ).toEqual(['other']);
  });

  it('ranks the live ConfigMap above the declared one, and knows Access when Cloudflare is read', () => {
    const liveTunnel = tunnelConfigMap([
      { hostname: 'x.localplus.io', service: 'http://x:80' },
      { service: 'http_status:404' },
    ]);
    const estate = collectEstate(
      [declared(objects), live([liveTunnel]), snapshot('cloudflare', 'live')],
      resolveNetworkModelOptions(),
    );
    expect(estate.tunnels[0].rules[0].hostname).toBe('x.localplus.io');
    expect(estate.accessKnown).toBe(true);
  });
});
