import {
  ChangeResourceRecordSetsCommand,
  GetHostedZoneCommand,
  InvalidChangeBatch,
  InvalidInput,
  ListHostedZonesByNameCommand,
  ListResourceRecordSetsCommand,
  NoSuchHostedZone,
  Route53Client,
  paginateListHostedZones,
  waitUntilResourceRecordSetsChanged,
  type Change,
} from '@aws-sdk/client-route-53';
import { Route53ApiServer, startRoute53ApiServer } from './route53ApiServer';

const KEY = 'AKIATESTROUTE53';

// the SDKs' retry back-off is real time: up to about 3 s with jitter per test
jest.setTimeout(15_000);

describe('startRoute53ApiServer', () => {
  let server: Route53ApiServer;
  let client: Route53Client;
  let zoneId: string;

  beforeEach(async () => {
    server = await startRoute53ApiServer({ accessKeyId: KEY });
    zoneId = server.addHostedZone({ name: 'internal.localplus.io' });
    client = new Route53Client({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: KEY, secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
  });

  afterEach(async () => {
    client.destroy();
    await server.close();
  });

  const change = (...changes: Change[]) =>
    client.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: `/hostedzone/${zoneId}`,
        ChangeBatch: { Changes: changes, Comment: 'test' },
      }),
    );
  const a = (
    name: string,
    value: string,
    ttl = 60,
  ): Change['ResourceRecordSet'] => ({
    Name: name,
    Type: 'A',
    TTL: ttl,
    ResourceRecords: [{ Value: value }],
  });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      e => e,
    );

  it('lists zones with the SDK paginator and gets one with its VPCs', async () => {
    server.addHostedZone({ name: 'b.internal.localplus.io' });
    server.addHostedZone({ name: 'localplus.io', privateZone: false });
    const names: Array<[string | undefined, boolean | undefined]> = [];
    for await (const page of paginateListHostedZones(
      { client, pageSize: 1 },
      {},
    )) {
      names.push(
        ...(page.HostedZones ?? []).map(
          z => [z.Name, z.Config?.PrivateZone] as [string, boolean],
        ),
      );
    }
    expect(names).toEqual([
      ['internal.localplus.io.', true],
      ['b.internal.localplus.io.', true],
      ['localplus.io.', false],
    ]);
    expect(
      server.requests.filter(r => r.operation === 'ListHostedZones'),
    ).toHaveLength(3);

    const zone = await client.send(new GetHostedZoneCommand({ Id: zoneId }));
    expect(zone.HostedZone).toMatchObject({
      Id: `/hostedzone/${zoneId}`,
      Name: 'internal.localplus.io.',
    });
    expect(zone.VPCs).toEqual([
      { VPCId: 'vpc-0a1b2c3d4e5f', VPCRegion: 'eu-west-1' },
    ]);
    expect(
      await failure(client.send(new GetHostedZoneCommand({ Id: 'ZNONE' }))),
    ).toBeInstanceOf(NoSuchHostedZone);
  });

  it('lists zones by name in reversed-label order, starting at the name', async () => {
    server.addHostedZone({ name: 'localplus.io', privateZone: false });
    server.addHostedZone({ name: 'localplus.io' });
    const answer = await client.send(
      new ListHostedZonesByNameCommand({ DNSName: 'internal.localplus.io' }),
    );
    expect(answer.HostedZones?.map(z => z.Name)).toEqual([
      'internal.localplus.io.',
    ]);
    const all = await client.send(new ListHostedZonesByNameCommand({}));
    expect(all.HostedZones?.map(z => z.Name)).toEqual([
      'localplus.io.',
      'localplus.io.',
      'internal.localplus.io.',
    ]);
  });

  it('stores names as Route53 does and pages records with maxitems', async () => {
    await change(
      {
        Action: 'CREATE',
        ResourceRecordSet: a('*.Apps.internal.localplus.io', '10.0.0.1'),
      },
      {
        Action: 'CREATE',
        ResourceRecordSet: a('b.internal.localplus.io.', '10.0.0.2'),
      },
      {
        Action: 'CREATE',
        ResourceRecordSet: a('a.internal.localplus.io', '10.0.0.3'),
      },
    );
    const names: string[] = [];
    let page = await client.send(
      new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: 2 }),
    );
    names.push(...page.ResourceRecordSets!.map(s => `${s.Name} ${s.Type}`));
    while (page.IsTruncated) {
      page = await client.send(
        new ListResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          MaxItems: 2,
          StartRecordName: page.NextRecordName,
          StartRecordType: page.NextRecordType,
        }),
      );
      names.push(...page.ResourceRecordSets!.map(s => `${s.Name} ${s.Type}`));
    }
    // labels reversed: io.localplus.internal < ….a < ….apps.\052 < ….b
    expect(names).toEqual([
      'internal.localplus.io. NS',
      'internal.localplus.io. SOA',
      'a.internal.localplus.io. A',
      '\\052.apps.internal.localplus.io. A',
      'b.internal.localplus.io. A',
    ]);
    expect(
      server.requests.filter(r => r.operation === 'ListResourceRecordSets'),
    ).toHaveLength(3);
  });

  it('applies a batch atomically and reports every failing change', async () => {
    await change({
      Action: 'CREATE',
      ResourceRecordSet: a('x.internal.localplus.io', '10.0.0.1'),
    });
    const error = await failure(
      change(
        {
          Action: 'CREATE',
          ResourceRecordSet: a('new.internal.localplus.io', '10.0.0.9'),
        },
        {
          Action: 'CREATE',
          ResourceRecordSet: a('x.internal.localplus.io', '10.0.0.1'),
        },
        {
          Action: 'DELETE',
          ResourceRecordSet: a('gone.internal.localplus.io', '10.0.0.1'),
        },
        {
          Action: 'DELETE',
          ResourceRecordSet: a('x.internal.localplus.io', '10.0.0.1', 300),
        },
        {
          Action: 'UPSERT',
          ResourceRecordSet: a('elsewhere.example.com', '10.0.0.1'),
        },
      ),
    );
    expect(error).toBeInstanceOf(InvalidChangeBatch);
    expect(error.message).toBe(
      "[Tried to create resource record set [name='x.internal.localplus.io.', type='A'] but it already exists, " +
        "Tried to delete resource record set [name='gone.internal.localplus.io.', type='A'] but it was not found, " +
        "Tried to delete resource record set [name='x.internal.localplus.io.', type='A'] but the values provided do not match the current values, " +
        'RRSet with DNS name elsewhere.example.com. is not permitted in zone internal.localplus.io.]',
    );
    // nothing of the batch was applied, the valid CREATE included
    expect(server.recordSets(zoneId).map(s => s.Name)).not.toContain(
      'new.internal.localplus.io.',
    );
  });

  it('upserts, deletes exactly, and changes a type with DELETE + CREATE', async () => {
    await change({
      Action: 'CREATE',
      ResourceRecordSet: {
        Name: 'svc.internal.localplus.io',
        Type: 'CNAME',
        TTL: 60,
        ResourceRecords: [{ Value: 'old.example' }],
      },
    });
    const conflict = await failure(
      change({
        Action: 'CREATE',
        ResourceRecordSet: a('svc.internal.localplus.io', '10.0.0.1'),
      }),
    );
    expect(conflict.message).toMatch(/conflicting RRSet of type CNAME/);
    await change(
      {
        Action: 'DELETE',
        ResourceRecordSet: {
          Name: 'svc.internal.localplus.io.',
          Type: 'CNAME',
          TTL: 60,
          ResourceRecords: [{ Value: 'old.example' }],
        },
      },
      {
        Action: 'CREATE',
        ResourceRecordSet: a('svc.internal.localplus.io', '10.0.0.1'),
      },
    );
    await change({
      Action: 'UPSERT',
      ResourceRecordSet: a('svc.internal.localplus.io', '10.0.0.2', 120),
    });
    expect(
      server
        .recordSets(zoneId)
        .find(s => s.Name === 'svc.internal.localplus.io.'),
    ).toEqual({
      Name: 'svc.internal.localplus.io.',
      Type: 'A',
      TTL: 120,
      ResourceRecords: [{ Value: '10.0.0.2' }],
    });
  });

  it('refuses a change without TTL and records as InvalidInput', async () => {
    const error = await failure(
      change({
        Action: 'CREATE',
        ResourceRecordSet: { Name: 'x.internal.localplus.io', Type: 'A' },
      }),
    );
    expect(error).toBeInstanceOf(InvalidInput);
    expect(error.message).toMatch(/Expected exactly one of \[AliasTarget/);
  });

  it('reports changes PENDING, then INSYNC, to the SDK waiter', async () => {
    const submitted = await change({
      Action: 'CREATE',
      ResourceRecordSet: a('w.internal.localplus.io', '10.0.0.1'),
    });
    expect(submitted.ChangeInfo).toMatchObject({
      Id: expect.stringMatching(/^\/change\/C/),
      Status: 'PENDING',
    });
    const result = await waitUntilResourceRecordSetsChanged(
      { client, maxWaitTime: 10, minDelay: 1, maxDelay: 1 },
      { Id: submitted.ChangeInfo!.Id },
    );
    expect(result.state).toBe('SUCCESS');
    expect(
      server.requests.filter(r => r.operation === 'GetChange'),
    ).toHaveLength(2);
  });

  it('throttles on demand, and the SDK retries', async () => {
    const retrying = new Route53Client({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: KEY, secretAccessKey: 'secret' },
      maxAttempts: 3,
    });
    server.throttleNext('GetHostedZone', 2);
    await expect(
      retrying.send(new GetHostedZoneCommand({ Id: zoneId })),
    ).resolves.toBeDefined();
    server.throttleNext('GetHostedZone', Infinity);
    const error = await failure(
      retrying.send(new GetHostedZoneCommand({ Id: zoneId })),
    );
    expect(error).toMatchObject({
      name: 'Throttling',
      message: 'Rate exceeded',
      $metadata: { attempts: 3 },
    });
    retrying.destroy();
  });

  it('checks the access key id of the signature', async () => {
    const stranger = new Route53Client({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIASTRANGER', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    const error = await failure(
      stranger.send(new GetHostedZoneCommand({ Id: zoneId })),
    );
    expect(error).toMatchObject({
      name: 'InvalidClientTokenId',
      $metadata: { httpStatusCode: 403 },
    });
    stranger.destroy();
  });

  it('refuses a body that is not XML', async () => {
    const response = await fetch(
      `${server.endpoint}/2013-04-01/hostedzone/${zoneId}/rrset`,
      {
        method: 'POST',
        headers: {
          authorization: `AWS4-HMAC-SHA256 Credential=${KEY}/20260101/us-east-1/route53/aws4_request`,
        },
        body: '<ChangeResourceRecordSetsRequest><ChangeBatch>',
      },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(
      /<ErrorResponse xmlns="[^"]+"><Error><Type>Sender<\/Type><Code>InvalidInput<\/Code><Message>Could not parse the request XML<\/Message><\/Error><RequestId>/,
    );
  });
});
