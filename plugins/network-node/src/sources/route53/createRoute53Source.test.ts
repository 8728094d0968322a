import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  Route53ApiServer,
  startRoute53ApiServer,
} from '../../testing/route53ApiServer';
import { createRoute53Source } from './createRoute53Source';

const ACCOUNT = '123456789012';
const ACCESS_KEY = 'AKIAEXAMPLEROUTE53';

// the SDKs' retry back-off is real time: up to about 3 s with jitter per test
jest.setTimeout(15_000);

describe('createRoute53Source', () => {
  let server: Route53ApiServer;
  let zoneId: string;

  beforeEach(async () => {
    server = await startRoute53ApiServer({ accessKeyId: ACCESS_KEY });
    zoneId = server.addHostedZone({ name: 'internal.localplus.io' });
    server.addHostedZone({ name: 'localplus.io', privateZone: false });
    server.addRecordSet(zoneId, {
      Name: 'svc-ledger.internal.localplus.io.',
      Type: 'CNAME',
      TTL: 60,
      ResourceRecords: [{ Value: 'svc-ledger.platform.svc.cluster.local.' }],
    });
    server.addRecordSet(zoneId, {
      Name: 'cname-svc-ledger.internal.localplus.io.',
      Type: 'TXT',
      TTL: 300,
      ResourceRecords: [
        {
          Value:
            '"heritage=external-dns,external-dns/owner=eks-prod,external-dns/resource=crd/platform/svc-ledger"',
        },
      ],
    });
    server.addRecordSet(
      zoneId,
      {
        Name: '\\052.Apps.Internal.LocalPlus.io.',
        Type: 'A',
        AliasTarget: {
          HostedZoneId: 'Z32O12XQLNTSW2',
          DNSName: 'Internal-LB-1.eu-west-1.elb.amazonaws.com.',
          EvaluateTargetHealth: false,
        },
      },
      { raw: true },
    );
    server.addRecordSet(zoneId, {
      Name: 'svc-payment.internal.localplus.io',
      Type: 'A',
      TTL: 60,
      ResourceRecords: [{ Value: '10.0.3.10' }, { Value: '10.0.3.11' }],
    });
    server.addRecordSet(zoneId, {
      Name: 'a-svc-payment.internal.localplus.io',
      Type: 'TXT',
      TTL: 60,
      ResourceRecords: [
        { Value: '"managed-by=backstage owner=component:default/svc-payment"' },
      ],
    });
  });

  afterEach(async () => {
    await server.close();
  });

  const sourceFor = (
    route53: Record<string, unknown> = {},
    requestTimeoutMs?: number,
    accessKeyId = ACCESS_KEY,
  ) =>
    createRoute53Source({
      config: new ConfigReader({
        aws: {
          accounts: [
            { accountId: ACCOUNT, accessKeyId, secretAccessKey: 'secret' },
          ],
        },
        network: {
          route53: {
            accountId: ACCOUNT,
            endpoint: server.endpoint,
            ...route53,
          },
        },
      }),
      logger: mockServices.rootLogger({ level: 'none' }),
      requestTimeoutMs,
    })!;

  const calls = (operation: string) =>
    server.requests.filter(r => r.operation === operation);

  it('is off without network.route53', () => {
    expect(
      createRoute53Source({
        config: new ConfigReader({}),
        logger: mockServices.rootLogger({ level: 'none' }),
      }),
    ).toBeUndefined();
  });

  it('reads the private zones, normalising names and finding owners', async () => {
    const source = sourceFor();
    expect(source.id).toBe('route53');
    expect(source.state).toBe('live');

    const snapshot = await source.read();

    expect(snapshot).toMatchObject({
      sourceId: 'route53',
      state: 'live',
      objects: [],
      tunnels: [],
      accessApplications: [],
      problems: [],
    });
    // the public zone is not read
    expect(new Set(snapshot.dnsRecords.map(r => r.zone))).toEqual(
      new Set(['internal.localplus.io']),
    );
    const url = `https://us-east-1.console.aws.amazon.com/route53/v2/hostedzones#ListRecordSets/${zoneId}`;
    const byKey = Object.fromEntries(
      snapshot.dnsRecords.map(r => [`${r.type} ${r.name}`, r]),
    );
    expect(Object.keys(byKey).sort()).toEqual([
      'A *.apps.internal.localplus.io',
      'A svc-payment.internal.localplus.io',
      'CNAME svc-ledger.internal.localplus.io',
      'NS internal.localplus.io',
      'SOA internal.localplus.io',
      'TXT a-svc-payment.internal.localplus.io',
      'TXT cname-svc-ledger.internal.localplus.io',
    ]);
    expect(byKey['CNAME svc-ledger.internal.localplus.io']).toEqual({
      name: 'svc-ledger.internal.localplus.io',
      type: 'CNAME',
      values: ['svc-ledger.platform.svc.cluster.local'],
      ttl: 60,
      zone: 'internal.localplus.io',
      visibility: 'private',
      provider: 'route53',
      owner: 'eks-prod',
      origin: { source: 'route53', url },
    });
    expect(byKey['A *.apps.internal.localplus.io']).toMatchObject({
      values: ['internal-lb-1.eu-west-1.elb.amazonaws.com'],
    });
    expect(byKey['A *.apps.internal.localplus.io'].ttl).toBeUndefined();
    expect(byKey['A *.apps.internal.localplus.io'].owner).toBeUndefined();
    expect(byKey['A svc-payment.internal.localplus.io']).toMatchObject({
      values: ['10.0.3.10', '10.0.3.11'],
      owner: 'component:default/svc-payment',
    });
    expect(Number.isNaN(Date.parse(snapshot.readAt))).toBe(false);
    // the credentials of the AWS integration signed the requests
    expect(calls('ListHostedZones')).toHaveLength(1);
  });

  it('pages through 650 record sets, 300 at a time', async () => {
    for (let i = 0; i < 650; i++) {
      server.addRecordSet(zoneId, {
        Name: `host-${String(i).padStart(3, '0')}.bulk.internal.localplus.io`,
        Type: 'A',
        TTL: 60,
        ResourceRecords: [{ Value: `10.1.${i >> 8}.${i & 255}` }],
      });
    }
    const snapshot = await sourceFor({ hostedZoneIds: [zoneId] }).read();

    expect(snapshot.dnsRecords).toHaveLength(657);
    expect(
      new Set(snapshot.dnsRecords.map(r => `${r.type} ${r.name}`)).size,
    ).toBe(657);
    const pages = calls('ListResourceRecordSets');
    expect(pages.map(p => p.query.maxitems)).toEqual(['300', '300', '300']);
    expect(pages[0].query.name).toBeUndefined();
    expect(pages[1].query).toMatchObject({
      name: expect.stringMatching(/bulk\.internal\.localplus\.io\.$/),
      type: 'A',
    });
    // configured zones are fetched by id, not listed
    expect(calls('ListHostedZones')).toHaveLength(0);
    expect(calls('GetHostedZone')).toHaveLength(1);
  });

  it('reports a configured zone that does not exist as a problem', async () => {
    const snapshot = await sourceFor({
      hostedZoneIds: ['/hostedzone/ZGONE', zoneId],
    }).read();
    expect(snapshot.dnsRecords.length).toBeGreaterThan(0);
    expect(snapshot.problems).toEqual([
      {
        message:
          'Route53 hosted zone ZGONE (network.route53.hostedZoneIds): Route53 refused the request (HTTP 404 NoSuchHostedZone: No hosted zone found with ID: ZGONE)',
      },
    ]);
  });

  it('retries throttled calls and succeeds', async () => {
    server.throttleNext('ListResourceRecordSets', 2);
    const snapshot = await sourceFor().read();
    expect(snapshot.dnsRecords).toHaveLength(7);
    expect(calls('ListResourceRecordSets')).toHaveLength(3);
  });

  describe('fails the read with a clear error', () => {
    const failure = (message: string | RegExp) => ({
      name: 'ServiceUnavailableError',
      message:
        typeof message === 'string' ? message : expect.stringMatching(message),
    });

    it('when nothing listens at the endpoint', async () => {
      const source = sourceFor();
      await server.close();
      await expect(source.read()).rejects.toMatchObject(
        failure(
          /^Route53 source could not list the hosted zones: no answer from Route53: .*ECONNREFUSED.*, still failing after 3 attempts$/,
        ),
      );
      server = await startRoute53ApiServer();
    });

    it('on credentials AWS rejects', async () => {
      await expect(
        sourceFor({}, undefined, 'AKIAWRONG').read(),
      ).rejects.toMatchObject(
        failure(
          'Route53 source could not list the hosted zones: AWS rejected the credentials (HTTP 403 InvalidClientTokenId: The security token included in the request is invalid.)',
        ),
      );
    });

    it('on throttling for ever, after three attempts', async () => {
      server.throttleNext('ListResourceRecordSets', Infinity);
      await expect(sourceFor().read()).rejects.toMatchObject(
        failure(
          `Route53 source could not list the records of hosted zone ${zoneId} (internal.localplus.io): throttled by Route53 (HTTP 400 Throttling: Rate exceeded), still failing after 3 attempts`,
        ),
      );
      expect(calls('ListResourceRecordSets')).toHaveLength(3);
    });

    it('on 500 for ever', async () => {
      server.failNext('ListHostedZones', { status: 500 }, Infinity);
      await expect(sourceFor().read()).rejects.toMatchObject(
        failure(
          'Route53 source could not list the hosted zones: Route53 failed (HTTP 500 InternalFailure: InternalFailure), still failing after 3 attempts',
        ),
      );
    });

    it('on a body that is not XML', async () => {
      server.failNext('ListResourceRecordSets', {
        status: 200,
        body: '<html><body>Bad gateway',
      });
      await expect(sourceFor().read()).rejects.toMatchObject(
        failure(
          `Route53 source could not list the records of hosted zone ${zoneId} (internal.localplus.io): the answer was not Route53 XML (@aws-sdk XML parse error: missing closing tag </body>.)`,
        ),
      );
    });

    it('on an XML answer of the wrong shape', async () => {
      server.failNext('ListResourceRecordSets', {
        status: 200,
        body: '<?xml version="1.0"?><Nothing/>',
      });
      await expect(sourceFor().read()).rejects.toMatchObject(
        failure(
          `Route53 source could not list the records of hosted zone ${zoneId} (internal.localplus.io): the answer to ListResourceRecordSets had no ResourceRecordSets or IsTruncated`,
        ),
      );
    });

    it('on a timeout, after three attempts', async () => {
      server.failNext('ListHostedZones', { delayMs: 5_000 }, Infinity);
      await expect(sourceFor({}, 100).read()).rejects.toMatchObject(
        failure(
          'Route53 source could not list the hosted zones: the request timed out, still failing after 3 attempts',
        ),
      );
      expect(calls('ListHostedZones')).toHaveLength(3);
    });

    it('when the caller cancels', async () => {
      server.failNext('ListHostedZones', { delayMs: 5_000 }, Infinity);
      const controller = new AbortController();
      const read = sourceFor().read({ signal: controller.signal });
      while (calls('ListHostedZones').length === 0) {
        await new Promise(resolve => setImmediate(resolve));
      }
      controller.abort();
      await expect(read).rejects.toMatchObject(
        failure(
          'Route53 source could not list the hosted zones: the read was cancelled',
        ),
      );
    });
  });
});
