import {
  healthyEstate,
  service,
  declared,
} from '../__testUtils__/estateBuilder';
import { EntityResolver } from '../bindings';
import { collectEstate } from '../estate/collectEstate';
import { resolveNetworkModelOptions, NetworkModelOptions } from '../options';
import type { KubernetesObject } from '../sources';
import { buildWorld } from '../world';
import { describeTarget, resolveTunnelTarget } from './targets';

function worldOf(
  extra: KubernetesObject[] = [],
  options: NetworkModelOptions = {},
) {
  const resolved = resolveNetworkModelOptions(options);
  const estate = collectEstate(
    [declared([...Object.values(healthyEstate()), ...extra])],
    resolved,
  );
  return buildWorld(estate, resolved, new EntityResolver([]));
}

const target = (world: ReturnType<typeof worldOf>, text: string) =>
  describeTarget(resolveTunnelTarget(world, { service: text, position: 0 }));

describe('resolveTunnelTarget', () => {
  it.each([
    [
      'https://cilium-gateway-public.platform.svc.cluster.local:443',
      'Gateway platform/public',
    ],
    ['http://shop.shop.svc.cluster.local:8080', 'Service shop/shop:8080'],
    ['http://shop.shop:8080', 'Service shop/shop:8080'],
    ['http://cloudflared:2000', 'Service platform/cloudflared:2000'],
    ['http_status:404', 'http_status:404'],
    ['https://example.com', 'https://example.com'],
  ])('%s → %s', (text, expected) => {
    expect(target(worldOf(), text)).toBe(expected);
  });

  it('recognises the Gateway by the owning-gateway label and by the configured default service', () => {
    const lb = service('platform', 'edge-lb', {}, [{ port: 443 }], {
      'io.cilium.gateway/owning-gateway': 'public',
    });
    expect(target(worldOf([lb]), 'https://edge-lb.platform.svc:443')).toBe(
      'Gateway platform/public',
    );
    const configured = worldOf([], {
      tunnel: { defaultService: 'https://gw.example.internal:443' },
    });
    expect(target(configured, 'https://gw.example.internal:443')).toBe(
      'Gateway platform/public',
    );
  });
});
