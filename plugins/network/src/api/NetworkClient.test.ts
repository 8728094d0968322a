import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ResponseError } from '@backstage/errors';
import { mockApis } from '@backstage/frontend-test-utils';
import { svcLedgerView } from '../testing/fixtures';
import { NetworkClient } from './NetworkClient';

interface Seen {
  method?: string;
  url?: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

/** A loopback stand-in for the network backend, answering in its wire format. */
function startBackend(seen: Seen[]): Promise<Server> {
  const readBody = (req: IncomingMessage) =>
    new Promise<string>(resolve => {
      let body = '';
      req.on('data', chunk => {
        body += chunk;
      });
      req.on('end', () => resolve(body));
    });
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({
      method: req.method,
      url: req.url,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (
      url.pathname === '/api/network/entities/component/default/svc-ledger/view'
    ) {
      json(200, svcLedgerView);
    } else if (url.pathname.startsWith('/api/network/entities/')) {
      // The shape Backstage's error middleware writes for a thrown NotFoundError.
      json(404, {
        error: { name: 'NotFoundError', message: 'No entity named ghost' },
        request: { method: req.method, url: req.url },
        response: { statusCode: 404 },
      });
    } else if (url.pathname === '/api/network/findings') {
      json(200, { items: svcLedgerView.findings });
    } else if (url.pathname === '/api/network/sources') {
      json(200, {
        items: svcLedgerView.sources,
        builtAt: svcLedgerView.builtAt,
      });
    } else if (url.pathname === '/api/network/availability') {
      json(200, { available: true, conflicts: [] });
    } else {
      json(500, {
        error: { name: 'Error', message: 'boom' },
        request: { method: req.method, url: req.url },
        response: { statusCode: 500 },
      });
    }
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => resolve(server)),
  );
}

describe('NetworkClient', () => {
  const seen: Seen[] = [];
  let server: Server;
  let client: NetworkClient;

  beforeAll(async () => {
    server = await startBackend(seen);
    const { port } = server.address() as AddressInfo;
    client = new NetworkClient({
      discoveryApi: mockApis.discovery({ baseUrl: `http://127.0.0.1:${port}` }),
      fetchApi: mockApis.fetch({
        injectIdentityAuth: { token: 'guest-token' },
      }),
    });
  });

  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

  beforeEach(() => {
    seen.length = 0;
  });

  it('reads the view of an entity, with the user token', async () => {
    const view = await client.getView('component:default/svc-ledger');
    expect(view.entityRef).toBe('component:default/svc-ledger');
    expect(view.chains[0].hops).toHaveLength(7);
    expect(seen).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: '/api/network/entities/component/default/svc-ledger/view',
        authorization: 'Bearer guest-token',
      }),
    ]);
  });

  it('accepts compound refs, an upper-case kind and a missing namespace', async () => {
    await client.getView({
      kind: 'Component',
      namespace: 'default',
      name: 'svc-ledger',
    });
    await client.getView('Component:svc-ledger');
    expect(seen.map(s => s.url)).toEqual([
      '/api/network/entities/component/default/svc-ledger/view',
      '/api/network/entities/component/default/svc-ledger/view',
    ]);
  });

  it('turns an error answer into a ResponseError carrying the server message', async () => {
    const error = await client
      .getView('component:default/ghost')
      .catch((e: unknown) => e);
    expect(ResponseError.is(error)).toBe(true);
    expect((error as ResponseError).statusCode).toBe(404);
    expect((error as ResponseError).cause.message).toBe(
      'No entity named ghost',
    );
  });

  it('repeats each finding filter as its own query parameter', async () => {
    const answer = await client.getFindings({
      severity: ['error', 'warning'],
      check: ['gateway-blocked-by-policy'],
      entityRef: ['component:default/svc-merchant'],
    });
    expect(answer.items).toHaveLength(1);
    expect(seen[0].url).toBe(
      '/api/network/findings?severity=error&severity=warning&check=gateway-blocked-by-policy&entityRef=component%3Adefault%2Fsvc-merchant',
    );
    await client.getFindings();
    expect(seen[1].url).toBe('/api/network/findings');
  });

  it('reads the sources', async () => {
    const answer = await client.getSources();
    expect(answer.items.map(s => s.sourceId)).toContain('gitops');
    expect(seen[0].url).toBe('/api/network/sources');
  });

  it('posts availability questions as JSON', async () => {
    const answer = await client.checkAvailability({
      hostname: 'api.localplus.io',
      path: '/v1/fx',
      entityRef: 'component:default/svc-fx',
    });
    expect(answer).toEqual({ available: true, conflicts: [] });
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/api/network/availability',
      contentType: 'application/json',
    });
    expect(JSON.parse(seen[0].body)).toEqual({
      hostname: 'api.localplus.io',
      path: '/v1/fx',
      entityRef: 'component:default/svc-fx',
    });
  });
});
