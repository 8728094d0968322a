import { createFaultSchedule } from './faultSchedule';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';

/**
 * The Route53 operations the fake serves, as named by `failNext` and `requests`.
 *
 * @public
 */
export type Route53Operation =
  | 'ListHostedZones'
  | 'GetHostedZone'
  | 'ListHostedZonesByName'
  | 'ListResourceRecordSets'
  | 'ChangeResourceRecordSets'
  | 'GetChange';

/**
 * A fault the fake answers with instead of the real response. With `code` it
 * sends an `ErrorResponse` (HTTP 400 unless `status` says otherwise); with
 * `body` that body as is; with only `delayMs` it delays the real response.
 *
 * @public
 */
export interface Route53Fault {
  status?: number;
  code?: string;
  message?: string;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

/** A hosted zone as the fake keeps it. @public */
export interface Route53HostedZoneState {
  /** Without the `/hostedzone/` prefix. */
  id: string;
  /** With the trailing dot, as Route53 returns it. */
  name: string;
  privateZone: boolean;
  vpcs: Array<{ VPCId: string; VPCRegion: string }>;
  comment?: string;
  callerReference: string;
  recordSets: ResourceRecordSet[];
}

/** One request the fake received. @public */
export interface Route53RecordedRequest {
  operation: Route53Operation | 'unknown';
  method: string;
  path: string;
  query: Record<string, string>;
  body: string;
}

/** @public */
export interface Route53ApiServerOptions {
  /** When set, requests signed with another access key id get `InvalidClientTokenId`. */
  accessKeyId?: string;
  /** Caps `maxitems` of ListResourceRecordSets. Default 300, as Route53. */
  maxRecordItems?: number;
  /** How many GetChange calls answer PENDING before INSYNC. Default 1. */
  pendingPolls?: number;
}

/**
 * A loopback HTTP server speaking Route53's REST-XML API for the calls the
 * suite makes, with Route53's semantics where they bite: names stored lower
 * case with a trailing dot and `*` as `\052`, records listed in reversed-label
 * order with `maxitems` paging, atomic change batches whose failures come back
 * as one `InvalidChangeBatch` listing every message, and injected faults.
 *
 * @public
 */
export interface Route53ApiServer {
  /** `http://127.0.0.1:<port>`, for the client's `endpoint`. */
  readonly endpoint: string;
  readonly requests: Route53RecordedRequest[];
  /** Adds a zone (private unless said otherwise) with its SOA and NS records; returns its id. */
  addHostedZone(zone: {
    name: string;
    id?: string;
    privateZone?: boolean;
    vpcs?: Array<{ VPCId: string; VPCRegion: string }>;
    comment?: string;
  }): string;
  /** Stores a record set as Route53 would (`raw` keeps the name exactly as given). */
  addRecordSet(
    zoneId: string,
    recordSet: ResourceRecordSet,
    options?: { raw?: boolean },
  ): void;
  recordSets(zoneId: string): ResourceRecordSet[];
  hostedZone(zoneId: string): Route53HostedZoneState | undefined;
  /** The next `times` calls of `operation` (default 1; `Infinity` for ever) get `fault` instead. */
  failNext(
    operation: Route53Operation,
    fault: Route53Fault,
    times?: number,
  ): void;
  /** Shorthand for `Throttling: Rate exceeded` faults. */
  throttleNext(operation: Route53Operation, times?: number): void;
  close(): Promise<void>;
}

// ---- XML: a small reader for request bodies and a writer for answers ----

interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

class Route53Failure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const XML_TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)(?:\s[^>]*?)?(\/?)>|([^<]+)|(<)/g;
const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const localName = (name: string) => name.replace(/^.*:/, '');

function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi,
    (whole, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X')) {
        return String.fromCodePoint(parseInt(ref.slice(2), 16));
      }
      if (ref.startsWith('#')) {
        return String.fromCodePoint(parseInt(ref.slice(1), 10));
      }
      return ENTITIES[ref] ?? whole;
    },
  );
}

