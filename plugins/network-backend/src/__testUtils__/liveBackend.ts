import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  NetworkView,
  SourceStatus,
  SourcesResponse,
} from '@localplus/plugin-network-common';
import request from 'supertest';
import { networkPlugin } from '../plugin';
import { eventually } from './eventually';
import { exampleCatalogEntities, exampleGitOpsPath } from './exampleEstate';
import { exampleLiveEstate, withTxtRegistry } from './liveEstate';
import {
  KUBERNETES_SOURCE,
  startLiveServers,
  type LiveServers,
} from './liveServers';

export { KUBERNETES_SOURCE };
export const LIVE_SOURCES = ['cloudflare', KUBERNETES_SOURCE, 'route53'];

/** The network backend reading GitOps and the three live sources, and ways to ask it things. */
export interface LiveBackend {
  servers: LiveServers;
  /** POST /refresh as a service, as the scaffolder actions do. */
  refresh(): Promise<void>;
  statuses(): Promise<Map<string, SourceStatus>>;
  view(component: string): Promise<NetworkView>;
  /** The statuses when every source is ok, else undefined (for `eventually`). */
  allOk(): Promise<Map<string, SourceStatus> | undefined>;
  stop(): Promise<void>;
}

async function ok<T>(
  what: string,
  call: Promise<{ status: number; body: T }>,
): Promise<T> {
  const res = await call;
  if (res.status !== 200) {
    throw new Error(
      `${what} answered ${res.status}: ${JSON.stringify(res.body)}`,
    );
  }
  return res.body;
}

/**
 * The example estate in the live systems (with external-dns's TXT registry records) and in
 * GitOps, read by a test backend with real SQLite; resolves once every source has been read.
 */
export async function startLiveBackend(options: {
  refreshTimeoutMs: number;
}): Promise<LiveBackend> {
  const servers = await startLiveServers(
    withTxtRegistry(await exampleLiveEstate()),
  );
  const backend = await startTestBackend({
    features: [
      networkPlugin,
      catalogServiceMock.factory({ entities: exampleCatalogEntities() }),
      mockServices.rootConfig.factory({
        data: servers.config({
          network: {
            gitops: { path: exampleGitOpsPath() },
            refresh: { timeout: { milliseconds: options.refreshTimeoutMs } },
          },
        }),
      }),
    ],
  });

  const statuses = async () => {
    const { items } = await ok<SourcesResponse>(
      'GET /sources',
      request(backend.server).get('/api/network/sources'),
    );
    return new Map(items.map(s => [s.sourceId, s]));
  };
  const live: LiveBackend = {
    servers,
    async refresh() {
      await ok(
        'POST /refresh',
        request(backend.server)
          .post('/api/network/refresh')
          .set('Authorization', mockCredentials.service.header()),
      );
    },
    statuses,
    view: component =>
      ok<NetworkView>(
        `the view of ${component}`,
        request(backend.server).get(
          `/api/network/entities/component/default/${component}/view`,
        ),
      ),
    async allOk() {
      const now = await statuses();
      return [...now.values()].every(s => s.status === 'ok') ? now : undefined;
    },
    async stop() {
      await backend.stop();
      await servers.close();
    },
  };
  // the scheduler's first refresh runs on its own time; the watches start with the backend
  try {
    await eventually(live.allOk, { what: 'the first read of every source' });
  } catch (error) {
    await live.stop();
    throw error;
  }
  return live;
}
