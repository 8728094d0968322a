import type { ServerResponse } from 'node:http';
import type { KubernetesObject } from '@localplus/plugin-network-common';
import { failureStatus } from './status';
import { ObjectStore, StoreEvent } from './store';

/** What one watch request asked for. */
export interface WatchRequest {
  key: string;
  namespace?: string;
  matches: (object: KubernetesObject) => boolean;
  /** The `resourceVersion` query parameter; empty or `0` starts from the current state. */
  resourceVersion: string | null;
  timeoutSeconds?: number;
}

function line(type: string, object: unknown): string {
  return `${JSON.stringify({ type, object })}\n`;
}

/**
 * Streams newline-delimited watch events, as the API server does: first the
 * replayed history (or synthetic ADDED events for a watch without a
 * resourceVersion), then live changes until the client goes away, the
 * timeout passes, or the server ends it (`openWatches` holds the function
 * that does). A watch from a
 * compacted resourceVersion gets one ERROR event carrying a 410 Status.
 */
export function streamWatch(
  res: ServerResponse,
  store: ObjectStore,
  watch: WatchRequest,
  openWatches: Set<() => void>,
): void {
  const inScope = (object: KubernetesObject) =>
    (watch.namespace === undefined ||
      object.metadata.namespace === watch.namespace) &&
    watch.matches(object);

  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Transfer-Encoding': 'chunked',
  });
  // clients wait for the headers before they consider the watch started
  res.flushHeaders();

  const from = watch.resourceVersion;
  let backlog: StoreEvent[] | undefined;
  if (from && from !== '0') {
    backlog = store.eventsSince(watch.key, Number(from));
    if (!backlog) {
      const message = `too old resource version: ${from} (${store.compactedAt})`;
      res.end(
        line('ERROR', failureStatus(410, message, { reason: 'Expired' })),
      );
      return;
    }
  } else {
    backlog = store.list(watch.key).map(object => ({
      resourceVersion: Number(object.metadata.resourceVersion),
      type: 'ADDED' as const,
      key: watch.key,
      object,
    }));
  }
  for (const event of backlog) {
    if (inScope(event.object)) {
      res.write(line(event.type, event.object));
    }
  }

  const unsubscribe = store.subscribe(event => {
    if (event.key === watch.key && inScope(event.object)) {
      res.write(line(event.type, event.object));
    }
  });
  let timer: NodeJS.Timeout | undefined;
  // ending stops the events at once, before the connection is gone
  const finish = () => {
    unsubscribe();
    clearTimeout(timer);
    openWatches.delete(finish);
    if (!res.writableEnded) {
      res.end();
    }
  };
  if (watch.timeoutSeconds && watch.timeoutSeconds > 0) {
    timer = setTimeout(finish, watch.timeoutSeconds * 1000);
    timer.unref();
  }
  openWatches.add(finish);
  // the response closes when it ends or when the client drops the connection
  res.on('close', finish);
}