function parseXml(text: string): XmlNode {
  const malformed = () =>
    new Route53Failure(400, 'InvalidInput', 'Could not parse the request XML');
  const root: XmlNode = { name: '#document', children: [], text: '' };
  const stack = [root];
  for (const [, cdata, close, open, selfClose, chars, stray] of text.matchAll(
    XML_TOKEN,
  )) {
    const top = stack[stack.length - 1];
    if (stray) {
      throw malformed();
    } else if (open) {
      const node: XmlNode = { name: localName(open), children: [], text: '' };
      top.children.push(node);
      if (!selfClose) {
        stack.push(node);
      }
    } else if (close) {
      if (stack.length === 1 || localName(close) !== top.name) {
        throw malformed();
      }
      stack.pop();
    } else if (cdata !== undefined) {
      top.text += cdata;
    } else if (chars !== undefined && stack.length > 1) {
      top.text += decodeEntities(chars);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) {
    throw malformed();
  }
  return root.children[0];
}

const childOf = (node: XmlNode | undefined, name: string) =>
  node?.children.find(c => c.name === name);
const childrenOf = (node: XmlNode | undefined, name: string) =>
  node?.children.filter(c => c.name === name) ?? [];
const textOf = (node: XmlNode | undefined, name: string) =>
  childOf(node, name)?.text.trim();

const escapeXml = (value: string) =>
  value.replace(
    /[<>&"']/g,
    c =>
      ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[
        c
      ]!),
  );

/** `<name>content</name>`, dropped when the content is undefined. */
function el(
  name: string,
  content: string | number | boolean | undefined,
): string {
  if (content === undefined) {
    return '';
  }
  return `<${name}>${
    typeof content === 'string' ? content : String(content)
  }</${name}>`;
}
const text = (name: string, value: string | number | boolean | undefined) =>
  el(name, typeof value === 'string' ? escapeXml(value) : value);

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const document = (root: string, body: string) =>
  `<?xml version="1.0"?>\n<${root} xmlns="${NS}">${body}</${root}>`;

function errorDocument(code: string, message: string, status: number): string {
  return document(
    'ErrorResponse',
    el(
      'Error',
      text('Type', status >= 500 ? 'Receiver' : 'Sender') +
        text('Code', code) +
        text('Message', message),
    ) + text('RequestId', randomUUID()),
  );
}

function recordSetXml(set: ResourceRecordSet): string {
  const records = set.ResourceRecords?.length
    ? el(
        'ResourceRecords',
        set.ResourceRecords.map(r =>
          el('ResourceRecord', text('Value', r.Value)),
        ).join(''),
      )
    : '';
  const alias = set.AliasTarget
    ? el(
        'AliasTarget',
        text('HostedZoneId', set.AliasTarget.HostedZoneId) +
          text('DNSName', set.AliasTarget.DNSName) +
          text(
            'EvaluateTargetHealth',
            set.AliasTarget.EvaluateTargetHealth ?? false,
          ),
      )
    : '';
  return el(
    'ResourceRecordSet',
    text('Name', set.Name) +
      text('Type', set.Type) +
      text('SetIdentifier', set.SetIdentifier) +
      text('Weight', set.Weight) +
      text('TTL', set.TTL) +
      records +
      alias,
  );
}

function recordSetFromXml(node: XmlNode | undefined): ResourceRecordSet {
  const alias = childOf(node, 'AliasTarget');
  const ttl = textOf(node, 'TTL');
  const weight = textOf(node, 'Weight');
  const values = childrenOf(childOf(node, 'ResourceRecords'), 'ResourceRecord');
  return {
    Name: textOf(node, 'Name'),
    Type: textOf(node, 'Type') as ResourceRecordSet['Type'],
    SetIdentifier: textOf(node, 'SetIdentifier'),
    Weight: weight === undefined ? undefined : Number(weight),
    TTL: ttl === undefined ? undefined : Number(ttl),
    ResourceRecords: childOf(node, 'ResourceRecords')
      ? values.map(v => ({ Value: textOf(v, 'Value') }))
      : undefined,
    AliasTarget: alias
      ? {
          HostedZoneId: textOf(alias, 'HostedZoneId'),
          DNSName: textOf(alias, 'DNSName'),
          EvaluateTargetHealth:
            textOf(alias, 'EvaluateTargetHealth') === 'true',
        }
      : undefined,
  };
}

// ---- Route53 semantics ----

/** Lower case, trailing dot, `*` escaped as `\052`: how Route53 stores a name. */
function storedName(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\*/g, '\\052');
  return lower.endsWith('.') ? lower : `${lower}.`;
}

// Route53 orders names by their labels reversed (`com.example.www`).
const reversedLabels = (name: string) =>
  name.replace(/\.$/, '').split('.').reverse().join('.');

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return a[i] < b[i] ? -1 : 1;
    }
  }
  return 0;
}

