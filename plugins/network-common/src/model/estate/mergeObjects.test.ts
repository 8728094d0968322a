import { declared, live, service } from '../__testUtils__/estateBuilder';
import { mergeObjects } from './mergeObjects';

describe('mergeObjects', () => {
  const a = service('shop', 'a', { app: 'a' }, [{ port: 80 }]);
  const b = service('shop', 'b', { app: 'b' }, [{ port: 80 }]);
  const aLive = {
    ...service('shop', 'a', { app: 'a' }, [{ port: 81 }]),
    apiVersion: 'v1',
  };

  it('prefers the live version and keeps the first source per side', () => {
    const merged = mergeObjects([
      declared([a, b]),
      live([aLive]),
      live([service('shop', 'a', {}, [])], 'kubernetes:other'),
    ]);
    const byName = Object.fromEntries(
      merged.effective.map(o => [o.object.metadata.name, o.origin.source]),
    );
    expect(byName).toEqual({ a: 'kubernetes:prod', b: 'gitops' });
    expect(merged.drift.get('/Service/shop/a')).toEqual(
      expect.objectContaining({
        status: 'drifted',
        differences: ['spec.ports[0].port'],
      }),
    );
    expect(merged.drift.get('/Service/shop/b')?.status).toBe('declared-only');
  });

  it('matches declared and live across API versions of the same group', () => {
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'r', namespace: 'n' },
      spec: {},
    };
    const merged = mergeObjects([
      declared([route]),
      live([{ ...route, apiVersion: 'gateway.networking.k8s.io/v1beta1' }]),
    ]);
    expect(merged.effective).toHaveLength(1);
    expect(
      merged.drift.get('gateway.networking.k8s.io/HTTPRoute/n/r')?.status,
    ).toBe('in-sync');
  });

  it('has no drift without both sides', () => {
    expect(mergeObjects([declared([a])]).drift.size).toBe(0);
    expect(mergeObjects([live([a])]).drift.size).toBe(0);
  });
});
