import { mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs';
import { startLoopbackBackend } from '../__testUtils__/loopbackBackend';
import { setUpActionTests } from '../__testUtils__/harness';
import { CatalogRestLookup } from '../lib/catalogLookup';
import { createCatalogWriteAction } from './catalogWrite';

const skeleton = (
  name: string,
  extra = '',
) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations:
    backstage.io/kubernetes-id: ${name}
spec:
  type: service
  lifecycle: experimental
  owner: group:default/team-platform${extra}
`;

describe('network:catalog:write', () => {
  const { dir, harness } = setUpActionTests();
  const generated = (name: string) =>
    dir.resolve(`generated/${name}/catalog-info.yaml`);

  const run = async (
    input: { entityRef: string; catalogInfoPath?: string },
    text: string | null = skeleton('svc-shop'),
    isDryRun = false,
  ) => {
    if (text !== null) {
      fs.mkdirSync(dir.resolve('workspace/service'), { recursive: true });
      fs.writeFileSync(
        dir.resolve('workspace/service/catalog-info.yaml'),
        text,
      );
    }
    const ctx = createMockActionContext({
      input: { catalogInfoPath: './service/catalog-info.yaml', ...input },
      workspacePath: dir.resolve('workspace'),
    });
    await createCatalogWriteAction(harness.options).handler({
      ...ctx,
      isDryRun,
    });
    return Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    );
  };
  const shop = { entityRef: 'component:default/svc-shop' };

  it('copies the file to <folder>/<name>/catalog-info.yaml, once', async () => {
    await expect(run(shop)).resolves.toEqual({
      written: true,
      action: 'create',
      file: generated('svc-shop'),
    });
    expect(fs.readFileSync(generated('svc-shop'), 'utf8')).toBe(
      skeleton('svc-shop'),
    );
    await expect(run(shop)).resolves.toMatchObject({ action: 'unchanged' });
    expect(harness.auditor.createEvent).toHaveBeenCalledTimes(1);
    await expect(
      run(shop, skeleton('svc-shop', '\n  system: payments')),
    ).resolves.toMatchObject({ written: true, action: 'update' });
    expect(fs.readFileSync(generated('svc-shop'), 'utf8')).toContain(
      'system: payments',
    );
    // no lock or temporary file is left where the catalog's glob looks
    expect(fs.readdirSync(dir.resolve('generated/svc-shop'))).toEqual([
      'catalog-info.yaml',
    ]);
  });

  it('writes nothing in a dry run', async () => {
    await expect(run(shop, skeleton('svc-shop'), true)).resolves.toEqual({
      written: false,
      action: 'create',
      file: generated('svc-shop'),
    });
    expect(fs.existsSync(generated('svc-shop'))).toBe(false);
    expect(harness.auditor.createEvent).not.toHaveBeenCalled();
  });

  it('skips, saying why, when there is no local catalog folder', async () => {
    harness.options = {
      ...harness.options,
      catalogRoot: undefined,
      settings: { ...harness.options.settings, catalogOutputPath: undefined },
    };
    await expect(run(shop)).resolves.toEqual({
      written: false,
      action: 'skipped',
      file: '',
    });
    expect(fs.existsSync(dir.resolve('generated'))).toBe(false);
  });

  it('refuses a name the catalog already has from another location', async () => {
    await expect(
      run(
        { entityRef: 'component:default/svc-ledger' },
        skeleton('svc-ledger'),
      ),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message:
        'component:default/svc-ledger is already in the catalog (registered from an unknown location); pick another name.',
    });
    expect(fs.existsSync(generated('svc-ledger'))).toBe(false);
  });

  it('updates an entity the catalog read from this very file', async () => {
    const backend = await startLoopbackBackend({
      entities: [
        {
          kind: 'Component',
          metadata: {
            name: 'svc-shop',
            namespace: 'default',
            annotations: {
              'backstage.io/managed-by-origin-location': `file:${generated(
                'svc-shop',
              )}`,
            },
          },
        },
      ],
    });
    try {
      harness.options.catalog = new CatalogRestLookup({
        discovery: backend.discovery,
        auth: mockServices.auth(),
      });
      await expect(run(shop)).resolves.toMatchObject({ action: 'create' });
    } finally {
      await backend.close();
    }
  });

  it('refuses to overwrite a file that describes another entity', async () => {
    fs.mkdirSync(dir.resolve('generated/svc-shop'), { recursive: true });
    fs.writeFileSync(
      generated('svc-shop'),
      skeleton('svc-shop')
        .replace('kind: Component', 'kind: Component\n# x')
        .replace('name: svc-shop', 'name: svc-shop\n  namespace: other'),
    );
    await expect(run(shop)).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'already describes component:other/svc-shop',
      ),
    });
  });

  it.each([
    ['a missing file', null, /No catalog-info.yaml at .\/service/],
    [
      'two documents',
      `${skeleton('svc-shop')}---\n${skeleton('x')}`,
      /exactly one entity; it holds 2/,
    ],
    ['bad YAML', 'kind: [Component', /not valid YAML/],
    [
      'another kind',
      skeleton('svc-shop').replace('Component', 'API'),
      /must describe a Component/,
    ],
    [
      'another entity',
      skeleton('svc-other'),
      /describes component:default\/svc-other, not component:default\/svc-shop/,
    ],
    [
      'an invalid component',
      skeleton('svc-shop').replace('  type: service\n', ''),
      /not a valid Component/,
    ],
  ])('refuses %s', async (_, text, message) => {
    fs.rmSync(dir.resolve('workspace'), { recursive: true, force: true });
    await expect(run(shop, text)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(message),
    });
    expect(fs.existsSync(dir.resolve('generated'))).toBe(false);
  });
});