const orderKey = (set: ResourceRecordSet) => [
  reversedLabels(set.Name ?? ''),
  set.Type ?? '',
  set.SetIdentifier ?? '',
];

const identity = (set: ResourceRecordSet) =>
  `${set.Name}|${set.Type}|${set.SetIdentifier ?? ''}`;

const describeSet = (set: ResourceRecordSet) =>
  `[name='${set.Name}', type='${set.Type}'${
    set.SetIdentifier ? `, set-identifier='${set.SetIdentifier}'` : ''
  }]`;

function sameContent(a: ResourceRecordSet, b: ResourceRecordSet): boolean {
  const values = (set: ResourceRecordSet) =>
    JSON.stringify((set.ResourceRecords ?? []).map(r => r.Value).sort());
  return (
    a.TTL === b.TTL &&
    a.Weight === b.Weight &&
    values(a) === values(b) &&
    (a.AliasTarget?.DNSName ?? '') === (b.AliasTarget?.DNSName ?? '') &&
    (a.AliasTarget?.HostedZoneId ?? '') === (b.AliasTarget?.HostedZoneId ?? '')
  );
}

function validateShape(action: string, set: ResourceRecordSet): void {
  const plain = set.TTL !== undefined && !!set.ResourceRecords?.length;
  if (!set.Name || !set.Type) {
    throw new Route53Failure(
      400,
      'InvalidInput',
      'Invalid request: Name and Type are required',
    );
  }
  if (plain === !!set.AliasTarget) {
    throw new Route53Failure(
      400,
      'InvalidInput',
      `Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], or TrafficPolicyInstanceId], but found ${
        plain ? 'more than one' : 'none'
      } in Change with [Action=${action}, Name=${set.Name}, Type=${
        set.Type
      }, SetIdentifier=${set.SetIdentifier ?? null}]`,
    );
  }
}

/**
 * Applies a change batch to a copy of the zone's records and returns the copy,
 * or throws one `InvalidChangeBatch` with every message: all or nothing.
 */
function applyBatch(
  zone: Route53HostedZoneState,
  changes: XmlNode[],
): ResourceRecordSet[] {
  const working = new Map(zone.recordSets.map(s => [identity(s), s]));
  const messages: string[] = [];
  for (const change of changes) {
    const action = textOf(change, 'Action') ?? '';
    const raw = recordSetFromXml(childOf(change, 'ResourceRecordSet'));
    validateShape(action, raw);
    const set: ResourceRecordSet = {
      ...raw,
      Name: storedName(raw.Name!),
      AliasTarget: raw.AliasTarget && {
        ...raw.AliasTarget,
        DNSName: storedName(raw.AliasTarget.DNSName ?? ''),
      },
    };
    const key = identity(set);
    const existing = working.get(key);
    if (set.Name !== zone.name && !set.Name!.endsWith(`.${zone.name}`)) {
      messages.push(
        `RRSet with DNS name ${set.Name} is not permitted in zone ${zone.name}`,
      );
      continue;
    }
    if (action === 'DELETE') {
      if (!existing) {
        messages.push(
          `Tried to delete resource record set ${describeSet(
            set,
          )} but it was not found`,
        );
      } else if (!sameContent(existing, set)) {
        messages.push(
          `Tried to delete resource record set ${describeSet(
            set,
          )} but the values provided do not match the current values`,
        );
      } else {
        working.delete(key);
      }
      continue;
    }
    if (action !== 'CREATE' && action !== 'UPSERT') {
      throw new Route53Failure(
        400,
        'InvalidInput',
        `Invalid request: unknown action ${action}`,
      );
    }
    if (action === 'CREATE' && existing) {
      messages.push(
        `Tried to create resource record set ${describeSet(
          set,
        )} but it already exists`,
      );
      continue;
    }
    const sameName = [...working.values()].filter(
      s => s.Name === set.Name && identity(s) !== key,
    );
    if (set.Type === 'CNAME' && sameName.some(s => s.Type !== 'CNAME')) {
      messages.push(
        `RRSet of type CNAME with DNS name ${set.Name} is not permitted as it conflicts with other records with the same DNS name in zone ${zone.name}`,
      );
      continue;
    }
    if (set.Type !== 'CNAME' && sameName.some(s => s.Type === 'CNAME')) {
      messages.push(
        `RRSet of type ${set.Type} with DNS name ${set.Name} is not permitted because a conflicting RRSet of type CNAME with the same DNS name already exists in zone ${zone.name}`,
      );
      continue;
    }
    working.set(key, set);
  }
  if (messages.length) {
    throw new Route53Failure(
      400,
      'InvalidChangeBatch',
      `[${messages.join(', ')}]`,
    );
  }
  return [...working.values()];
}

