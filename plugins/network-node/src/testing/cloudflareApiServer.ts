import { createFaultSchedule } from './faultSchedule';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * The routes of the fake Cloudflare v4 API, as named by `failNext` and `requests`.
 *
 * @public
 */
export type CloudflareRoute =
  | 'zones'
  | 'dns_records'
  | 'dns_record'
  | 'tunnel_configurations'
  | 'access_apps';

/**
 * A fault the fake answers with instead of the real response. Without `status`
 * it only delays the real response (for client timeouts).
 *
 * @public
 */
export interface CloudflareFault {
  status?: number;
  /** A string is sent as is (garbage); an object as JSON. Default: a v4 error envelope. */
  body?: string | object;
  headers?: Record<string, string>;
  delayMs?: number;
}

/** A DNS record as the fake stores and returns it. @public */
export interface CloudflareDnsRecordState {
  id: string;
  zone_id: string;
  zone_name: string;
  name: string;
  type: string;
  content: string;
  proxied: boolean;
  proxiable: boolean;
  ttl: number;
  priority?: number;
  comment: string | null;
  tags: string[];
  created_on: string;
  modified_on: string;
  meta: Record<string, unknown>;
  settings: Record<string, unknown>;
}

/** A seed DNS record; missing fields get Cloudflare's defaults. @public */
export interface CloudflareDnsRecordSeed {
  id?: string;
  name: string;
  type: string;
  content: string;
  proxied?: boolean;
  ttl?: number;
  priority?: number;
  comment?: string | null;
  tags?: string[];
}

/** A tunnel's configuration as the fake keeps it. @public */
export interface CloudflareTunnelState {
  config: { ingress?: Array<Record<string, unknown>>; [key: string]: unknown };
  version: number;
  source: 'local' | 'cloudflare';
  created_at: string;
}

/** One request the fake received. @public */
export interface CloudflareRecordedRequest {
  method: string;
  route: CloudflareRoute | 'unknown';
  path: string;
  query: Record<string, string>;
  /** Milliseconds since the epoch when the request arrived. */
  at: number;
}

/** @public */
export interface CloudflareApiServerOptions {
  apiToken?: string;
  accountId?: string;
  /** Larger `per_page` values are clamped to this, so paging shows with few records. */
  maxPerPage?: number;
}

/**
 * A loopback HTTP server speaking the Cloudflare v4 API for the endpoints the
 * suite uses: the `{success, errors, messages, result, result_info}` envelope,
 * page/per_page paging that returns `result: []` past the end (the SDK's
 * iterator stops only on an empty page), bearer token check, and per-route faults.
 *
 * @public
 */
export interface CloudflareApiServer {
  /** `http://127.0.0.1:<port>/client/v4`, for the SDK's `baseURL`. */
  readonly baseUrl: string;
  readonly apiToken: string;
  readonly accountId: string;
  readonly requests: CloudflareRecordedRequest[];
  /** Adds a zone and returns its id. */
  addZone(zone: { name: string; id?: string }): string;
  addDnsRecord(
    zoneId: string,
    record: CloudflareDnsRecordSeed,
  ): CloudflareDnsRecordState;
  dnsRecords(zoneId: string): CloudflareDnsRecordState[];
  setTunnelConfiguration(
    tunnelId: string,
    config: CloudflareTunnelState['config'],
    options?: { version?: number; source?: 'local' | 'cloudflare' },
  ): void;
  tunnelConfiguration(tunnelId: string): CloudflareTunnelState | undefined;
  /** Adds an Access application (any fields of the API's shape) and returns its id. */
  addAccessApplication(app: {
    name: string;
    type: string;
    domain?: string;
    [key: string]: unknown;
  }): string;
  /** The next `times` requests to `route` (default 1; `Infinity` for ever) get `fault` instead. */
  failNext(
    route: CloudflareRoute,
    fault: CloudflareFault,
    times?: number,
  ): void;
  close(): Promise<void>;
}

interface CloudflareErrorItem {
  code: number;
  message: string;
}

class HttpFailure extends Error {
  constructor(readonly status: number, readonly errors: CloudflareErrorItem[]) {
    super(errors.map(e => e.message).join('; '));
  }
}

interface Reply {
  status?: number;
  result: unknown;
  resultInfo?: Record<string, number>;
}

