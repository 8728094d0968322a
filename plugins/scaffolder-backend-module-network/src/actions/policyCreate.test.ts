import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { objectsInFile } from '@localplus/plugin-network-node';
import fs from 'node:fs';
import path from 'node:path';
import { setUpActionTests } from '../__testUtils__/harness';
import { createPolicyCreateAction } from './policyCreate';

describe('network:policy:create', () => {
  const { harness } = setUpActionTests();
  const file = () =>
    path.join(harness.root, 'apps/svc-shop/ciliumnetworkpolicy.yaml');
  const run = async (input: object, isDryRun = false) => {
    const ctx = createMockActionContext({
      input: { entityRef: 'component:default/svc-shop', ...input } as never,
    });
    await createPolicyCreateAction(harness.options).handler({
      ...ctx,
      isDryRun,
    });
    return ctx;
  };

  it('resolves callers through the catalog, including label-selector entities', async () => {
    const ctx = await run({
      exposedPorts: [8080],
      callers: [
        { entityRef: 'svc-ledger', ports: [50051] },
        { entityRef: 'component:default/legacy', ports: [8080] },
      ],
      dataServices: ['valkey'],
    });
    const [policy] = objectsInFile(fs.readFileSync(file(), 'utf8'), 'f');
    const ingress = (policy.spec as { ingress: unknown[] }).ingress;
    expect(ingress).toEqual([
      {
        fromEntities: ['ingress'],
        toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
      },
      {
        fromEndpoints: [
          {
            matchLabels: {
              'io.kubernetes.pod.namespace': 'old',
              app: 'legacy',
              tier: 'web',
            },
          },
        ],
        toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
      },
      {
        fromEndpoints: [
          {
            matchLabels: {
              'io.kubernetes.pod.namespace': 'svc-ledger',
              'app.kubernetes.io/name': 'svc-ledger',
            },
          },
        ],
        toPorts: [{ ports: [{ port: '50051', protocol: 'TCP' }] }],
      },
    ]);
    expect(ctx.output).toHaveBeenCalledWith('policyName', 'svc-shop/svc-shop');
    // the catalog was asked on behalf of the user running the template
    const lookups = harness.backend.requests.filter(r =>
      r.path.includes('/api/catalog/'),
    );
    expect(lookups.map(l => l.path)).toEqual([
      '/api/catalog/entities/by-name/component/default/svc-ledger',
      '/api/catalog/entities/by-name/component/default/legacy',
    ]);
    expect(lookups[0].authorization).toContain('user:default/mock');
  });

  it('is unchanged on a second run and writes nothing in a dry run', async () => {
    const dry = await run({ vpcEndpoints: true }, true);
    expect(fs.existsSync(file())).toBe(false);
    expect(dry.output).toHaveBeenCalledWith('plan', [
      expect.objectContaining({ system: 'policy', action: 'create' }),
    ]);
    await run({ vpcEndpoints: true });
    const again = await run({ vpcEndpoints: true });
    expect(again.output).toHaveBeenCalledWith('plan', [
      expect.objectContaining({ action: 'unchanged' }),
    ]);
  });

  it('refuses to replace the estate policy it does not own', async () => {
    await expect(
      run({ entityRef: 'component:default/svc-ledger' }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining('not managed by Backstage'),
    });
  });

  it.each([
    [{ exposedPorts: [0] }, /exposed port 0 is out of range/],
    [{ callers: [{ entityRef: 'svc-ledger', ports: [] }] }, /Give the ports/],
    [
      { callees: [{ entityRef: 'svc-ledger', ports: [70000] }] },
      /out of range/,
    ],
    [{ metricsPort: -1 }, /metrics port/],
    [{ dataServices: ['redis'] }, /"redis" is not a data service/],
  ])('refuses %j before any call', async (input, message) => {
    await expect(run(input)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(message),
    });
    expect(harness.backend.requests).toEqual([]);
  });
});
