import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import type { KubernetesObject } from '@localplus/plugin-network-common';
import { ServedResource, groupVersionOf, resourceKey } from './resources';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import { apiServerError } from './status';
import { streamWatch } from './watchStream';
import {
  WriteContext,
  WriteTarget,
  applyObject,
  deleteObject,
  writeObject,
} from './writes';

const APPLY_PATCH = 'application/apply-patch+yaml';
const MAX_BODY_BYTES = 3 * 1024 * 1024;

/** One resource request, after path parsing, auth and fault injection. */
export interface ResourceRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  target: WriteTarget & { subresource?: string };
  ctx: WriteContext;
  /** Ends each open watch. */
  openWatches: Set<() => void>;
}

export function sendJson(res: ServerResponse, code: number, body: unknown) {
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<KubernetesObject> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      throw apiServerError(413, 'Request entity too large');
    }
    chunks.push(chunk);
  }
  try {
    // YAML is a superset of JSON: apply bodies come as either
    return parseYaml(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw apiServerError(
      400,
      `error decoding body: ${(error as Error).message}`,
    );
  }
}

interface ContinueToken {
  rv: number;
  after: string;
}

function encodeContinue(token: ContinueToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeContinue(text: string): ContinueToken {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw apiServerError(400, 'continue key is not valid');
  }
}

function sortKey(object: KubernetesObject): string {
  return `${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

// built-in lists leave TypeMeta off their items; custom resources keep it
function listItem(resource: ServedResource, object: KubernetesObject) {
  if (resource.custom) {
    return object;
  }
  const { apiVersion: _, kind: __, ...rest } = object;
  return rest;
}

function list({ res, url, target, ctx }: ResourceRequest) {
  const { resource, namespace } = target;
  const { store } = ctx;
  const query = url.searchParams;
  const matchesLabels = parseLabelSelector(query.get('labelSelector'));
  const matchesFields = parseFieldSelector(query.get('fieldSelector'));
  const token = query.get('continue')
    ? decodeContinue(query.get('continue')!)
    : undefined;
  if (token && token.rv < store.compactedAt) {
    throw apiServerError(
      410,
      'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.',
      { reason: 'Expired' },
    );
  }
  const items = store
    .list(resourceKey(resource), namespace)
    .filter(o => matchesLabels(o) && matchesFields(o))
    .filter(o => !token || sortKey(o) > token.after);
  const limit = Number(query.get('limit') ?? 0);
  const page = limit > 0 ? items.slice(0, limit) : items;
  const rv = token?.rv ?? store.resourceVersion;
  const more = page.length < items.length;
  sendJson(res, 200, {
    kind: `${resource.kind}List`,
    apiVersion: groupVersionOf(resource),
    metadata: {
      resourceVersion: String(rv),
      ...(more && {
        continue: encodeContinue({ rv, after: sortKey(page[page.length - 1]) }),
        remainingItemCount: items.length - page.length,
      }),
    },
    items: page.map(o => listItem(resource, o)),
  });
}

function watch({ res, url, target, ctx, openWatches }: ResourceRequest) {
  const query = url.searchParams;
  const matchesLabels = parseLabelSelector(query.get('labelSelector'));
  const matchesFields = parseFieldSelector(query.get('fieldSelector'));
  streamWatch(
    res,
    ctx.store,
    {
      key: resourceKey(target.resource),
      namespace: target.namespace,
      matches: o => matchesLabels(o) && matchesFields(o),
      resourceVersion: query.get('resourceVersion'),
      timeoutSeconds: Number(query.get('timeoutSeconds') ?? 0),
    },
    openWatches,
  );
}

function writeOptions(url: URL) {
  const query = url.searchParams;
  return {
    fieldManager: query.get('fieldManager') ?? undefined,
    force: query.get('force') === 'true',
    dryRun: query.getAll('dryRun').includes('All'),
  };
}

/** Answers a request for a resource or one object of it. */
export async function handleResource(request: ResourceRequest): Promise<void> {
  const { req, res, url, target, ctx } = request;
  const { resource, name, subresource } = target;
  if (subresource || (name && resource.namespaced && !target.namespace)) {
    throw apiServerError(
      404,
      'the server could not find the requested resource',
    );
  }
  const method = req.method ?? 'GET';
  if (!name) {
    if (method === 'GET') {
      return url.searchParams.get('watch') === 'true'
        ? watch(request)
        : list(request);
    }
    if (method === 'POST') {
      const body = await readBody(req);
      const result = writeObject(ctx, target, body, {
        mode: 'create',
        ...writeOptions(url),
      });
      return sendJson(res, 201, result.object);
    }
    throw apiServerError(
      405,
      `the server does not allow this method on the requested resource`,
    );
  }

  const namespace = resource.namespaced ? target.namespace : undefined;
  switch (method) {
    case 'GET': {
      const object = ctx.store.get(resourceKey(resource), namespace, name);
      if (!object) {
        throw apiServerError(
          404,
          `${resource.plural}.${resource.group} "${name}" not found`,
          {
            details: { name, group: resource.group, kind: resource.plural },
          },
        );
      }
      return sendJson(res, 200, object);
    }
    case 'PUT': {
      const body = await readBody(req);
      const result = writeObject(ctx, target, body, {
        mode: 'replace',
        ...writeOptions(url),
      });
      return sendJson(res, 200, result.object);
    }
    case 'PATCH': {
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
      if (type !== APPLY_PATCH) {
        throw apiServerError(
          415,
          `the body of the request was in an unknown format - accepted media types include: ${APPLY_PATCH}`,
        );
      }
      const body = await readBody(req);
      const result = applyObject(ctx, target, body, writeOptions(url));
      return sendJson(
        res,
        result.outcome === 'created' ? 201 : 200,
        result.object,
      );
    }
    case 'DELETE': {
      const object = deleteObject(ctx, target, name);
      return sendJson(res, 200, {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: {
          name,
          group: resource.group,
          kind: resource.plural,
          uid: object.metadata.uid,
        },
      });
    }
    default:
      throw apiServerError(
        405,
        `the server does not allow this method on the requested resource`,
      );
  }
}
