import { Route53Client } from '@aws-sdk/client-route-53';
import {
  Route53ApiServer,
  startRoute53ApiServer,
} from '../../testing/route53ApiServer';
import { Route53PrivateZones } from './route53Zones';

describe('Route53PrivateZones', () => {
  let server: Route53ApiServer;
  beforeEach(async () => {
    server = await startRoute53ApiServer();
  });
  afterEach(() => server.close());

  const zones = () =>
    new Route53PrivateZones({
      client: new Route53Client({
        endpoint: server.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
        maxAttempts: 1,
      }),
      zones: ['internal.localplus.io', 'localplus.io'],
    });

  it('finds the private zone of a name, looked up once', async () => {
    const id = server.addHostedZone({ name: 'internal.localplus.io' });
    server.addHostedZone({ name: 'localplus.io', privateZone: false });
    const lookup = zones();
    await expect(lookup.zoneOf('a.internal.localplus.io')).resolves.toEqual({
      id,
      name: 'internal.localplus.io',
    });
    await lookup.zoneOf('b.internal.localplus.io');
    expect(
      server.requests.filter(r => r.operation === 'ListHostedZones'),
    ).toHaveLength(1);
    // a public zone is no place for a private record
    await expect(lookup.zoneOf('a.localplus.io')).rejects.toMatchObject({
      name: 'InputError',
      message:
        'a.localplus.io is in no Route53 private hosted zone the suite can see (zones: internal.localplus.io)',
    });
  });

  it('looks again after a failed lookup', async () => {
    server.addHostedZone({ name: 'internal.localplus.io' });
    server.failNext('ListHostedZones', {
      status: 500,
      code: 'InternalFailure',
    });
    const lookup = zones();
    await expect(
      lookup.zoneOf('a.internal.localplus.io'),
    ).rejects.toBeDefined();
    await expect(
      lookup.zoneOf('a.internal.localplus.io'),
    ).resolves.toMatchObject({ name: 'internal.localplus.io' });
  });

  it('lists the record sets at a name only', async () => {
    const id = server.addHostedZone({ name: 'internal.localplus.io' });
    for (const name of ['a', 'ab', 'b']) {
      server.addRecordSet(id, {
        Name: `${name}.internal.localplus.io`,
        Type: 'A',
        TTL: 60,
        ResourceRecords: [{ Value: '10.0.0.1' }],
      });
    }
    const sets = await zones().setsAt(id, 'a.internal.localplus.io');
    expect(sets.map(s => s.Name)).toEqual(['a.internal.localplus.io.']);
  });
});
