import Cloudflare, {
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  RateLimitError,
} from 'cloudflare';
import {
  CloudflareApiServer,
  startCloudflareApiServer,
} from './cloudflareApiServer';

const TUNNEL = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';

describe('startCloudflareApiServer', () => {
  let server: CloudflareApiServer;
  let client: Cloudflare;
  let zoneId: string;

  beforeEach(async () => {
    server = await startCloudflareApiServer({ maxPerPage: 3 });
    zoneId = server.addZone({ name: 'localplus.io' });
    client = new Cloudflare({
      apiToken: server.apiToken,
      apiKey: null,
      apiEmail: null,
      baseURL: server.baseUrl,
      maxRetries: 0,
      logLevel: 'off',
    });
  });

  afterEach(async () => {
    await server.close();
  });

  const bodyOf = (error: unknown) =>
    (error as { errors: Array<{ code: number; message: string }> }).errors;

  const create = (record: {
    name: string;
    type: 'A' | 'CNAME' | 'TXT';
    content: string;
    comment?: string;
  }) => client.dns.records.create({ zone_id: zoneId, ttl: 1, ...record });

  it('checks the bearer token', async () => {
    const wrong = new Cloudflare({
      apiToken: 'wrong',
      baseURL: server.baseUrl,
      maxRetries: 0,
    });
    const error = await wrong.zones.list().then(
      () => undefined,
      e => e,
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(bodyOf(error)).toEqual([
      { code: 10000, message: 'Authentication error' },
    ]);
  });

  it('pages with the v4 envelope and answers [] past the end', async () => {
    for (let i = 0; i < 7; i++) {
      server.addDnsRecord(zoneId, {
        name: `h${i}`,
        type: 'A',
        content: `10.0.0.${i}`,
      });
    }
    const first = await client.dns.records.list({
      zone_id: zoneId,
      per_page: 100,
    });
    expect(first.result).toHaveLength(3);
    expect(first.result_info).toEqual({
      page: 1,
      per_page: 3,
      count: 3,
      total_count: 7,
      total_pages: 3,
    });
    const names: string[] = [];
    for await (const record of client.dns.records.list({ zone_id: zoneId })) {
      names.push(record.name);
    }
    expect(names).toHaveLength(7);
    expect(names[0]).toBe('h0.localplus.io');
    const pages = server.requests
      .filter(r => r.route === 'dns_records')
      .slice(1)
      .map(r => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3', '4']);
  });

  it('filters records the way the SDK asks (dotted query keys)', async () => {
    await create({
      name: 'api',
      type: 'CNAME',
      content: 't.cfargotunnel.com',
      comment: 'managed-by=backstage owner=component:default/a',
    });
    await create({ name: 'web', type: 'A', content: '10.0.0.1' });
    const byName = await client.dns.records.list({
      zone_id: zoneId,
      name: { exact: 'api.localplus.io' },
    });
    expect(byName.result.map(r => r.name)).toEqual(['api.localplus.io']);
    const byComment = await client.dns.records.list({
      zone_id: zoneId,
      comment: { startswith: 'managed-by=backstage' },
    });
    expect(byComment.result.map(r => r.name)).toEqual(['api.localplus.io']);
    const byType = await client.dns.records.list({
      zone_id: zoneId,
      type: 'A',
    });
    expect(byType.result.map(r => r.name)).toEqual(['web.localplus.io']);
  });

  it('creates, replaces, edits and deletes records', async () => {
    const created = await create({
      name: 'app.localplus.io',
      type: 'CNAME',
      content: 't.cfargotunnel.com',
      comment: 'managed-by=backstage owner=component:default/app',
    });
    expect(created).toMatchObject({
      name: 'app.localplus.io',
      ttl: 1,
      proxied: false,
      comment: 'managed-by=backstage owner=component:default/app',
    });
    const edited = await client.dns.records.edit(created.id, {
      zone_id: zoneId,
      type: 'CNAME',
      name: 'app.localplus.io',
      ttl: 1,
      proxied: true,
    });
    expect(edited).toMatchObject({ proxied: true, comment: created.comment });
    const replaced = await client.dns.records.update(created.id, {
      zone_id: zoneId,
      name: 'app.localplus.io',
      type: 'CNAME',
      content: 'u.cfargotunnel.com',
      ttl: 300,
    });
    // PUT replaces: the comment it did not send is gone
    expect(replaced).toMatchObject({
      content: 'u.cfargotunnel.com',
      ttl: 300,
      comment: null,
      proxied: false,
    });
    await client.dns.records.delete(created.id, { zone_id: zoneId });
    const error = await client.dns.records
      .get(created.id, { zone_id: zoneId })
      .then(
        () => undefined,
        e => e,
      );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(bodyOf(error)[0].code).toBe(81044);
  });

  it('refuses duplicates with the codes Cloudflare uses', async () => {
    await create({ name: 'app', type: 'A', content: '10.0.0.1' });
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        e => e,
      );

    const identical = await failure(
      create({ name: 'app', type: 'A', content: '10.0.0.1' }),
    );
    expect(identical).toBeInstanceOf(BadRequestError);
    expect(bodyOf(identical)).toEqual([
      { code: 81057, message: 'Record already exists.' },
    ]);

    const cname = await failure(
      create({ name: 'app', type: 'CNAME', content: 'x.example' }),
    );
    expect(bodyOf(cname)[0].code).toBe(81053);

    await create({ name: 'alias', type: 'CNAME', content: 'x.example' });
    const address = await failure(
      create({ name: 'alias', type: 'A', content: '10.0.0.2' }),
    );
    expect(bodyOf(address)[0].code).toBe(81054);

    // a second value of the same set is fine
    await expect(
      create({ name: 'app', type: 'A', content: '10.0.0.3' }),
    ).resolves.toBeDefined();
    expect(server.dnsRecords(zoneId)).toHaveLength(3);
  });

  it('replaces the whole tunnel configuration on PUT and bumps its version', async () => {
    server.setTunnelConfiguration(
      TUNNEL,
      {
        ingress: [
          { hostname: 'a.localplus.io', service: 'http://a:80' },
          { service: 'http_status:404' },
        ],
      },
      { version: 3 },
    );
    const before =
      await client.zeroTrust.tunnels.cloudflared.configurations.get(TUNNEL, {
        account_id: server.accountId,
      });
    expect(before).toMatchObject({
      version: 3,
      source: 'cloudflare',
      tunnel_id: TUNNEL,
    });

    const after =
      await client.zeroTrust.tunnels.cloudflared.configurations.update(TUNNEL, {
        account_id: server.accountId,
        config: {
          ingress: [
            { hostname: 'b.localplus.io', service: 'http://b:80' },
            { hostname: '', service: 'http_status:404' },
          ],
        },
      });
    expect(after.version).toBe(4);
    expect(server.tunnelConfiguration(TUNNEL)?.config.ingress).toEqual([
      { hostname: 'b.localplus.io', service: 'http://b:80' },
      { hostname: '', service: 'http_status:404' },
    ]);
  });

  it('validates the rule list like cloudflared', async () => {
    server.setTunnelConfiguration(TUNNEL, {
      ingress: [{ service: 'http_status:404' }],
    });
    const put = (
      ingress: Array<{ hostname: string; service: string; path?: string }>,
    ) =>
      client.zeroTrust.tunnels.cloudflared.configurations
        .update(TUNNEL, { account_id: server.accountId, config: { ingress } })
        .then(
          () => undefined,
          e => e,
        );

    const noCatchAll = await put([
      { hostname: 'a.localplus.io', service: 'http://a' },
    ]);
    expect(noCatchAll).toBeInstanceOf(BadRequestError);
    expect(bodyOf(noCatchAll)[0].message).toMatch(
      /^Bad Configuration: Validation failed: The last ingress rule must match all URLs/,
    );

    const early = await put([
      { hostname: '*', service: 'http://a' },
      { hostname: '', service: 'http_status:404' },
    ]);
    expect(bodyOf(early)[0].message).toMatch(
      /Rule #1 is matching the hostname '\*'/,
    );
    expect(server.tunnelConfiguration(TUNNEL)?.version).toBe(1);

    const unknown = await client.zeroTrust.tunnels.cloudflared.configurations
      .get('00000000-0000-0000-0000-000000000000', {
        account_id: server.accountId,
      })
      .then(
        () => undefined,
        e => e,
      );
    expect(unknown).toBeInstanceOf(NotFoundError);
  });

  it('lists Access applications of the account only', async () => {
    server.addAccessApplication({
      name: 'Admin',
      type: 'self_hosted',
      domain: 'a.localplus.io/admin',
    });
    const apps = [];
    for await (const app of client.zeroTrust.access.applications.list({
      account_id: server.accountId,
    })) {
      apps.push(app);
    }
    expect(apps).toEqual([
      expect.objectContaining({
        name: 'Admin',
        aud: expect.any(String),
        id: expect.any(String),
      }),
    ]);
    const other = await client.zeroTrust.access.applications
      .list({ account_id: 'someone-else' })
      .then(
        () => undefined,
        e => e,
      );
    expect(bodyOf(other)[0].code).toBe(7003);
  });

  it('injects faults per route, a given number of times', async () => {
    server.failNext('zones', { status: 429, headers: { 'retry-after': '7' } });
    server.failNext(
      'zones',
      {
        status: 200,
        body: 'garbage',
        headers: { 'content-type': 'text/plain' },
      },
      2,
    );
    const limited = await client.zones.list().then(
      () => undefined,
      e => e,
    );
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.headers.get('retry-after')).toBe('7');

    for (let i = 0; i < 2; i++) {
      const raw = await fetch(`${server.baseUrl}/zones`, {
        headers: { authorization: `Bearer ${server.apiToken}` },
      });
      expect(await raw.text()).toBe('garbage');
    }
    // faults are per route: DNS records were never affected, and zones recover
    await expect(client.zones.list()).resolves.toBeDefined();
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(
      `${server.baseUrl}/zones/${zoneId}/dns_records`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.apiToken}`,
          'content-type': 'application/json',
        },
        body: '{"name":',
      },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      success: false,
      errors: [{ code: 6007, message: 'Malformed JSON in request body' }],
      messages: [],
      result: null,
    });
  });
});
