import type { KubernetesApiServer } from '@localplus/plugin-network-node/testing';
import {
  KUBERNETES_SOURCE,
  LIVE_CLUSTER,
  PRIVATE_ZONE,
  PUBLIC_ZONE,
} from './liveServers';
import type { LiveServers } from './liveServers';

/** The five ways a provider API fails that every live source must survive. */
export type LiveFaultName = '401' | '429' | '500' | 'garbage' | 'timeout';

/** One failure of one live source, as the provider's API would answer it. */
export interface LiveFault {
  sourceId: string;
  name: LiveFaultName;
  /** Makes the source's next read fail for good (after the client's own retries). */
  inject(servers: LiveServers): void;
  /** Takes back what `inject` left in place, so the next read succeeds. */
  clear(servers: LiveServers): void;
  /** What the source's `lastError` must say: which part failed and why. */
  lastError: RegExp;
}

export const HTTPROUTES_PATH = '/apis/gateway.networking.k8s.io/v1/httproutes';
const GARBAGE = '<html><body><h1>502 Bad Gateway</h1></body></html>';
const nothing = () => {};

/**
 * The informers answer reads from their cache while their watch runs; a failure shows once they
 * must list again. This is what happens when etcd compacts past a watch: the watch resumes from an
 * old resourceVersion, gets 410 Gone, and the informer re-lists.
 */
export function forceRelist(kubernetes: KubernetesApiServer): void {
  const platform = kubernetes.get('v1', 'Namespace', 'platform');
  if (!platform) throw new Error('the estate has no platform namespace');
  // a write past the informers' resourceVersion (a no-op write would not move it), then compaction
  const annotations = platform.metadata.annotations ?? {};
  annotations['network.localplus.io/test-compaction'] =
    kubernetes.resourceVersion;
  kubernetes.put({
    ...platform,
    metadata: { ...platform.metadata, annotations },
  });
  kubernetes.compact();
  kubernetes.closeWatches();
}

function kubernetesFault(
  name: LiveFaultName,
  fault: { type: 'status' | 'garbage' | 'hang'; status?: number },
  lastError: RegExp,
): LiveFault {
  return {
    sourceId: KUBERNETES_SOURCE,
    name,
    inject({ kubernetes }) {
      kubernetes.injectFault({ path: HTTPROUTES_PATH, watch: false, ...fault });
      forceRelist(kubernetes);
    },
    clear: ({ kubernetes }) => kubernetes.clearFaults(),
    lastError,
  };
}

const cloudflareRead = `ServiceUnavailableError: Cloudflare source could not list the DNS records of zone ${PUBLIC_ZONE}`;
const route53Read = `ServiceUnavailableError: Route53 source could not list the records of hosted zone \\S+ \\(${PRIVATE_ZONE.replace(
  /\./g,
  '\\.',
)}\\)`;
const kubernetesRead = `ServiceUnavailableError: Kubernetes cluster "${LIVE_CLUSTER}" \\(http://127\\.0\\.0\\.1:\\d+\\) could not be read: httproutes\\.gateway\\.networking\\.k8s\\.io/v1: GET ${HTTPROUTES_PATH}`;

