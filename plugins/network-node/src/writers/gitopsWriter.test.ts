import { createMockDirectory } from '@backstage/backend-test-utils';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readManifestFolder } from '../manifests/readManifestFolder';
import { findRepoRoot } from '../testing/sharedCrds';
import { buildPrivateDnsEndpoint } from './dnsEndpoints';
import { GitopsWriter } from './gitopsWriter';
import { DEFAULT_NETWORK_WRITE_SETTINGS } from './settings';
import type { GitopsChange } from './types';

const ESTATE = path.join(findRepoRoot(__dirname), 'examples', 'gitops');
const CONFIG_MAP = DEFAULT_NETWORK_WRITE_SETTINGS.tunnel.configMap;
const GATEWAY = DEFAULT_NETWORK_WRITE_SETTINGS.tunnel.defaultService;

const ownerOf = (name: string) => `component:default/${name}`;

function privateRecord(name: string): GitopsChange {
  return {
    type: 'put-object',
    system: 'dns-private',
    file: `apps/${name}/dns.yaml`,
    owner: ownerOf(name),
    object: buildPrivateDnsEndpoint({
      name: `${name}-private`,
      namespace: name,
      owner: ownerOf(name),
      kubernetesId: name,
      dnsName: `${name}.internal.localplus.io`,
      zone: 'internal.localplus.io',
      recordType: 'CNAME',
      targets: [`${name}.${name}.svc.cluster.local`],
      ttl: 60,
    }),
  };
}

function tunnelRule(
  name: string,
  hostname = `${name}.localplus.io`,
): GitopsChange {
  return {
    type: 'put-tunnel-rule',
    system: 'tunnel',
    file: 'platform/cloudflared.yaml',
    configMap: CONFIG_MAP,
    owner: ownerOf(name),
    rule: {
      hostname,
      service: GATEWAY,
      originRequest: { originServerName: hostname },
    },
  };
}

