import {
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  KubeConfig,
  RequestContext,
} from '@kubernetes/client-node';
import type { KubernetesObject } from '@localplus/plugin-network-common';

/** A list request the API server refused, or answered with something unreadable. */
export class KubernetesApiError extends Error {
  /** The HTTP status; absent when the request never got an answer. */
  readonly statusCode?: number;
  /** The `reason` of the API server's Status body, e.g. `NotFound`. */
  readonly reason?: string;

  constructor(
    message: string,
    options: { statusCode?: number; reason?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'KubernetesApiError';
    this.statusCode = options.statusCode;
    this.reason = options.reason;
  }
}

/** The items of a collection, and the resourceVersion to watch from. */
export interface ObjectList {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string };
  items: KubernetesObject[];
}

const http = new IsomorphicFetchHttpLibrary();

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refusal(path: string, statusCode: number, text: string) {
  const status = parseBody(text) as
    | { message?: string; reason?: string }
    | undefined;
  const detail = status?.message ?? excerpt(text);
  const reason = status?.reason;
  return new KubernetesApiError(
    `GET ${path} answered ${statusCode}${reason ? ` ${reason}` : ''}${
      detail ? `: ${detail}` : ''
    }`,
    { statusCode, reason },
  );
}

async function getPage(
  kc: KubeConfig,
  url: URL,
  path: string,
  signal?: AbortSignal,
) {
  const ctx = new RequestContext(url.toString(), HttpMethod.GET);
  ctx.setHeaderParam('Accept', 'application/json');
  if (signal) {
    ctx.setSignal(signal);
  }
  await kc.applySecurityAuthentication(ctx);
  let statusCode: number;
  let text: string;
  try {
    const response = await http.send(ctx).toPromise();
    statusCode = response.httpStatusCode;
    text = await response.body.text();
  } catch (error) {
    const why = signal?.aborted
      ? String(signal.reason?.message ?? signal.reason)
      : (error as Error).message;
    throw new KubernetesApiError(`GET ${path} failed: ${why}`, {
      cause: error,
    });
  }
  if (statusCode !== 200) {
    throw refusal(path, statusCode, text);
  }
  const body = parseBody(text) as Partial<ObjectList> | undefined;
  if (!body || !Array.isArray(body.items)) {
    throw new KubernetesApiError(
      `GET ${path} answered 200 with a body that is not a Kubernetes list: ${excerpt(
        text,
      )}`,
      { statusCode },
    );
  }
  return body as ObjectList & { metadata: { continue?: string } };
}

/**
 * Lists a collection as raw JSON, page by page. Raw because the typed
 * clients turn objects into model classes (dates parsed, unknown fields
 * dropped), while watch events arrive as plain JSON; the cache must hold one shape.
 */
export async function listObjects(
  kc: KubeConfig,
  path: string,
  options: {
    fieldSelector?: string;
    pageSize?: number;
    signal?: AbortSignal;
  } = {},
): Promise<ObjectList> {
  const server = kc.getCurrentCluster()?.server;
  if (!server) {
    throw new KubernetesApiError('No cluster in the client configuration');
  }
  const items: KubernetesObject[] = [];
  let first: ObjectList | undefined;
  let continueToken: string | undefined;
  do {
    const url = new URL(`${server}${path}`);
    url.searchParams.set('limit', String(options.pageSize ?? 500));
    if (options.fieldSelector) {
      url.searchParams.set('fieldSelector', options.fieldSelector);
    }
    if (continueToken) {
      url.searchParams.set('continue', continueToken);
    }
    const page = await getPage(kc, url, path, options.signal);
    first ??= page;
    items.push(...page.items);
    continueToken = page.metadata?.continue || undefined;
  } while (continueToken);
  return {
    apiVersion: first.apiVersion,
    kind: first.kind,
    // the first page's version: the watch resumes from the start of the list
    metadata: { resourceVersion: first.metadata?.resourceVersion ?? '' },
    items,
  };
}