/** Every live source × every fault but the Kubernetes timeout (see `kubernetesTimeout`). */
export function liveFaults(timeoutMs: number): LiveFault[] {
  const timedOut = new RegExp(
    `^ServiceUnavailableError: Network source \\S+ gave no answer within ${timeoutMs} ms$`,
  );
  return [
    {
      sourceId: 'cloudflare',
      name: '401',
      inject: ({ cloudflare }) =>
        cloudflare.failNext('dns_records', { status: 401 }),
      clear: nothing,
      lastError: new RegExp(
        `^${cloudflareRead}: the API token was rejected \\(HTTP 401, Cloudflare error 10000: Authentication error\\)$`,
      ),
    },
    {
      sourceId: 'cloudflare',
      name: '429',
      // the first answer and both of the client's retries
      inject: ({ cloudflare }) =>
        cloudflare.failNext(
          'dns_records',
          { status: 429, headers: { 'retry-after': '1' } },
          3,
        ),
      clear: nothing,
      lastError: new RegExp(
        `^${cloudflareRead}: rate limited by Cloudflare \\(HTTP 429, Cloudflare error 971: .*\\), still failing after 2 retries$`,
      ),
    },
    {
      sourceId: 'cloudflare',
      name: '500',
      inject: ({ cloudflare }) =>
        cloudflare.failNext('dns_records', { status: 500 }, 3),
      clear: nothing,
      lastError: new RegExp(
        `^${cloudflareRead}: Cloudflare failed \\(HTTP 500, .*\\), still failing after 2 retries$`,
      ),
    },
    {
      sourceId: 'cloudflare',
      name: 'garbage',
      inject: ({ cloudflare }) =>
        cloudflare.failNext('dns_records', { status: 200, body: GARBAGE }),
      clear: nothing,
      lastError: new RegExp(
        `^${cloudflareRead}: the response was not valid JSON$`,
      ),
    },
    {
      sourceId: 'cloudflare',
      name: 'timeout',
      inject: ({ cloudflare }) =>
        cloudflare.failNext('dns_records', { delayMs: 10 * timeoutMs }),
      clear: nothing,
      lastError: timedOut,
    },
    {
      sourceId: 'route53',
      // AWS refuses bad credentials with 403 InvalidClientTokenId, never 401
      name: '401',
      inject: ({ route53 }) =>
        route53.failNext('ListResourceRecordSets', {
          status: 403,
          code: 'InvalidClientTokenId',
          message: 'The security token included in the request is invalid.',
        }),
      clear: nothing,
      lastError: new RegExp(
        `^${route53Read}: AWS rejected the credentials \\(HTTP 403 InvalidClientTokenId: The security token included in the request is invalid\\.\\)$`,
      ),
    },
    {
      sourceId: 'route53',
      // Route53 throttles with 400 Throttling, not 429; the SDK makes three attempts
      name: '429',
      inject: ({ route53 }) =>
        route53.throttleNext('ListResourceRecordSets', 3),
      clear: nothing,
      lastError: new RegExp(
        `^${route53Read}: throttled by Route53 \\(HTTP 400 Throttling: Rate exceeded\\), still failing after 3 attempts$`,
      ),
    },
    {
      sourceId: 'route53',
      name: '500',
      inject: ({ route53 }) =>
        route53.failNext(
          'ListResourceRecordSets',
          {
            status: 500,
            code: 'InternalFailure',
            message: 'We encountered an internal error.',
          },
          3,
        ),
      clear: nothing,
      lastError: new RegExp(
        `^${route53Read}: Route53 failed \\(HTTP 500 InternalFailure: We encountered an internal error\\.\\), still failing after 3 attempts$`,
      ),
    },
    {
      sourceId: 'route53',
      name: 'garbage',
      inject: ({ route53 }) =>
        route53.failNext('ListResourceRecordSets', {
          status: 200,
          body: GARBAGE.slice(0, 30),
        }),
      clear: nothing,
      lastError: new RegExp(`^${route53Read}: the answer was not Route53 XML`),
    },
    {
      sourceId: 'route53',
      name: 'timeout',
      inject: ({ route53 }) =>
        route53.failNext('ListResourceRecordSets', {
          delayMs: 10 * timeoutMs,
        }),
      clear: nothing,
      lastError: timedOut,
    },
    kubernetesFault(
      '401',
      { type: 'status', status: 401 },
      new RegExp(
        `^${kubernetesRead} answered 401 Unauthorized: injected fault`,
      ),
    ),
    kubernetesFault(
      '429',
      { type: 'status', status: 429 },
      new RegExp(`^${kubernetesRead} answered 429`),
    ),
    kubernetesFault(
      '500',
      { type: 'status', status: 500 },
      new RegExp(
        `^${kubernetesRead} answered 500 InternalError: injected fault`,
      ),
    ),
    kubernetesFault(
      'garbage',
      { type: 'garbage' },
      new RegExp(
        `^${kubernetesRead} answered 200 with a body that is not a Kubernetes list`,
      ),
    ),
  ];
}

/**
 * The Kubernetes timeout: the API server stops answering lists. The informers serve their cache
 * while a re-list hangs, so the source only fails once the informer's own list timeout (30 s, not
 * configurable) gives up; the hung list also delays recovery by as much. Run it last.
 */
export const KUBERNETES_LIST_TIMEOUT_MS = 30_000;

export function kubernetesTimeout(timeoutMs: number): LiveFault {
  return kubernetesFault(
    'timeout',
    { type: 'hang' },
    new RegExp(
      `^ServiceUnavailableError: Network source \\S+ gave no answer within ${timeoutMs} ms$`,
    ),
  );
}