const ROUTES: Array<[string, RegExp, Route53Operation]> = [
  ['GET', /^\/2013-04-01\/hostedzone$/, 'ListHostedZones'],
  ['GET', /^\/2013-04-01\/hostedzonesbyname$/, 'ListHostedZonesByName'],
  ['GET', /^\/2013-04-01\/hostedzone\/([^/]+)$/, 'GetHostedZone'],
  [
    'GET',
    /^\/2013-04-01\/hostedzone\/([^/]+)\/rrset$/,
    'ListResourceRecordSets',
  ],
  [
    'POST',
    /^\/2013-04-01\/hostedzone\/([^/]+)\/rrset$/,
    'ChangeResourceRecordSets',
  ],
  ['GET', /^\/2013-04-01\/change\/([^/]+)$/, 'GetChange'],
];

const zoneIdOf = () => `Z${randomBytes(10).toString('hex').toUpperCase()}`;

/**
 * Starts the fake Route53 API on 127.0.0.1 and a free port. Point the SDK at
 * it with `endpoint`; SigV4 signatures are not verified, only the key id.
 *
 * @public
 */
export async function startRoute53ApiServer(
  options: Route53ApiServerOptions = {},
): Promise<Route53ApiServer> {
  const maxRecordItems = Math.min(300, options.maxRecordItems ?? 300);
  const pendingPolls = options.pendingPolls ?? 1;
  const zones = new Map<string, Route53HostedZoneState>();
  const changes = new Map<string, { submittedAt: string; polls: number }>();
  const schedule = createFaultSchedule<Route53Operation, Route53Fault>();
  const requests: Route53RecordedRequest[] = [];
  const sleep = schedule.sleep;
  const takeFault = schedule.take;

  const zoneById = (rawId: string) => {
    const id = decodeURIComponent(rawId).replace(/^\/?hostedzone\//, '');
    const zone = zones.get(id);
    if (!zone) {
      throw new Route53Failure(
        404,
        'NoSuchHostedZone',
        `No hosted zone found with ID: ${id}`,
      );
    }
    return zone;
  };

  const zoneXml = (zone: Route53HostedZoneState) =>
    el(
      'HostedZone',
      text('Id', `/hostedzone/${zone.id}`) +
        text('Name', zone.name) +
        text('CallerReference', zone.callerReference) +
        el(
          'Config',
          text('Comment', zone.comment) + text('PrivateZone', zone.privateZone),
        ) +
        text('ResourceRecordSetCount', zone.recordSets.length),
    );

  const listHostedZones = (query: Record<string, string>) => {
    const all = [...zones.values()];
    const maxItems = Math.min(100, Number(query.maxitems ?? 100) || 100);
    const start = query.marker ? all.findIndex(z => z.id === query.marker) : 0;
    if (start < 0) {
      throw new Route53Failure(
        400,
        'InvalidInput',
        `Invalid marker ${query.marker}`,
      );
    }
    const page = all.slice(start, start + maxItems);
    const next = all[start + maxItems];
    return document(
      'ListHostedZonesResponse',
      el('HostedZones', page.map(zoneXml).join('')) +
        text('Marker', query.marker ?? '') +
        text('IsTruncated', !!next) +
        text('NextMarker', next?.id) +
        text('MaxItems', maxItems),
    );
  };

  const listHostedZonesByName = (query: Record<string, string>) => {
    const sorted = [...zones.values()].sort((a, b) =>
      compareKeys(
        [reversedLabels(a.name), a.id],
        [reversedLabels(b.name), b.id],
      ),
    );
    const maxItems = Math.min(100, Number(query.maxitems ?? 100) || 100);
    const from = query.dnsname
      ? [reversedLabels(storedName(query.dnsname)), query.hostedzoneid ?? '']
      : undefined;
    const rest = from
      ? sorted.filter(
          z => compareKeys([reversedLabels(z.name), z.id], from) >= 0,
        )
      : sorted;
    const page = rest.slice(0, maxItems);
    const next = rest[maxItems];
    return document(
      'ListHostedZonesByNameResponse',
      el('HostedZones', page.map(zoneXml).join('')) +
        text('DNSName', query.dnsname) +
        text('HostedZoneId', query.hostedzoneid) +
        text('IsTruncated', !!next) +
        text('NextDNSName', next?.name) +
        text('NextHostedZoneId', next?.id) +
        text('MaxItems', maxItems),
    );
  };

  const getHostedZone = (zone: Route53HostedZoneState) =>
    document(
      'GetHostedZoneResponse',
      zoneXml(zone) +
        (zone.privateZone
          ? el(
              'VPCs',
              zone.vpcs
                .map(v =>
                  el(
                    'VPC',
                    text('VPCRegion', v.VPCRegion) + text('VPCId', v.VPCId),
                  ),
                )
                .join(''),
            )
          : el(
              'DelegationSet',
              el(
                'NameServers',
                ['ns-1.awsdns-01.org', 'ns-2.awsdns-02.com']
                  .map(ns => text('NameServer', ns))
                  .join(''),
              ),
            )),
    );

  const listRecordSets = (
    zone: Route53HostedZoneState,
    query: Record<string, string>,
  ) => {
    if (query.type && !query.name) {
      throw new Route53Failure(
        400,
        'InvalidInput',
        'The input is not valid: type requires name',
      );
    }
    const sorted = [...zone.recordSets].sort((a, b) =>
      compareKeys(orderKey(a), orderKey(b)),
    );
    const from = query.name
      ? [
          reversedLabels(storedName(query.name)),
          query.type ?? '',
          query.identifier ?? '',
        ]
      : undefined;
    const rest = from
      ? sorted.filter(s => compareKeys(orderKey(s), from) >= 0)
      : sorted;
    const maxItems = Math.min(
      maxRecordItems,
      Number(query.maxitems ?? 300) || 300,
    );
    const page = rest.slice(0, maxItems);
    const next = rest[maxItems];
    return document(
      'ListResourceRecordSetsResponse',
      el('ResourceRecordSets', page.map(recordSetXml).join('')) +
        text('IsTruncated', !!next) +
        text('NextRecordName', next?.Name) +
        text('NextRecordType', next?.Type) +
        text('NextRecordIdentifier', next?.SetIdentifier) +
        text('MaxItems', maxItems),
    );
  };

  const changeRecordSets = (zone: Route53HostedZoneState, body: string) => {
    const request = parseXml(body);
    const batch = childOf(request, 'ChangeBatch');
    const list = childrenOf(childOf(batch, 'Changes'), 'Change');
    if (request.name !== 'ChangeResourceRecordSetsRequest' || !list.length) {
      throw new Route53Failure(
        400,
        'InvalidInput',
        'Invalid request: the change batch has no changes',
      );
    }
    zone.recordSets = applyBatch(zone, list);
    const id = `C${randomBytes(8).toString('hex').toUpperCase()}`;
    const submittedAt = new Date().toISOString();
    changes.set(id, { submittedAt, polls: 0 });
    return document(
      'ChangeResourceRecordSetsResponse',
      el(
        'ChangeInfo',
        text('Id', `/change/${id}`) +
          text('Status', 'PENDING') +
          text('SubmittedAt', submittedAt) +
          text('Comment', textOf(batch, 'Comment')),
      ),
    );
  };

  const getChange = (rawId: string) => {
    const id = decodeURIComponent(rawId).replace(/^\/?change\//, '');
    const change = changes.get(id);
    if (!change) {
      throw new Route53Failure(
        404,
        'NoSuchChange',
        `A change with the specified change ID does not exist: ${id}`,
      );
    }
    change.polls += 1;
    return document(
      'GetChangeResponse',
      el(
        'ChangeInfo',
        text('Id', `/change/${id}`) +
          text('Status', change.polls > pendingPolls ? 'INSYNC' : 'PENDING') +
          text('SubmittedAt', change.submittedAt),
      ),
    );
  };

  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', chunk => chunks.push(chunk));
      req.on('error', reject);
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ) => {
    if (res.destroyed || res.writableEnded) {
      return;
    }
    res.writeHead(status, {
      'content-type': 'text/xml',
      'x-amzn-requestid': randomUUID(),
      ...headers,
    });
    res.end(body);
  };

  const handle = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/$/, '');
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const route = ROUTES.map(([m, pattern, operation]) => {
      const match = m === method ? pattern.exec(path) : null;
      return match ? { operation, param: match[1] } : undefined;
    }).find(Boolean);
    const operation = route?.operation ?? 'unknown';
    requests.push({ operation, method, path, query, body });

    const fault = route ? takeFault(route.operation) : undefined;
    if (fault?.delayMs) {
      await sleep(fault.delayMs);
    }
    if (fault?.body !== undefined) {
      send(res, fault.status ?? 200, fault.body, fault.headers);
      return;
    }
    if (fault?.code || fault?.status) {
      const status = fault.status ?? 400;
      const code =
        fault.code ?? (status >= 500 ? 'InternalFailure' : 'InvalidInput');
      send(
        res,
        status,
        errorDocument(code, fault.message ?? code, status),
        fault.headers,
      );
      return;
    }
    try {
      const credential = /Credential=([^/,\s]+)\//.exec(
        req.headers.authorization ?? '',
      )?.[1];
      if (!credential) {
        throw new Route53Failure(
          403,
          'MissingAuthenticationToken',
          'Missing Authentication Token',
        );
      }
      if (options.accessKeyId && credential !== options.accessKeyId) {
        throw new Route53Failure(
          403,
          'InvalidClientTokenId',
          'The security token included in the request is invalid.',
        );
      }
      const param = route?.param ?? '';
      const answers: Record<Route53Operation, () => string> = {
        ListHostedZones: () => listHostedZones(query),
        ListHostedZonesByName: () => listHostedZonesByName(query),
        GetHostedZone: () => getHostedZone(zoneById(param)),
        ListResourceRecordSets: () => listRecordSets(zoneById(param), query),
        ChangeResourceRecordSets: () => changeRecordSets(zoneById(param), body),
        GetChange: () => getChange(param),
      };
      if (!route) {
        throw new Route53Failure(
          404,
          'UnknownOperationException',
          `No operation at ${method} ${path}`,
        );
      }
      send(res, 200, answers[route.operation]());
    } catch (error) {
      if (error instanceof Route53Failure) {
        send(
          res,
          error.status,
          errorDocument(error.code, error.message, error.status),
        );
      } else {
        send(res, 500, errorDocument('InternalFailure', String(error), 500));
      }
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const addRecordSet: Route53ApiServer['addRecordSet'] = (
    zoneId,
    set,
    opts = {},
  ) => {
    const zone = zoneById(zoneId);
    const stored = opts.raw
      ? set
      : { ...set, Name: storedName(set.Name ?? '') };
    zone.recordSets = [
      ...zone.recordSets.filter(s => identity(s) !== identity(stored)),
      stored,
    ];
  };

  const failNext: Route53ApiServer['failNext'] = (
    operation,
    fault,
    times = 1,
  ) => schedule.failNext(operation, fault, times);

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    addHostedZone(zone) {
      const id = zone.id ?? zoneIdOf();
      const name = storedName(zone.name);
      zones.set(id, {
        id,
        name,
        privateZone: zone.privateZone ?? true,
        vpcs: zone.vpcs ?? [
          { VPCId: 'vpc-0a1b2c3d4e5f', VPCRegion: 'eu-west-1' },
        ],
        comment: zone.comment,
        callerReference: randomUUID(),
        recordSets: [],
      });
      // every Route53 zone starts with its SOA and NS records at the apex
      addRecordSet(id, {
        Name: name,
        Type: 'SOA',
        TTL: 900,
        ResourceRecords: [
          {
            Value:
              'ns-1536.awsdns-00.co.uk. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400',
          },
        ],
      });
      addRecordSet(id, {
        Name: name,
        Type: 'NS',
        TTL: 172800,
        ResourceRecords: [
          { Value: 'ns-1536.awsdns-00.co.uk.' },
          { Value: 'ns-0.awsdns-00.com.' },
        ],
      });
      return id;
    },
    addRecordSet,
    recordSets: zoneId => [...zoneById(zoneId).recordSets],
    hostedZone: zoneId => zones.get(zoneId),
    failNext,
    throttleNext: (operation, times = 1) =>
      failNext(
        operation,
        { status: 400, code: 'Throttling', message: 'Rate exceeded' },
        times,
      ),
    async close() {
      schedule.cancelDelays();
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}
