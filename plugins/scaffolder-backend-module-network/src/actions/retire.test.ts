import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import { setUpActionTests } from '../__testUtils__/harness';
import { createExposeAction } from './expose';
import { createRetireAction } from './retire';

describe('network:retire', () => {
  const { harness } = setUpActionTests();
  const snapshot = () =>
    Object.fromEntries(
      ['platform/cloudflared.yaml', 'platform/dns-public.yaml'].map(f => [
        f,
        fs.readFileSync(path.join(harness.root, f), 'utf8'),
      ]),
    );
  const expose = (entityRef: string, hostname: string) =>
    createExposeAction(harness.options).handler(
      createMockActionContext({
        input: {
          entityRef,
          exposure: { mode: 'own', hostname },
          workload: { image: 'registry.localplus.io/x:1' },
        } as never,
      }) as never,
    );
  const retire = async (entityRef: string, isDryRun = false) => {
    const ctx = createMockActionContext({ input: { entityRef } as never });
    await createRetireAction(harness.options).handler({ ...ctx, isDryRun });
    return ctx;
  };

  it('removes what the service owns, and nothing else', async () => {
    const before = snapshot();
    await expose('component:default/svc-other', 'other.localplus.io');
    const withOther = snapshot();
    await expose('component:default/svc-shop', 'shop.localplus.io');

    const dry = await retire('component:default/svc-shop', true);
    expect(fs.existsSync(path.join(harness.root, 'apps/svc-shop'))).toBe(true);
    expect(dry.output).toHaveBeenCalledWith(
      'plan',
      expect.arrayContaining([expect.objectContaining({ action: 'delete' })]),
    );

    const ctx = await retire('component:default/svc-shop');
    expect(
      (ctx.output as jest.Mock).mock.calls[0][1].map(
        (p: { system: string; action: string }) => `${p.system}:${p.action}`,
      ),
    ).toEqual([
      'tunnel:delete',
      'dns-public:delete',
      'dns-private:delete',
      'httproute:delete',
      'policy:delete',
      'workload:delete',
      'workload:delete',
      'workload:delete',
    ]);
    expect(snapshot()).toEqual(withOther);
    expect(fs.readdirSync(path.join(harness.root, 'apps/svc-shop'))).toEqual(
      [],
    );

    await retire('component:default/svc-other');
    expect(snapshot()).toEqual(before);
  });

  it('leaves the estate’s unowned objects alone', async () => {
    const ledger = fs.readFileSync(
      path.join(harness.root, 'apps/svc-ledger/httproute.yaml'),
      'utf8',
    );
    const ctx = await retire('component:default/svc-ledger');
    expect(ctx.output).toHaveBeenCalledWith('plan', []);
    expect(
      fs.readFileSync(
        path.join(harness.root, 'apps/svc-ledger/httproute.yaml'),
        'utf8',
      ),
    ).toBe(ledger);
  });
});
