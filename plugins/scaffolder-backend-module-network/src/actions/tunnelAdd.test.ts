import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  objectsInFile,
  readStringValueInFile,
  readTunnelConfig,
} from '@localplus/plugin-network-node';
import fs from 'node:fs';
import path from 'node:path';
import { setUpActionTests } from '../__testUtils__/harness';
import { createTunnelAddAction } from './tunnelAdd';

describe('network:tunnel:add', () => {
  const { harness } = setUpActionTests();
  const read = (file: string) =>
    fs.readFileSync(path.join(harness.root, file), 'utf8');
  const rules = () =>
    readTunnelConfig(
      readStringValueInFile(
        read('platform/cloudflared.yaml'),
        o => o.kind === 'ConfigMap',
        ['data', 'config.yaml'],
        'f',
      )!,
    ).rules;
  const run = async (input: object, isDryRun = false) => {
    const ctx = createMockActionContext({
      input: {
        entityRef: 'component:default/svc-shop',
        hostname: 'shop.localplus.io',
        ...input,
      } as never,
    });
    await createTunnelAddAction(harness.options).handler({ ...ctx, isDryRun });
    return ctx;
  };

  it('adds an anchored path rule to a direct service, before the catch-all', async () => {
    const ctx = await run({
      path: '/hooks',
      service: 'http://svc-shop.svc-shop.svc.cluster.local:8080',
      publicDns: false,
    });
    expect(rules().at(-2)).toEqual({
      hostname: 'shop.localplus.io',
      path: '^/hooks(/.*)?$',
      service: 'http://svc-shop.svc-shop.svc.cluster.local:8080',
      owner: 'component:default/svc-shop',
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'publicUrl',
      'https://shop.localplus.io/hooks',
    );
    expect(read('platform/dns-public.yaml')).not.toContain('shop.localplus.io');
  });

  it('uses the tunnel id from config when set', async () => {
    harness.options.settings = {
      ...harness.options.settings,
      tunnel: { ...harness.options.settings.tunnel, id: 'configured-id' },
    };
    await run({});
    const records = objectsInFile(read('platform/dns-public.yaml'), 'f');
    expect(JSON.stringify(records.at(-1))).toContain(
      'configured-id.cfargotunnel.com',
    );
  });

  it('refuses a rule the shared api rule would shadow', async () => {
    await expect(
      run({ hostname: 'api.localplus.io', path: '/v1/shop', publicDns: false }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining('would never be used: rule #3'),
    });
  });

  it('shows the plan in a dry run without touching the tunnel', async () => {
    const before = read('platform/cloudflared.yaml');
    const ctx = await run({}, true);
    expect(read('platform/cloudflared.yaml')).toBe(before);
    expect(ctx.output).toHaveBeenCalledWith('plan', [
      expect.objectContaining({ system: 'tunnel', action: 'create' }),
      expect.objectContaining({ system: 'dns-public', action: 'create' }),
    ]);
  });

  it.each([
    [{ hostname: 'shop.example.org' }, /not in a public zone/],
    [{ hostname: 'a.*.localplus.io' }, /wildcard/],
    [{ hostname: 'shop.localplus.io:443' }, /port/],
    [{ path: 'hooks' }, /must start with "\/"/],
    [{ service: 'svc-shop:8080' }, /invalid address|has no host/],
    [{ service: 'http://svc:8080/api' }, /has a path/],
    [{ service: 'http_status:42' }, /not a valid http_status/],
  ])('refuses %j before any call', async (input, message) => {
    await expect(run(input)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(message),
    });
    expect(harness.backend.requests).toEqual([]);
  });
});
