import { compute, undoOf } from './gitopsChanges';
import type { GitopsChange } from './types';

const configMap = {
  namespace: 'platform',
  name: 'cloudflared-config',
  key: 'config.yaml',
};
const rule: GitopsChange = {
  type: 'put-tunnel-rule',
  system: 'tunnel',
  file: 'platform/cloudflared.yaml',
  configMap,
  owner: 'component:default/x',
  rule: { hostname: 'x.localplus.io', service: 'http://x:1' },
};

describe('compute', () => {
  it('reports a missing tunnel ConfigMap as a conflict, naming what it looked for', () => {
    for (const current of [
      undefined,
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n',
    ]) {
      expect(compute(rule, current)).toEqual({
        text: undefined,
        result: [
          expect.objectContaining({
            action: 'conflict',
            reason:
              'platform/cloudflared.yaml holds no ConfigMap platform/cloudflared-config with a "config.yaml" entry',
          }),
        ],
      });
    }
  });

  it('removes nothing from a missing file', () => {
    expect(
      compute(
        { type: 'remove-objects', system: 'policy', file: 'f', owner: 'x' },
        undefined,
      ),
    ).toEqual({ text: undefined, result: [] });
  });
});

describe('undoOf', () => {
  it('undoes creations only', () => {
    const created = { action: 'create' } as never;
    expect(undoOf(rule, created)).toEqual({
      type: 'remove-tunnel-rules',
      system: 'tunnel',
      file: 'platform/cloudflared.yaml',
      configMap,
      owner: 'component:default/x',
      hostname: 'x.localplus.io',
    });
    expect(undoOf(rule, { action: 'update' } as never)).toBeUndefined();
  });
});