const ZONE_PATH = /^\/zones(?:\/([^/]+)\/dns_records(?:\/([^/]+))?)?$/;
const ACCOUNT_PATH =
  /^\/accounts\/([^/]+)\/(?:cfd_tunnel\/([^/]+)\/configurations|access\/apps)$/;

const hexId = () => randomBytes(16).toString('hex');
const now = () => new Date().toISOString();

function defaultFaultErrors(status: number): CloudflareErrorItem[] {
  if (status === 401 || status === 403) {
    return [{ code: 10000, message: 'Authentication error' }];
  }
  if (status === 429) {
    return [
      {
        code: 971,
        message: 'Please wait and consider throttling your request speed',
      },
    ];
  }
  // 10001 is invented: Cloudflare documents no stable code for internal errors
  return [{ code: 10001, message: `Internal error (HTTP ${status})` }];
}

function isCatchAll(rule: Record<string, unknown>): boolean {
  const hostname = rule.hostname ?? '';
  return (hostname === '' || hostname === '*') && !rule.path;
}

// The checks cloudflared runs on every pushed configuration that a writer can
// trip over; the rest of its validator lives in the suite's own validators.
function validateIngress(config: unknown): CloudflareTunnelState['config'] {
  const fail = (message: string) =>
    new HttpFailure(400, [
      // 1055 is invented: the real numeric code is undocumented
      {
        code: 1055,
        message: `Bad Configuration: Validation failed: ${message}`,
      },
    ]);
  if (!config || typeof config !== 'object') {
    throw fail('config is missing');
  }
  const ingress = (config as { ingress?: unknown }).ingress;
  if (!Array.isArray(ingress) || ingress.length === 0) {
    throw fail("The config file doesn't contain any ingress rules");
  }
  ingress.forEach((rule, index) => {
    if (!rule || typeof rule !== 'object' || !('service' in rule)) {
      throw fail(`Rule #${index + 1} has no service`);
    }
    const last = index === ingress.length - 1;
    if (!last && isCatchAll(rule)) {
      throw fail(
        `Rule #${index + 1} is matching the hostname '${
          rule.hostname ?? ''
        }', but this will match every hostname, meaning the rules which follow it will never be triggered.`,
      );
    }
    if (last && !isCatchAll(rule)) {
      throw fail(
        'The last ingress rule must match all URLs (i.e. it should not have a hostname or path filter)',
      );
    }
  });
  return config as CloudflareTunnelState['config'];
}

function paginate(
  items: unknown[],
  query: Record<string, string>,
  defaultPerPage: number,
  maxPerPage: number,
): Reply {
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  const perPage = Math.min(
    maxPerPage,
    Math.max(1, Number(query.per_page ?? defaultPerPage) || defaultPerPage),
  );
  const result = items.slice((page - 1) * perPage, page * perPage);
  return {
    result,
    resultInfo: {
      page,
      per_page: perPage,
      count: result.length,
      total_count: items.length,
      total_pages: Math.ceil(items.length / perPage),
    },
  };
}

type Filter = (value: string | null) => boolean;

function stringFilter(
  query: Record<string, string>,
  field: string,
): Filter | undefined {
  const exact = query[field] ?? query[`${field}.exact`];
  if (exact !== undefined) {
    return v => (v ?? '').toLowerCase() === exact.toLowerCase();
  }
  const contains = query[`${field}.contains`];
  if (contains !== undefined) {
    return v => (v ?? '').toLowerCase().includes(contains.toLowerCase());
  }
  const starts = query[`${field}.startswith`];
  if (starts !== undefined) {
    return v => (v ?? '').toLowerCase().startsWith(starts.toLowerCase());
  }
  const ends = query[`${field}.endswith`];
  if (ends !== undefined) {
    return v => (v ?? '').toLowerCase().endsWith(ends.toLowerCase());
  }
  if (`${field}.present` in query) {
    return v => !!v;
  }
  if (`${field}.absent` in query) {
    return v => !v;
  }
  return undefined;
}

