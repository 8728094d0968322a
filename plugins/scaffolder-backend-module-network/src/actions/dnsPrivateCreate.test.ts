import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { objectsInFile } from '@localplus/plugin-network-node';
import fs from 'node:fs';
import path from 'node:path';
import { setUpActionTests } from '../__testUtils__/harness';
import { createDnsPrivateCreateAction } from './dnsPrivateCreate';

describe('network:dns:private:create', () => {
  const { harness } = setUpActionTests();
  const run = async (input: object, isDryRun = false) => {
    const ctx = createMockActionContext({
      input: { entityRef: 'component:default/svc-shop', ...input } as never,
    });
    await createDnsPrivateCreateAction(harness.options).handler({
      ...ctx,
      isDryRun,
    });
    return ctx;
  };

  it('creates the default private CNAME to the Service', async () => {
    const ctx = await run({});
    const [record] = objectsInFile(
      fs.readFileSync(
        path.join(harness.root, 'apps/svc-shop/dns.yaml'),
        'utf8',
      ),
      'f',
    );
    expect(record.spec).toEqual({
      endpoints: [
        {
          dnsName: 'svc-shop.internal.localplus.io',
          recordType: 'CNAME',
          recordTTL: 60,
          targets: ['svc-shop.svc-shop.svc.cluster.local'],
        },
      ],
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'privateName',
      'svc-shop.internal.localplus.io',
    );
    expect(harness.backend.requests[0].body).toEqual({
      dnsName: 'svc-shop.internal.localplus.io',
      entityRef: 'component:default/svc-shop',
    });
  });

  it('refuses a name another entity holds', async () => {
    await expect(
      run({ dnsName: 'svc-ledger.internal.localplus.io' }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining('owned by component:default/svc-ledger'),
    });
  });

  it.each([
    [{ dnsName: 'svc-shop.localplus.io' }, /not in a private zone/],
    [{ dnsName: 'internal.localplus.io' }, /zone itself/],
    [{ dnsName: '*.internal.localplus.io' }, /wildcard/],
    [{ targets: ['a.b', 'c.d'] }, /exactly one target/],
    [{ targets: ['Not_A_Host'] }, /not a host name/],
    [{ recordType: 'A', targets: ['10.0.0.300'] }, /not an IPv4 address/],
    [{ recordType: 'A', targets: [] }, /at least one IPv4/],
    [{ recordType: 'TXT' }, /"TXT" is not supported/],
    [{ ttl: 0 }, /TTL 0 is out of range/],
    [{ ttl: 1.5 }, /TTL 1.5/],
  ])('refuses %j before any call', async (input, message) => {
    await expect(run(input)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(message),
    });
    expect(harness.backend.requests).toEqual([]);
  });
});
