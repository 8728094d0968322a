import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  CloudflareApiServer,
  startCloudflareApiServer,
} from '../../testing/cloudflareApiServer';
import { createCloudflareSource } from './createCloudflareSource';
import { formatOwnershipComment } from './ownershipComment';

const TUNNEL = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
const LOCAL_TUNNEL = '0c3e7b39-7f60-4b55-8a6b-2b0a3c6d1e11';
const GONE_TUNNEL = '9d1f2a8e-1111-4c4c-9d9d-000000000000';

// the SDKs' retry back-off is real time: up to about 3 s with jitter per test
jest.setTimeout(15_000);

describe('createCloudflareSource', () => {
  let server: CloudflareApiServer;
  let zoneId: string;

  beforeEach(async () => {
    server = await startCloudflareApiServer({ maxPerPage: 3 });
    zoneId = server.addZone({ name: 'localplus.io' });
    server.addZone({ name: 'other.io' });
    const tunnelTarget = `${TUNNEL}.cfargotunnel.com`;
    server.addDnsRecord(zoneId, {
      name: 'api.localplus.io',
      type: 'CNAME',
      content: tunnelTarget,
      proxied: true,
      comment: formatOwnershipComment('component:default/svc-ledger'),
    });
    server.addDnsRecord(zoneId, {
      name: 'Pay.LocalPlus.io',
      type: 'CNAME',
      content: `${tunnelTarget.toUpperCase()}.`,
      proxied: true,
    });
    server.addDnsRecord(zoneId, {
      name: 'cname-pay.localplus.io',
      type: 'TXT',
      content: '"heritage=external-dns,external-dns/owner=eks-prod"',
    });
    server.addDnsRecord(zoneId, {
      name: 'origin.localplus.io',
      type: 'A',
      content: '203.0.113.10',
      ttl: 300,
    });
    server.addDnsRecord(zoneId, {
      name: 'origin.localplus.io',
      type: 'A',
      content: '203.0.113.11',
      ttl: 300,
    });
    server.addDnsRecord(zoneId, {
      name: 'localplus.io',
      type: 'MX',
      content: 'Mail.LocalPlus.io',
      priority: 10,
      ttl: 3600,
    });
    server.addDnsRecord(zoneId, {
      name: '*.preview.localplus.io',
      type: 'CNAME',
      content: tunnelTarget,
      proxied: true,
    });
    server.setTunnelConfiguration(
      TUNNEL,
      {
        ingress: [
          {
            hostname: 'api.localplus.io',
            path: '^/v1/ledger(/.*)?$',
            service: 'https://cilium-gateway-public.platform.svc:443',
            originRequest: { noTLSVerify: true },
          },
          {
            hostname: 'api.localplus.io',
            service: 'https://cilium-gateway-public.platform.svc:443',
          },
          { hostname: '', service: 'http_status:404' },
        ],
      },
      { version: 7 },
    );
    server.setTunnelConfiguration(
      LOCAL_TUNNEL,
      { ingress: [] },
      { source: 'local' },
    );
    server.addAccessApplication({
      id: 'app-admin',
      name: 'Admin',
      type: 'self_hosted',
      domain: 'api.localplus.io/admin',
      self_hosted_domains: [
        'api.localplus.io/admin',
        'backoffice.localplus.io',
      ],
    });
    server.addAccessApplication({
      id: 'app-grafana',
      name: 'Grafana',
      type: 'self_hosted',
      domain: 'grafana.localplus.io',
      destinations: [
        { type: 'public', uri: 'grafana.localplus.io' },
        { type: 'public', uri: 'grafana.localplus.io/api' },
        { type: 'private', cidr: '10.0.0.0/8' },
      ],
    });
  });

  afterEach(async () => {
    await server.close();
  });

  const sourceFor = (
    overrides: Record<string, unknown> = {},
    requestTimeoutMs?: number,
  ) =>
    createCloudflareSource({
      config: new ConfigReader({
        network: {
          cloudflare: {
            apiToken: server.apiToken,
            accountId: server.accountId,
            baseUrl: server.baseUrl,
            zones: [{ name: 'localplus.io' }, { name: 'missing.io' }],
            tunnelIds: [TUNNEL, LOCAL_TUNNEL, GONE_TUNNEL],
            ...overrides,
          },
        },
      }),
      logger: mockServices.rootLogger({ level: 'none' }),
      requestTimeoutMs,
    })!;

  const dnsListRequests = () =>
    server.requests.filter(r => r.route === 'dns_records');

  it('is off without network.cloudflare', () => {
    expect(
      createCloudflareSource({
        config: new ConfigReader({ network: {} }),
        logger: mockServices.rootLogger({ level: 'none' }),
      }),
    ).toBeUndefined();
  });

  it('reads records, tunnels and Access applications, paging to the end', async () => {
    const source = sourceFor();
    expect(source.id).toBe('cloudflare');
    expect(source.state).toBe('live');

    const snapshot = await source.read();

    // 7 records, 3 per page: pages 1-3 hold them, page 4 comes back empty
    expect(dnsListRequests().map(r => r.query.page ?? '1')).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    const url = `https://dash.cloudflare.com/${server.accountId}/localplus.io/dns/records`;
    const byKey = Object.fromEntries(
      snapshot.dnsRecords.map(r => [`${r.type} ${r.name}`, r]),
    );
    expect(Object.keys(byKey).sort()).toEqual([
      'A origin.localplus.io',
      'CNAME *.preview.localplus.io',
      'CNAME api.localplus.io',
      'CNAME pay.localplus.io',
      'MX localplus.io',
      'TXT cname-pay.localplus.io',
    ]);
    expect(byKey['CNAME api.localplus.io']).toEqual({
      name: 'api.localplus.io',
      type: 'CNAME',
      values: [`${TUNNEL}.cfargotunnel.com`],
      ttl: 1,
      proxied: true,
      zone: 'localplus.io',
      visibility: 'public',
      provider: 'cloudflare',
      owner: 'component:default/svc-ledger',
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      origin: { source: 'cloudflare', url },
    });
    expect(byKey['CNAME pay.localplus.io']).toMatchObject({
      values: [`${TUNNEL}.cfargotunnel.com`],
      owner: 'eks-prod',
    });
    expect(byKey['A origin.localplus.io']).toMatchObject({
      values: ['203.0.113.10', '203.0.113.11'],
      ttl: 300,
      proxied: false,
      owner: undefined,
      id: undefined,
    });
    expect(byKey['MX localplus.io'].values).toEqual(['10 mail.localplus.io']);

    expect(snapshot.tunnels).toEqual([
      {
        tunnelId: TUNNEL,
        management: 'remote',
        version: 7,
        rules: [
          {
            hostname: 'api.localplus.io',
            path: '^/v1/ledger(/.*)?$',
            service: 'https://cilium-gateway-public.platform.svc:443',
            position: 0,
            originRequest: { noTLSVerify: true },
          },
          {
            hostname: 'api.localplus.io',
            path: undefined,
            service: 'https://cilium-gateway-public.platform.svc:443',
            position: 1,
          },
          {
            hostname: undefined,
            path: undefined,
            service: 'http_status:404',
            position: 2,
          },
        ],
        origin: {
          source: 'cloudflare',
          url: expect.stringContaining(`/${server.accountId}/`),
        },
      },
    ]);

    expect(
      snapshot.accessApplications.map(a => [a.id, a.name, a.type, a.domains]),
    ).toEqual([
      [
        'app-admin',
        'Admin',
        'self_hosted',
        ['api.localplus.io/admin', 'backoffice.localplus.io'],
      ],
      [
        'app-grafana',
        'Grafana',
        'self_hosted',
        ['grafana.localplus.io', 'grafana.localplus.io/api'],
      ],
    ]);

    expect(snapshot.problems.map(p => p.message).sort()).toEqual([
      `Cloudflare tunnel ${LOCAL_TUNNEL} is locally managed: its rules live in the cloudflared config file, not in the API`,
      `Cloudflare tunnel ${GONE_TUNNEL}: could not read its configuration: not found (HTTP 404, Cloudflare error 1003: Tunnel not found)`,
      `Cloudflare zone missing.io is not in account ${server.accountId} (or the token cannot see it); its records are not shown`,
    ]);
    expect(snapshot).toMatchObject({
      sourceId: 'cloudflare',
      state: 'live',
      objects: [],
    });
    expect(Number.isNaN(Date.parse(snapshot.readAt))).toBe(false);
  });

  it('uses a configured zone id without looking it up', async () => {
    await sourceFor({ zones: [{ name: 'localplus.io', id: zoneId }] }).read();
    expect(server.requests.some(r => r.route === 'zones')).toBe(false);
    expect(dnsListRequests()[0].path).toBe(`/zones/${zoneId}/dns_records`);
  });

  it('reports a configured zone id Cloudflare does not know as a problem', async () => {
    const snapshot = await sourceFor({
      tunnelIds: [],
      zones: [{ name: 'localplus.io' }, { name: 'stale.io', id: 'deadbeef' }],
    }).read();
    expect(snapshot.dnsRecords).toHaveLength(6);
    expect(snapshot.problems).toEqual([
      {
        message:
          'Cloudflare zone stale.io: could not list the DNS records: not found (HTTP 404, Cloudflare error 7003: Could not route to /zones/deadbeef, perhaps your object identifier is invalid?)',
      },
    ]);
  });

  it('reports records of one set that disagree', async () => {
    server.addDnsRecord(zoneId, {
      name: 'origin.localplus.io',
      type: 'A',
      content: '203.0.113.12',
      ttl: 60,
    });
    const snapshot = await sourceFor({ tunnelIds: [] }).read();
    expect(snapshot.problems.map(p => p.message)).toContain(
      "Cloudflare record set origin.localplus.io A in zone localplus.io: its 3 records disagree on TTL; the first record's are shown",
    );
  });

  it('reports a token without Access read as a problem', async () => {
    server.failNext('access_apps', { status: 403 });
    const snapshot = await sourceFor({ tunnelIds: [] }).read();
    expect(snapshot.accessApplications).toEqual([]);
    expect(snapshot.dnsRecords).toHaveLength(6);
    expect(snapshot.problems.map(p => p.message)).toContain(
      'Cloudflare Access applications could not be listed: the API token lacks a permission (HTTP 403, Cloudflare error 10000: Authentication error)',
    );
  });

  describe('fails the read with a clear error', () => {
    const failure = (message: string | RegExp) => ({
      name: 'ServiceUnavailableError',
      message:
        typeof message === 'string' ? message : expect.stringMatching(message),
    });

    it('when nothing listens at the base URL', async () => {
      const source = sourceFor({
        tunnelIds: [],
        zones: [{ name: 'localplus.io', id: zoneId }],
      });
      await server.close();
      await expect(source.read()).rejects.toMatchObject(
        failure(
          /^Cloudflare source could not (list the DNS records of zone localplus\.io|list the Access applications): could not connect to the Cloudflare API: .+, still failing after 2 retries$/,
        ),
      );
      server = await startCloudflareApiServer();
    });

    it('on a wrong token', async () => {
      await expect(
        sourceFor({
          apiToken: 'wrong',
          zones: [{ name: 'localplus.io', id: zoneId }],
        }).read(),
      ).rejects.toMatchObject(
        failure(
          /^Cloudflare source could not (list the DNS records of zone localplus\.io|list the Access applications|read the configuration of tunnel [-0-9a-f]+): the API token was rejected \(HTTP 401, Cloudflare error 10000: Authentication error\)$/,
        ),
      );
    });

    it('on 429 for ever, after two retries', async () => {
      server.failNext(
        'dns_records',
        { status: 429, headers: { 'retry-after-ms': '20' } },
        Infinity,
      );
      await expect(sourceFor().read()).rejects.toMatchObject(
        failure(
          'Cloudflare source could not list the DNS records of zone localplus.io: rate limited by Cloudflare (HTTP 429, Cloudflare error 971: Please wait and consider throttling your request speed), still failing after 2 retries',
        ),
      );
      expect(dnsListRequests()).toHaveLength(3);
    });

    it('on 500 for ever', async () => {
      server.failNext(
        'tunnel_configurations',
        { status: 500, headers: { 'retry-after-ms': '20' } },
        Infinity,
      );
      await expect(sourceFor().read()).rejects.toMatchObject(
        failure(
          new RegExp(
            `^Cloudflare source could not read the configuration of tunnel [-0-9a-f]+: Cloudflare failed \\(HTTP 500, Cloudflare error 10001: Internal error \\(HTTP 500\\)\\), still failing after 2 retries$`,
          ),
        ),
      );
    });

    it('on an HTML page instead of JSON', async () => {
      server.failNext('dns_records', {
        status: 200,
        body: '<html><body>Bad gateway</body></html>',
        headers: { 'content-type': 'text/html' },
      });
      await expect(sourceFor().read()).rejects.toMatchObject(
        failure(
          'Cloudflare source could not list the DNS records of zone localplus.io: the answer to the DNS record list of localplus.io was not a Cloudflare v4 list envelope',
        ),
      );
    });

    it('on a JSON body that does not parse', async () => {
      server.failNext('access_apps', { status: 200, body: '{"success": tru' });
      await expect(sourceFor().read()).rejects.toMatchObject(
        failure(
          'Cloudflare source could not list the Access applications: the response was not valid JSON',
        ),
      );
    });

    it('on a tunnel answer without a result', async () => {
      server.failNext('tunnel_configurations', {
        status: 200,
        body: 'ok',
        headers: { 'content-type': 'text/plain' },
      });
      await expect(
        sourceFor({ tunnelIds: [TUNNEL] }).read(),
      ).rejects.toMatchObject(
        failure(
          `Cloudflare source could not read the configuration of tunnel ${TUNNEL}: the answer was not a Cloudflare v4 envelope with a result`,
        ),
      );
    });

    it('on a timeout, after two retries', async () => {
      server.failNext('access_apps', { delayMs: 5_000 }, Infinity);
      await expect(sourceFor({}, 100).read()).rejects.toMatchObject(
        failure(
          'Cloudflare source could not list the Access applications: the request timed out, still failing after 2 retries',
        ),
      );
      expect(
        server.requests.filter(r => r.route === 'access_apps'),
      ).toHaveLength(3);
    });

    it('when the caller cancels', async () => {
      server.failNext('dns_records', { delayMs: 5_000 }, Infinity);
      const controller = new AbortController();
      const read = sourceFor().read({ signal: controller.signal });
      // cancel once the slow request is in flight
      while (dnsListRequests().length === 0) {
        await new Promise(resolve => setImmediate(resolve));
      }
      controller.abort();
      await expect(read).rejects.toMatchObject(
        failure(/^Cloudflare source could not .*: the read was cancelled$/),
      );
    });
  });

  it('retries a 429 after the time retry-after asks for', async () => {
    server.failNext('dns_records', {
      status: 429,
      headers: { 'retry-after': '1' },
    });
    const snapshot = await sourceFor({ tunnelIds: [] }).read();
    expect(snapshot.dnsRecords).toHaveLength(6);
    const [limited, retry] = dnsListRequests();
    expect(retry.query.page ?? '1').toBe('1');
    // a lower bound only: the client must wait at least what the server asked
    expect(retry.at - limited.at).toBeGreaterThanOrEqual(950);
  });
});