function filterRecords(
  records: CloudflareDnsRecordState[],
  query: Record<string, string>,
): CloudflareDnsRecordState[] {
  const checks: Array<(r: CloudflareDnsRecordState) => boolean> = [];
  for (const field of ['name', 'content', 'comment'] as const) {
    const filter = stringFilter(query, field);
    if (filter) {
      checks.push(r => filter(r[field]));
    }
  }
  if (query.type) {
    checks.push(r => r.type === query.type.toUpperCase());
  }
  if (query.proxied !== undefined) {
    checks.push(r => String(r.proxied) === query.proxied);
  }
  const any = query.match === 'any';
  return records.filter(r =>
    any && checks.length ? checks.some(c => c(r)) : checks.every(c => c(r)),
  );
}

const ADDRESS_TYPES = new Set(['A', 'AAAA']);

function checkConflicts(
  candidate: CloudflareDnsRecordState,
  others: CloudflareDnsRecordState[],
): void {
  const sameName = others.filter(
    o => o.id !== candidate.id && o.name === candidate.name,
  );
  const conflict = (code: number, message: string) =>
    new HttpFailure(400, [{ code, message }]);
  if (
    candidate.type === 'CNAME' &&
    sameName.some(o => o.type === 'CNAME' || ADDRESS_TYPES.has(o.type))
  ) {
    throw conflict(
      81053,
      'An A, AAAA, or CNAME record with that host already exists.',
    );
  }
  if (
    ADDRESS_TYPES.has(candidate.type) &&
    sameName.some(o => o.type === 'CNAME')
  ) {
    throw conflict(81054, 'A CNAME record with that host already exists.');
  }
  if (
    sameName.some(
      o =>
        o.type === candidate.type &&
        o.content === candidate.content &&
        o.priority === candidate.priority,
    )
  ) {
    throw conflict(81057, 'Record already exists.');
  }
}

function qualify(name: string, zoneName: string): string {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower === '@' || lower === zoneName) {
    return zoneName;
  }
  return lower.endsWith(`.${zoneName}`) ? lower : `${lower}.${zoneName}`;
}

function buildRecord(
  zone: { id: string; name: string },
  input: Partial<CloudflareDnsRecordSeed>,
  previous?: CloudflareDnsRecordState,
): CloudflareDnsRecordState {
  const type = String(input.type ?? previous?.type ?? '').toUpperCase();
  const name = input.name ?? previous?.name;
  const content = input.content ?? previous?.content;
  if (!type || !name || content === undefined) {
    throw new HttpFailure(400, [
      { code: 9000, message: 'DNS record type, name and content are required' },
    ]);
  }
  const ttl = input.ttl ?? previous?.ttl ?? 1;
  if (ttl !== 1 && (ttl < 30 || ttl > 86400)) {
    throw new HttpFailure(400, [
      {
        code: 9021,
        message:
          'Invalid TTL. Must be between 30 and 86400 seconds, or 1 for Automatic.',
      },
    ]);
  }
  const proxiable = ['A', 'AAAA', 'CNAME'].includes(type);
  const proxied = input.proxied ?? previous?.proxied ?? false;
  if (proxied && !proxiable) {
    throw new HttpFailure(400, [
      { code: 9004, message: `A ${type} record cannot be proxied.` },
    ]);
  }
  const stamp = now();
  return {
    id: previous?.id ?? input.id ?? hexId(),
    zone_id: zone.id,
    zone_name: zone.name,
    name: qualify(name, zone.name),
    type,
    content,
    proxied,
    proxiable,
    // Cloudflare forces "auto" on proxied records
    ttl: proxied ? 1 : ttl,
    priority: input.priority ?? previous?.priority,
    comment:
      input.comment === undefined ? previous?.comment ?? null : input.comment,
    tags: input.tags ?? previous?.tags ?? [],
    created_on: previous?.created_on ?? stamp,
    modified_on: stamp,
    meta: {},
    settings: {},
  };
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) {
        resolve(undefined);
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(
          new HttpFailure(400, [
            { code: 6007, message: 'Malformed JSON in request body' },
          ]),
        );
      }
    });
  });
}

function routeOf(path: string): CloudflareRoute | 'unknown' {
  const zone = ZONE_PATH.exec(path);
  if (zone) {
    if (zone[2]) {
      return 'dns_record';
    }
    return zone[1] ? 'dns_records' : 'zones';
  }
  const account = ACCOUNT_PATH.exec(path);
  if (account) {
    return account[2] ? 'tunnel_configurations' : 'access_apps';
  }
  return 'unknown';
}