describe('GitopsWriter', () => {
  const dir = createMockDirectory();
  let writer: GitopsWriter;
  let cloudflaredBefore: string;

  beforeEach(async () => {
    dir.clear();
    await fs.cp(ESTATE, dir.path, { recursive: true });
    writer = GitopsWriter.create({ root: dir.path });
    cloudflaredBefore = await fs.readFile(
      dir.resolve('platform/cloudflared.yaml'),
      'utf8',
    );
  });

  const read = (file: string) => fs.readFile(dir.resolve(file), 'utf8');

  it('plans without writing, applies, and is unchanged on the second run', async () => {
    const changes = [privateRecord('svc-shop'), tunnelRule('svc-shop')];
    const plan = await writer.plan(changes);
    expect(plan.map(p => [p.system, p.action, p.file])).toEqual([
      ['dns-private', 'create', 'apps/svc-shop/dns.yaml'],
      ['tunnel', 'create', 'platform/cloudflared.yaml'],
    ]);
    await expect(fs.stat(dir.resolve('apps/svc-shop'))).rejects.toThrow();
    expect(await read('platform/cloudflared.yaml')).toBe(cloudflaredBefore);

    const applied = await writer.apply(changes);
    expect(applied.map(p => p.action)).toEqual(['create', 'create']);
    const files = {
      dns: await read('apps/svc-shop/dns.yaml'),
      tunnel: await read('platform/cloudflared.yaml'),
    };

    const again = await writer.apply(changes);
    expect(again.map(p => p.action)).toEqual(['unchanged', 'unchanged']);
    expect(await read('apps/svc-shop/dns.yaml')).toBe(files.dns);
    expect(await read('platform/cloudflared.yaml')).toBe(files.tunnel);
  });

  it('writes files the GitOps reader reads back without problems', async () => {
    await writer.apply([privateRecord('svc-shop'), tunnelRule('svc-shop')]);
    const { problems, manifests } = await readManifestFolder(dir.path);
    expect(problems).toEqual([]);
    expect(
      manifests.some(m => m.object.metadata.name === 'svc-shop-private'),
    ).toBe(true);
  });

  it('refuses the whole batch on a conflict and writes nothing', async () => {
    const foreign = tunnelRule('svc-shop', 'api.localplus.io');
    await expect(
      writer.apply([privateRecord('svc-shop'), foreign]),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(
        /already serves api.localplus.io: rule #3 .*not managed by Backstage/,
      ),
    });
    await expect(fs.stat(dir.resolve('apps/svc-shop'))).rejects.toThrow();
    expect(await read('platform/cloudflared.yaml')).toBe(cloudflaredBefore);
  });

  it('undoes what it created when a later change fails', async () => {
    // both look free when planned; the second finds the first's rule when applied, as it would
    // when another run got there between planning and writing
    const first = tunnelRule('svc-shop');
    const second = tunnelRule('svc-rival', 'svc-shop.localplus.io');
    await expect(
      writer.apply([privateRecord('svc-shop'), first, second]),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(/owned by component:default\/svc-shop/),
    });
    expect(await read('platform/cloudflared.yaml')).toBe(cloudflaredBefore);
    await expect(
      fs.stat(dir.resolve('apps/svc-shop/dns.yaml')),
    ).rejects.toThrow();
  });

  it('removes only what the owner owns', async () => {
    await writer.apply([privateRecord('svc-shop'), tunnelRule('svc-shop')]);
    await writer.apply([tunnelRule('svc-other')]);
    const removed = await writer.apply([
      {
        type: 'remove-objects',
        system: 'dns-private',
        file: 'apps/svc-shop/dns.yaml',
        owner: ownerOf('svc-shop'),
      },
      {
        type: 'remove-tunnel-rules',
        system: 'tunnel',
        file: 'platform/cloudflared.yaml',
        configMap: CONFIG_MAP,
        owner: ownerOf('svc-shop'),
      },
      {
        type: 'remove-objects',
        system: 'dns-private',
        file: 'apps/svc-ledger/dns.yaml',
        owner: ownerOf('svc-shop'),
      },
    ]);
    expect(removed.map(p => [p.action, p.object.name])).toEqual([
      ['delete', 'svc-shop-private'],
      ['delete', 'svc-shop.localplus.io'],
    ]);
    await expect(
      fs.stat(dir.resolve('apps/svc-shop/dns.yaml')),
    ).rejects.toThrow();
    const tunnel = await writer.readTunnel(
      'platform/cloudflared.yaml',
      CONFIG_MAP,
    );
    expect(tunnel!.rules.map(r => r.hostname)).toContain(
      'svc-other.localplus.io',
    );
    expect(tunnel!.rules.map(r => r.hostname)).not.toContain(
      'svc-shop.localplus.io',
    );
    expect(await read('apps/svc-ledger/dns.yaml')).toBe(
      await fs.readFile(path.join(ESTATE, 'apps/svc-ledger/dns.yaml'), 'utf8'),
    );
  });

  it('keeps every rule when 20 runs add tunnel rules to one tunnel at once', async () => {
    const names = Array.from(
      { length: 20 },
      (_, i) => `svc-${String(i).padStart(2, '0')}`,
    );
    const before = await writer.readTunnel(
      'platform/cloudflared.yaml',
      CONFIG_MAP,
    );
    // separate writers, as separate template runs would have
    const results = await Promise.all(
      names.map(name =>
        GitopsWriter.create({ root: dir.path }).apply([
          privateRecord(name),
          tunnelRule(name),
        ]),
      ),
    );
    expect(results.flat().every(p => p.action === 'create')).toBe(true);

    const after = await writer.readTunnel(
      'platform/cloudflared.yaml',
      CONFIG_MAP,
    );
    const hostnames = after!.rules.map(r => r.hostname);
    const foreign = before!.rules.slice(0, -1);
    expect(after!.rules.slice(0, foreign.length)).toEqual(foreign);
    expect(hostnames.slice(foreign.length, -1)).toEqual(
      names.map(n => `${n}.localplus.io`),
    );
    expect(after!.rules.at(-1)).toEqual({ service: 'http_status:404' });
    // the Deployment next to the ConfigMap is untouched
    const text = await read('platform/cloudflared.yaml');
    expect(text.slice(text.indexOf('---\napiVersion: apps/v1'))).toBe(
      cloudflaredBefore.slice(
        cloudflaredBefore.indexOf('---\napiVersion: apps/v1'),
      ),
    );

    // the same rules added one by one, in another order, give the same bytes
    const other = createMockDirectory();
    await fs.cp(ESTATE, other.path, { recursive: true });
    for (const name of [...names].reverse()) {
      await GitopsWriter.create({ root: other.path }).apply([tunnelRule(name)]);
    }
    expect(
      await fs.readFile(other.resolve('platform/cloudflared.yaml'), 'utf8'),
    ).toBe(text);
    const leftovers = (await fs.readdir(dir.resolve('platform'))).filter(f =>
      f.startsWith('.'),
    );
    expect(leftovers).toEqual([]);
  });

  it('refuses paths outside the folder', async () => {
    await expect(
      writer.plan([{ ...privateRecord('x'), file: '../outside.yaml' }]),
    ).rejects.toThrow(/outside/i);
  });
});
