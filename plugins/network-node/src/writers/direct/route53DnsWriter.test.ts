import { Route53Client } from '@aws-sdk/client-route-53';
import {
  Route53ApiServer,
  startRoute53ApiServer,
} from '../../testing/route53ApiServer';
import { Route53PrivateDnsWriter, Route53SyncWait } from './route53DnsWriter';

const owner = 'component:default/svc-shop';
const name = 'svc-shop.internal.localplus.io';
const change = (
  values = ['svc-shop.svc-shop.svc.cluster.local'],
  o = owner,
) => ({
  type: 'put-private-record' as const,
  system: 'dns-private' as const,
  name,
  recordType: 'CNAME' as const,
  values,
  ttl: 60,
  owner: o,
});
const marker = (o = owner) => `"managed-by=backstage owner=${o}"`;

describe('Route53PrivateDnsWriter', () => {
  let server: Route53ApiServer;
  let zoneId: string;
  beforeEach(async () => {
    server = await startRoute53ApiServer({ pendingPolls: 2 });
    zoneId = server.addHostedZone({ name: 'internal.localplus.io' });
    // a public zone of the same name is not a place for private names
    server.addHostedZone({ name: 'localplus.io', privateZone: false });
  });
  afterEach(() => server.close());

  const writer = (waitForSync?: Route53SyncWait) =>
    new Route53PrivateDnsWriter({
      client: new Route53Client({
        endpoint: server.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      }),
      zones: ['internal.localplus.io'],
      waitForSync,
    });
  const sets = () =>
    server.recordSets(zoneId).filter(s => s.Type !== 'SOA' && s.Type !== 'NS');
  const batches = () =>
    server.requests
      .filter(r => r.operation === 'ChangeResourceRecordSets')
      .map(r =>
        [...r.body.matchAll(/<Action>(\w+)<\/Action>/g)].map(m => m[1]),
      );

  it('creates record and owner marker in one batch with CREATE, then leaves them be', async () => {
    const w = writer();
    const created = await w.apply(change());
    expect(created.planned).toMatchObject({
      action: 'create',
      file: 'route53:zone/internal.localplus.io',
    });
    expect(sets()).toEqual([
      expect.objectContaining({ Name: `${name}.`, Type: 'CNAME', TTL: 60 }),
      expect.objectContaining({
        Name: `cname-${name}.`,
        Type: 'TXT',
        ResourceRecords: [{ Value: marker() }],
      }),
    ]);
    await expect(w.apply(change())).resolves.toEqual({
      planned: expect.objectContaining({ action: 'unchanged' }),
    });
    expect(created.undo).toBeDefined();
    // UPSERT only over what the marker says is ours
    const updated = await w.apply(
      change(['svc-shop-v2.svc-shop.svc.cluster.local']),
    );
    expect(updated.planned.action).toBe('update');
    expect(updated.undo).toBeUndefined();
    expect(batches()).toEqual([['CREATE', 'CREATE'], ['UPSERT']]);
  });

  it('takes a created record back exactly', async () => {
    const created = await writer().apply(change());
    await created.undo!();
    expect(sets()).toEqual([]);
  });

  it.each([
    ['a record without marker', undefined, 'not managed by Backstage'],
    [
      'a record of another owner',
      'component:default/other',
      'owned by component:default/other',
    ],
  ])('refuses %s and never UPSERTs over it', async (_, other, says) => {
    server.addRecordSet(zoneId, {
      Name: name,
      Type: 'A',
      TTL: 300,
      ResourceRecords: [{ Value: '10.0.0.9' }],
    });
    if (other) {
      server.addRecordSet(zoneId, {
        Name: `cname-${name}`,
        Type: 'TXT',
        TTL: 300,
        ResourceRecords: [{ Value: marker(other) }],
      });
    }
    await expect(writer().plan(change())).resolves.toMatchObject({
      action: 'conflict',
      reason: `${name} already has a A record in Route53 (${says})`,
    });
    await expect(writer().apply(change())).rejects.toMatchObject({
      name: 'ConflictError',
    });
    expect(batches()).toEqual([]);
  });

  it('swaps its own record of another type in one batch', async () => {
    await writer().apply({ ...change(['10.0.0.9']), recordType: 'A' });
    await expect(writer().apply(change())).resolves.toMatchObject({
      planned: { action: 'update' },
    });
    expect(batches().at(-1)).toEqual(['DELETE', 'DELETE', 'UPSERT', 'CREATE']);
    expect(sets().map(s => [s.Name, s.Type])).toEqual([
      [`${name}.`, 'CNAME'],
      [`cname-${name}.`, 'TXT'],
    ]);
  });

  it('waits for the change to be INSYNC when asked', async () => {
    await writer({
      minDelaySeconds: 1,
      maxDelaySeconds: 1,
      maxWaitSeconds: 10,
    }).apply(change());
    expect(
      server.requests.filter(r => r.operation === 'GetChange').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('treats "already exists" of a retried create as done when the record is its own', async () => {
    server.failNext('ChangeResourceRecordSets', { delayMs: 1_500 });
    const w = new Route53PrivateDnsWriter({
      client: new Route53Client({
        endpoint: server.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
        maxAttempts: 1,
        requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true },
      }),
      zones: ['internal.localplus.io'],
    });
    // the first attempt times out here but is applied by the server later
    await expect(w.apply(change())).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    await new Promise(resolve => setTimeout(resolve, 1_500));
    expect(sets()).toHaveLength(2);
    await expect(w.apply(change())).resolves.toMatchObject({
      planned: { action: 'unchanged' },
    });
  });

  it('refuses a name outside the private zones it can see', async () => {
    await expect(
      writer().plan({ ...change(), name: 'svc-shop.localplus.io' }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('internal.localplus.io'),
    });
  });
});
