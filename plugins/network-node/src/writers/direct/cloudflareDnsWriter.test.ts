import { mockServices } from '@backstage/backend-test-utils';
import { createCloudflareClient } from '../../sources/cloudflare/createCloudflareClient';
import {
  CloudflareApiServer,
  startCloudflareApiServer,
} from '../../testing/cloudflareApiServer';
import { CloudflarePublicDnsWriter } from './cloudflareDnsWriter';

const owner = 'component:default/svc-shop';
const target = 'tunnel-1.cfargotunnel.com';
const change = (o = owner, content = target) => ({
  type: 'put-public-record' as const,
  system: 'dns-public' as const,
  name: 'shop.localplus.io',
  target: content,
  proxied: true,
  owner: o,
});

describe('CloudflarePublicDnsWriter', () => {
  let server: CloudflareApiServer;
  let zoneId: string;
  beforeEach(async () => {
    server = await startCloudflareApiServer();
    zoneId = server.addZone({ name: 'localplus.io' });
  });
  afterEach(() => server.close());

  const writer = (fetchFn?: typeof fetch) => {
    const client = createCloudflareClient({
      config: { apiToken: server.apiToken, baseUrl: server.baseUrl },
      logger: mockServices.logger.mock(),
    });
    return new CloudflarePublicDnsWriter({
      client: fetchFn ? client.withOptions({ fetch: fetchFn }) : client,
      accountId: server.accountId,
      // no id: looked up by name, once
      zones: [{ name: 'localplus.io' }],
    });
  };
  const records = () => server.dnsRecords(zoneId);

  it('creates a proxied CNAME marked with its owner, keeps it, updates it, takes it back', async () => {
    const w = writer();
    await expect(w.plan(change())).resolves.toMatchObject({
      action: 'create',
      target: 'direct',
      file: 'cloudflare:zone/localplus.io',
    });
    const created = await w.apply(change());
    expect(records()).toEqual([
      expect.objectContaining({
        name: 'shop.localplus.io',
        type: 'CNAME',
        content: target,
        proxied: true,
        ttl: 1,
        comment: `managed-by=backstage owner=${owner}`,
      }),
    ]);
    await expect(w.apply(change())).resolves.toEqual({
      planned: expect.objectContaining({ action: 'unchanged' }),
    });
    await expect(
      w.apply(change(owner, 'tunnel-2.cfargotunnel.com')),
    ).resolves.toMatchObject({
      planned: { action: 'update' },
    });
    expect(records()[0].content).toBe('tunnel-2.cfargotunnel.com');
    await created.undo!();
    expect(records()).toEqual([]);
    // one lookup (its first page, and the empty page that ends it), then the cached id
    expect(
      server.requests.filter(r => r.route === 'zones' && !r.query.page),
    ).toHaveLength(1);
  });

  it.each([
    [null, 'not managed by Backstage'],
    [
      'managed-by=backstage owner=component:default/other',
      'owned by component:default/other',
    ],
  ])('refuses a record whose comment is %j', async (comment, says) => {
    server.addDnsRecord(zoneId, {
      name: 'shop.localplus.io',
      type: 'A',
      content: '192.0.2.1',
      comment,
    });
    await expect(writer().plan(change())).resolves.toMatchObject({
      action: 'conflict',
      reason: `shop.localplus.io already has a A record in Cloudflare (${says})`,
    });
    await expect(writer().apply(change())).rejects.toMatchObject({
      name: 'ConflictError',
    });
    expect(records()).toHaveLength(1);
  });

  it('treats "already exists" as done when the record is its own (a retried create)', async () => {
    let first = true;
    const lostAnswer: typeof fetch = async (input, init) => {
      if (init?.method === 'POST' && first) {
        first = false;
        // the first attempt went through, its answer was lost
        server.addDnsRecord(zoneId, {
          name: 'shop.localplus.io',
          type: 'CNAME',
          content: target,
          proxied: true,
          comment: `managed-by=backstage owner=${owner}`,
        });
      }
      return fetch(input, init);
    };
    const created = await writer(lostAnswer).apply(change());
    expect(created.planned.action).toBe('create');
    expect(records()).toHaveLength(1);
    await created.undo!();
    expect(records()).toEqual([]);
  });

  it('refuses when another writer took the name between plan and write', async () => {
    const race: typeof fetch = async (input, init) => {
      if (init?.method === 'POST') {
        server.addDnsRecord(zoneId, {
          name: 'shop.localplus.io',
          type: 'CNAME',
          content: 'elsewhere.example.net',
        });
      }
      return fetch(input, init);
    };
    await expect(writer(race).apply(change())).rejects.toMatchObject({
      name: 'ConflictError',
      message:
        'shop.localplus.io got a record in Cloudflare while this run was writing it; nothing was overwritten',
    });
  });

  it('refuses a name outside the configured zones', async () => {
    await expect(
      writer().plan({ ...change(), name: 'shop.example.com' }),
    ).rejects.toMatchObject({ name: 'InputError' });
  });
});
