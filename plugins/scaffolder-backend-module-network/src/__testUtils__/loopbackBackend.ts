import type { DiscoveryService } from '@backstage/backend-plugin-api';
import type {
  AvailabilityRequest,
  AvailabilityResult,
  ObjectRef,
} from '@localplus/plugin-network-common';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route some entity already serves, as the index knows it. */
export interface TakenRoute {
  hostname: string;
  path: string;
  entityRef?: string;
  object: ObjectRef;
}

/** A DNS name or tunnel hostname already in use. */
export interface TakenName {
  name: string;
  entityRef?: string;
  object: ObjectRef;
}

export interface LoopbackEntity {
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    annotations?: Record<string, string>;
  };
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

/**
 * A loopback stand-in for the two backends the actions call, speaking their wire formats:
 * `POST /api/network/availability` (AvailabilityRequest → AvailabilityResult), `POST
 * /api/network/refresh`, and the catalog's
 * `GET /api/catalog/entities/by-name/:kind/:namespace/:name` (entity, or a 404 error body).
 */
export interface LoopbackBackend {
  discovery: DiscoveryService;
  requests: RecordedRequest[];
  /** Answer availability requests with this HTTP status instead (e.g. 500). */
  failAvailabilityWith?: number;
  /** Answer index refreshes with this HTTP status instead (e.g. 503). */
  failRefreshWith?: number;
  close(): Promise<void>;
}

function overlaps(a: string, b: string): boolean {
  const within = (prefix: string, path: string) =>
    prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
  return within(a, b) || within(b, a);
}

function answer(
  request: AvailabilityRequest,
  routes: TakenRoute[],
  names: TakenName[],
): AvailabilityResult {
  const foreign = (owner?: string) => !owner || owner !== request.entityRef;
  const conflicts: AvailabilityResult['conflicts'] = [];
  if (request.hostname && request.path) {
    for (const route of routes) {
      if (
        route.hostname === request.hostname &&
        overlaps(route.path, request.path) &&
        foreign(route.entityRef)
      ) {
        conflicts.push({
          reason: `${route.hostname}${route.path} is already routed`,
          object: route.object,
          entityRef: route.entityRef,
        });
      }
    }
  }
  const name = request.dnsName ?? (request.path ? undefined : request.hostname);
  for (const taken of names) {
    if (taken.name === name && foreign(taken.entityRef)) {
      conflicts.push({
        reason: `${taken.name} is already in use`,
        object: taken.object,
        entityRef: taken.entityRef,
      });
    }
  }
  return { available: conflicts.length === 0, conflicts };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startLoopbackBackend(options: {
  entities?: LoopbackEntity[];
  routes?: TakenRoute[];
  names?: TakenName[];
}): Promise<LoopbackBackend> {
  const requests: RecordedRequest[] = [];
  // eslint-disable-next-line prefer-const
  let backend: LoopbackBackend;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? '';
    requests.push({
      method: req.method ?? '',
      path,
      authorization: req.headers.authorization,
      body,
    });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (!req.headers.authorization?.startsWith('Bearer ')) {
      send(401, {
        error: { name: 'AuthenticationError', message: 'no token' },
      });
      return;
    }
    if (req.method === 'POST' && path === '/api/network/availability') {
      if (backend.failAvailabilityWith) {
        send(backend.failAvailabilityWith, {
          error: { name: 'Error', message: 'index not ready' },
        });
        return;
      }
      send(
        200,
        answer(
          body as AvailabilityRequest,
          options.routes ?? [],
          options.names ?? [],
        ),
      );
      return;
    }
    if (req.method === 'POST' && path === '/api/network/refresh') {
      if (backend.failRefreshWith) {
        send(backend.failRefreshWith, {
          error: { name: 'Error', message: 'sources are not ready' },
        });
        return;
      }
      send(200, { builtAt: new Date().toISOString() });
      return;
    }
    const byName =
      /^\/api\/catalog\/entities\/by-name\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(
        path,
      );
    if (req.method === 'GET' && byName) {
      const [kind, namespace, name] = byName.slice(1).map(decodeURIComponent);
      const entity = (options.entities ?? []).find(
        e =>
          e.kind.toLowerCase() === kind &&
          (e.metadata.namespace ?? 'default') === namespace &&
          e.metadata.name === name,
      );
      if (entity) {
        send(200, entity);
      } else {
        send(404, {
          error: {
            name: 'NotFoundError',
            message: `No entity named '${name}' found, with kind '${kind}' in namespace '${namespace}'`,
          },
        });
      }
      return;
    }
    send(404, { error: { name: 'NotFoundError', message: 'no such route' } });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/api`;
  backend = {
    discovery: {
      getBaseUrl: async pluginId => `${base}/${pluginId}`,
      getExternalBaseUrl: async pluginId => `${base}/${pluginId}`,
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
  return backend;
}