/**
 * Starts the fake Cloudflare API on 127.0.0.1 and a free port.
 *
 * @public
 */
export async function startCloudflareApiServer(
  options: CloudflareApiServerOptions = {},
): Promise<CloudflareApiServer> {
  const apiToken = options.apiToken ?? 'test-cloudflare-token';
  const accountId = options.accountId ?? hexId();
  const maxPerPage = options.maxPerPage ?? 5_000_000;
  const zones = new Map<string, { id: string; name: string }>();
  const records = new Map<string, CloudflareDnsRecordState[]>();
  const tunnels = new Map<string, CloudflareTunnelState>();
  const apps: Array<Record<string, unknown>> = [];
  const schedule = createFaultSchedule<CloudflareRoute, CloudflareFault>();
  const requests: CloudflareRecordedRequest[] = [];
  const sleep = schedule.sleep;
  const takeFault = schedule.take;

  const zoneById = (id: string) => {
    const zone = zones.get(id);
    if (!zone) {
      throw new HttpFailure(404, [
        {
          code: 7003,
          message: `Could not route to /zones/${id}, perhaps your object identifier is invalid?`,
        },
      ]);
    }
    return zone;
  };

  const handleZones = (method: string, query: Record<string, string>) => {
    if (method !== 'GET') {
      throw new HttpFailure(405, [
        { code: 10405, message: 'Method not allowed' },
      ]);
    }
    const name = query.name ?? query['name.exact'];
    const list = [...zones.values()]
      .filter(z => !name || z.name === name.toLowerCase())
      .map(z => ({
        id: z.id,
        name: z.name,
        status: 'active',
        paused: false,
        type: 'full',
        account: { id: accountId, name: 'LOCAL-PLUS' },
        name_servers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'],
      }));
    return paginate(list, query, 20, Math.min(maxPerPage, 50));
  };

  const handleDnsRecords = (
    method: string,
    zoneId: string,
    recordId: string | undefined,
    query: Record<string, string>,
    body: unknown,
  ): Reply => {
    const zone = zoneById(zoneId);
    const list = records.get(zoneId) ?? [];
    if (!recordId) {
      if (method === 'GET') {
        return paginate(filterRecords(list, query), query, 100, maxPerPage);
      }
      if (method === 'POST') {
        const record = buildRecord(zone, body as CloudflareDnsRecordSeed);
        checkConflicts(record, list);
        list.push(record);
        records.set(zoneId, list);
        return { result: record };
      }
      throw new HttpFailure(405, [
        { code: 10405, message: 'Method not allowed' },
      ]);
    }
    const index = list.findIndex(r => r.id === recordId);
    if (index < 0) {
      throw new HttpFailure(404, [
        { code: 81044, message: 'Record does not exist.' },
      ]);
    }
    if (method === 'GET') {
      return { result: list[index] };
    }
    if (method === 'DELETE') {
      list.splice(index, 1);
      return { result: { id: recordId } };
    }
    if (method === 'PUT' || method === 'PATCH') {
      const input = (body ?? {}) as Partial<CloudflareDnsRecordSeed>;
      // PUT replaces the record, so omitted optional fields fall back to defaults
      const base =
        method === 'PATCH'
          ? list[index]
          : { ...list[index], proxied: false, ttl: 1, comment: null, tags: [] };
      if (method === 'PUT' && (!input.type || !input.name || !input.content)) {
        throw new HttpFailure(400, [
          {
            code: 9000,
            message: 'DNS record type, name and content are required',
          },
        ]);
      }
      const record = buildRecord(zone, input, base);
      checkConflicts(record, list);
      list[index] = record;
      return { result: record };
    }
    throw new HttpFailure(405, [
      { code: 10405, message: 'Method not allowed' },
    ]);
  };

  const handleAccount = (
    method: string,
    account: string,
    tunnelId: string | undefined,
    query: Record<string, string>,
    body: unknown,
  ): Reply => {
    if (account !== accountId) {
      throw new HttpFailure(404, [
        {
          code: 7003,
          message: `Could not route to /accounts/${account}, perhaps your object identifier is invalid?`,
        },
      ]);
    }
    if (!tunnelId) {
      if (method !== 'GET') {
        throw new HttpFailure(405, [
          { code: 10405, message: 'Method not allowed' },
        ]);
      }
      return paginate(apps, query, 25, maxPerPage);
    }
    const tunnel = tunnels.get(tunnelId);
    if (!tunnel) {
      // 1003 is invented; the real code for an unknown tunnel is undocumented
      throw new HttpFailure(404, [{ code: 1003, message: 'Tunnel not found' }]);
    }
    if (method === 'PUT') {
      const config = validateIngress((body as { config?: unknown })?.config);
      tunnel.config = config;
      tunnel.version += 1;
      tunnel.source = 'cloudflare';
    } else if (method !== 'GET') {
      throw new HttpFailure(405, [
        { code: 10405, message: 'Method not allowed' },
      ]);
    }
    return {
      result: {
        account_id: accountId,
        tunnel_id: tunnelId,
        config: tunnel.config,
        source: tunnel.source,
        created_at: tunnel.created_at,
        version: tunnel.version,
      },
    };
  };

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string | object,
    headers: Record<string, string> = {},
  ) => {
    if (res.destroyed || res.writableEnded) {
      return;
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      ...headers,
    });
    res.end(text);
  };

  const envelope = (errors: CloudflareErrorItem[]) => ({
    success: false,
    errors,
    messages: [],
    result: null,
  });

  const handle = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/client\/v4/, '').replace(/\/$/, '');
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? 'GET';
    const route = routeOf(path);
    requests.push({ method, route, path, query, at: Date.now() });

    const fault = route === 'unknown' ? undefined : takeFault(route);
    if (fault?.delayMs) {
      await sleep(fault.delayMs);
    }
    if (fault?.status) {
      send(
        res,
        fault.status,
        fault.body ?? envelope(defaultFaultErrors(fault.status)),
        fault.headers,
      );
      return;
    }
    if (req.headers.authorization !== `Bearer ${apiToken}`) {
      send(
        res,
        401,
        envelope([{ code: 10000, message: 'Authentication error' }]),
      );
      return;
    }
    try {
      const body = await readBody(req);
      let reply: Reply;
      const zone = ZONE_PATH.exec(path);
      const account = ACCOUNT_PATH.exec(path);
      if (route === 'zones') {
        reply = handleZones(method, query);
      } else if (zone) {
        reply = handleDnsRecords(method, zone[1], zone[2], query, body);
      } else if (account) {
        reply = handleAccount(method, account[1], account[2], query, body);
      } else {
        throw new HttpFailure(404, [
          { code: 7003, message: `Could not route to ${path}` },
        ]);
      }
      send(res, reply.status ?? 200, {
        success: true,
        errors: [],
        messages: [],
        result: reply.result,
        ...(reply.resultInfo ? { result_info: reply.resultInfo } : {}),
      });
    } catch (error) {
      if (error instanceof HttpFailure) {
        send(res, error.status, envelope(error.errors));
      } else {
        send(res, 500, envelope([{ code: 10001, message: String(error) }]));
      }
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    apiToken,
    accountId,
    requests,
    addZone(zone) {
      const id = zone.id ?? hexId();
      zones.set(id, { id, name: zone.name.toLowerCase() });
      records.set(id, []);
      return id;
    },
    addDnsRecord(zoneId, seed) {
      const zone = zoneById(zoneId);
      const record = buildRecord(zone, seed);
      records.get(zoneId)!.push(record);
      return record;
    },
    dnsRecords(zoneId) {
      return [...(records.get(zoneId) ?? [])];
    },
    setTunnelConfiguration(tunnelId, config, opts = {}) {
      tunnels.set(tunnelId, {
        config,
        version: opts.version ?? 1,
        source: opts.source ?? 'cloudflare',
        created_at: now(),
      });
    },
    tunnelConfiguration(tunnelId) {
      return tunnels.get(tunnelId);
    },
    addAccessApplication(app) {
      const id = (app.id as string | undefined) ?? randomUUID();
      apps.push({
        aud: hexId() + hexId(),
        created_at: now(),
        updated_at: now(),
        ...app,
        id,
      });
      return id;
    },
    failNext(route, fault, times = 1) {
      schedule.failNext(route, fault, times);
    },
    async close() {
      schedule.cancelDelays();
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}
