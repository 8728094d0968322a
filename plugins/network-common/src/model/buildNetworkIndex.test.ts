import {
  SHOP,
  healthyEstate,
  indexOf,
  cnp,
  dnsEndpoint,
  tunnelRecord,
} from './__testUtils__/estateBuilder';
import { syntheticEstate } from './__testUtils__/syntheticEstate';
import { buildNetworkIndex } from './buildNetworkIndex';

describe('buildNetworkIndex', () => {
  const broken = {
    ...healthyEstate(),
    policy: cnp('shop', 'shop', {
      endpointSelector: {},
      ingress: [{ fromEntities: ['world'] }],
    }),
    pay: dnsEndpoint('shop', 'shop', 'localplus.io', [
      tunnelRecord('pay.localplus.io'),
    ]),
  };
  const index = indexOf(broken);

  it('serves views by entity ref in any spelling, and nothing for unknown entities', () => {
    expect(index.view('Component:shop')?.entityRef).toBe(SHOP);
    expect(index.view('component:default/unknown')).toBeUndefined();
    expect(index.entityRefs()).toEqual([
      SHOP,
      'component:default/cloudflared',
      'component:default/cilium-gateway',
    ]);
    expect(index.builtAt).toBe('2026-12-01T12:00:00.000Z');
  });

  it('filters findings by severity, check and entity', () => {
    const all = index.findings();
    expect(all.map(f => f.check).sort()).toEqual([
      'dns-without-tunnel-rule',
      'gateway-blocked-by-policy',
    ]);
    expect(index.findings({ check: ['dns-without-tunnel-rule'] })).toHaveLength(
      1,
    );
    expect(index.findings({ severity: ['info'] })).toEqual([]);
    expect(index.findings({ entityRef: ['component:shop'] })).toHaveLength(2);
    expect(
      index.findings({ entityRef: ['component:default/cloudflared'] }),
    ).toEqual([]);
    expect(new Set(all.map(f => f.id)).size).toBe(all.length);
  });

  it('keeps finding ids stable across builds', () => {
    expect(
      indexOf(broken)
        .findings()
        .map(f => f.id),
    ).toEqual(index.findings().map(f => f.id));
  });

  it('serves an empty view to an entity that owns nothing', () => {
    const view = indexOf(healthyEstate(), {
      bindings: [
        { entityRef: 'component:default/ghost', kubernetesId: 'ghost' },
      ],
    }).view('component:default/ghost')!;
    expect(view).toEqual(
      expect.objectContaining({
        exposure: 'none',
        chains: [],
        routes: [],
        callers: [],
        findings: [],
        names: { public: [], private: [], cluster: [] },
      }),
    );
  });

  it('reports configuration it cannot read instead of failing', () => {
    const estate = {
      ...healthyEstate(),
      tunnel: {
        ...healthyEstate().tunnel,
        data: { 'config.yaml': 'ingress: [' },
      },
    };
    const problems = indexOf(estate).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('not valid YAML'),
      }),
    ]);
  });

  it('builds a generated estate where every service is publicly reachable', () => {
    const estate = syntheticEstate(100);
    const generated = buildNetworkIndex({
      ...estate,
      sourceStatus: [],
      options: {},
    });
    const verdicts = estate.entities.map(e =>
      generated
        .view(e.entityRef)!
        .chains.map(c => `${c.entry.kind}:${c.verdict}`)
        .join(','),
    );
    expect(new Set(verdicts)).toEqual(
      new Set(['public-hostname:ok,private-name:unknown']),
    );
    expect(generated.findings({ severity: ['error', 'warning'] })).toEqual([]);
    expect(
      generated.view('component:default/svc-7')!.callers.map(c => c.entityRef),
    ).toEqual(expect.arrayContaining(['component:default/svc-8']));
  });
});
