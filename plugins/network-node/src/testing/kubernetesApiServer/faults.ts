import type { ServerResponse } from 'node:http';
import { sendJson } from './handlers';
import { apiServerError } from './status';

/**
 * A failure to inject on one path: `status` answers with that code (default
 * 500) and a Status body, `garbage` answers 200 with a body that is not JSON,
 * `hang` never answers.
 *
 * @public
 */
export interface KubernetesApiFault {
  /** The exact request path, e.g. `/apis/gateway.networking.k8s.io/v1/httproutes`. */
  path: string;
  type: 'status' | 'garbage' | 'hang';
  status?: number;
  /** Only watches (`true`), only other requests (`false`), or both (unset). */
  watch?: boolean;
  /** How many requests it hits; unset: every one until `clearFaults()`. */
  times?: number;
}

/**
 * Answers the request with the first matching fault, if any, and counts it
 * down. True when the request was taken.
 */
export function injectFault(
  faults: KubernetesApiFault[],
  path: string,
  watch: boolean,
  res: ServerResponse,
): boolean {
  const fault = faults.find(
    f =>
      f.path === path &&
      (f.watch === undefined || f.watch === watch) &&
      (f.times ?? 1) > 0,
  );
  if (!fault) {
    return false;
  }
  if (fault.times !== undefined) {
    fault.times--;
  }
  if (fault.type === 'hang') {
    // never answered: the client times out, or the server destroys the socket on close
    return true;
  }
  if (fault.type === 'garbage') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('<html><body>502 Bad Gateway</body></html>\n{"kind":"Sta');
    return true;
  }
  const code = fault.status ?? 500;
  sendJson(res, code, apiServerError(code, `injected fault on ${path}`).status);
  return true;
}
