/*
 * Benchmark of the network index (issue 3, part 5).
 *
 *   node --expose-gc --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/network-backend/bench/index.bench.ts
 *
 * (from the repository root; `npm run bench` runs it with the others). A generated estate of
 * 2,000 services is served by the loopback Kubernetes, Cloudflare and Route53 APIs; the real
 * backend (startTestBackend: real SQLite, mock catalog and auth) reads them and serves the view.
 * Measures the index build (in-process and through POST /refresh), the heap it keeps, the view
 * endpoint's latency over loopback HTTP, and the same endpoint of a naive backend that lists the
 * providers per request. Prints a markdown table and writes bench-results/network-index.json.
 */
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type {
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { formatOwnershipComment } from '@localplus/plugin-network-node';
import type { KubernetesApiServer } from '@localplus/plugin-network-node/testing';
import { networkPlugin } from '../src/plugin';
import {
  exampleCatalogEntities,
  repoRoot,
} from '../src/__testUtils__/exampleEstate';
import { exampleLiveEstate } from '../src/__testUtils__/liveEstate';
import { startLiveServers } from '../src/__testUtils__/liveServers';
import { BENCH_TUNNEL_ID, generateEstate } from './generateEstate';
import { buildInProcess } from './inProcessBuild';
import {
  medianTime,
  summarise,
  timeRequests,
  timeRequestsAtRate,
} from './latency';
import { naiveNetworkPlugin } from './naivePlugin';
import { printReport, type BenchReport } from './report';

const SERVICES = 2000;
const INDEX_REQUESTS = 2000;
const NAIVE_REQUESTS = 20;
const WARMUP = 200;
/**
 * A window of the backend's life at steady state: its scheduled forced reload (every 30 s; the
 * test backend's scheduler only runs tasks at startup, so the bench triggers it) and one change
 * in the cluster (a Deployment scaled), whose watch event rebuilds the index.
 */
const SUSTAINED_MS = 30_000;
const SUSTAINED_PER_SECOND = 200;
const CONTROL_MS = 10_000;
const PLATFORM_NAMESPACES = new Set(['platform', 'kube-system']);

async function platformOfExample() {
  const example = await exampleLiveEstate();
  // the platform's shared objects; the example's own tunnel ConfigMap and records stay out
  const objects = example.objects.filter(o => {
    const namespace = o.metadata.namespace ?? o.metadata.name ?? '';
    const shared =
      PLATFORM_NAMESPACES.has(namespace) || o.kind === 'GatewayClass';
    return shared && o.kind !== 'ConfigMap' && o.kind !== 'DNSEndpoint';
  });
  const ids = new Set(
    objects.map(o => o.metadata.labels?.['backstage.io/kubernetes-id']),
  );
  const entities = exampleCatalogEntities().filter(e => {
    const id = e.metadata.annotations?.['backstage.io/kubernetes-id'];
    return !id || ids.has(id);
  });
  return { objects, entities };
}

function scaleDeployment(kubernetes: KubernetesApiServer, name: string) {
  const deployment = kubernetes.get('apps/v1', 'Deployment', name, name)!;
  const spec = deployment.spec as { replicas: number };
  kubernetes.put({
    ...deployment,
    spec: { ...spec, replicas: spec.replicas + 1 },
  });
}

async function waitFor(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 120_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} took over 120 s`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function main() {
  const estate = generateEstate(SERVICES, await platformOfExample());
  const servers = await startLiveServers(estate, {
    crdsDir: null,
    tunnels: [{ id: BENCH_TUNNEL_ID, ingress: estate.tunnelRules }],
    publicComment: r => r.owner && formatOwnershipComment(r.owner),
  });
  const configData = servers.config({
    network: {
      refresh: { frequency: { hours: 1 }, timeout: { minutes: 2 } },
      tunnel: { id: BENCH_TUNNEL_ID },
    },
  });

  const inProcess = await buildInProcess(
    new ConfigReader(configData),
    estate.entities,
  );
  const sampleView = inProcess.index.view(
    `component:default/${estate.names[0]}`,
  );
  const json = await medianTime(200, () => JSON.stringify(sampleView));

  // the mock scheduler is its own service factory; its type only says SchedulerService
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(): ServiceFactory;
  };
  const backendStarted = Date.now();
  const backend = await startTestBackend({
    features: [
      scheduler.factory(),
      networkPlugin,
      naiveNetworkPlugin,
      catalogServiceMock.factory({ entities: estate.entities }),
      mockServices.rootConfig.factory({ data: configData }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/api`;
  const user = { Authorization: mockCredentials.user.header() };
  const service = { Authorization: mockCredentials.service.header() };
  const sourcesOk = async () => {
    const res = await fetch(`${base}/network/sources`, { headers: user });
    if (res.status !== 200) return false;
    const body = await res.json();
    return body.items.every((s: { status: string }) => s.status !== 'error');
  };
  await waitFor(sourcesOk, 'the first index build');
  const firstBuildMs = Date.now() - backendStarted;

  const refresh = await medianTime(3, async () => {
    const res = await fetch(`${base}/network/refresh`, {
      method: 'POST',
      headers: service,
    });
    if (res.status !== 200) throw new Error(`refresh answered ${res.status}`);
  });

  const viewUrl = (name: string, api = 'network') =>
    `${base}/${api}/entities/component/default/${name}/view`;
  // every entity once per pass, in an order that defeats any locality
  const spread = (offset: number) =>
    estate.names.map((_, i) => estate.names[(i * 7 + offset) % SERVICES]);
  const builtAt = async (): Promise<string> =>
    (await (await fetch(`${base}/network/sources`, { headers: user })).json())
      .builtAt;
  await timeRequests(
    spread(1)
      .slice(0, WARMUP)
      .map(n => viewUrl(n)),
    user,
  );
  const builtBefore = await builtAt();
  const index = await timeRequests(
    spread(0)
      .slice(0, INDEX_REQUESTS)
      .map(n => viewUrl(n)),
    user,
  );
  const builtAfter = await builtAt();
  const health = await timeRequests(
    Array.from({ length: INDEX_REQUESTS }, () => `${base}/network/health`),
    user,
  );
  // the same load without rebuilds, to tell the rebuilds' share from the load's
  const quiet = await timeRequestsAtRate(
    CONTROL_MS,
    SUSTAINED_PER_SECOND,
    i => viewUrl(estate.names[(i * 13) % SERVICES]),
    user,
  );
  const tick = setTimeout(
    () => void scheduler.triggerTask('network-entities-reload'),
    SUSTAINED_MS / 3,
  );
  const change = setTimeout(
    () => scaleDeployment(servers.kubernetes, estate.names[5]),
    (2 * SUSTAINED_MS) / 3,
  );
  const sustained = await timeRequestsAtRate(
    SUSTAINED_MS,
    SUSTAINED_PER_SECOND,
    i => viewUrl(estate.names[(i * 13) % SERVICES]),
    user,
  );
  clearTimeout(tick);
  clearTimeout(change);
  await timeRequests([viewUrl(estate.names[1], 'network-naive')], user);
  const naive = await timeRequests(
    spread(3)
      .slice(0, NAIVE_REQUESTS)
      .map(n => viewUrl(n, 'network-naive')),
    user,
  );
  await backend.stop();
  await servers.close();

  const report: BenchReport = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    estate: {
      services: SERVICES,
      entities: estate.entities.length,
      ...inProcess.counts,
      httpRoutes: estate.objects.filter(o => o.kind === 'HTTPRoute').length,
      policies: estate.objects.filter(o => o.kind.endsWith('NetworkPolicy'))
        .length,
    },
    build: {
      inProcessReadMs: Math.round(inProcess.readMs),
      inProcessBuildMs: Math.round(inProcess.buildMs),
      inProcessBuildRunsMs: inProcess.buildRunsMs,
      snapshotJsonMb: Math.round(inProcess.snapshotJsonMb),
      snapshotStringifyMs: Math.round(inProcess.stringifyMs),
      snapshotParseMs: Math.round(inProcess.parseMs),
      sourcesHeapMb: Math.round(inProcess.sourcesHeapMb),
      indexHeapMb: Math.round(inProcess.indexHeapMb),
      refreshViaApiMs: refresh.median,
      refreshViaApiRunsMs: refresh.all,
      backendStartToFirstIndexMs: firstBuildMs,
    },
    index: {
      ...summarise(index.samples),
      meanBodyBytes: Math.round(index.bytes / index.samples.length),
      eventLoopMaxMs: index.eventLoopMaxMs,
      gc: index.gc,
      rebuiltDuringRun: builtBefore !== builtAfter,
    },
    sustained: {
      seconds: SUSTAINED_MS / 1000,
      perSecond: SUSTAINED_PER_SECOND,
      ...summarise(sustained.samples),
      rebuilds: sustained.builds.length - 1,
      eventLoopMaxMs: sustained.eventLoopMaxMs,
    },
    quiet: {
      seconds: CONTROL_MS / 1000,
      perSecond: SUSTAINED_PER_SECOND,
      ...summarise(quiet.samples),
      rebuilds: quiet.builds.length - 1,
      eventLoopMaxMs: quiet.eventLoopMaxMs,
    },
    health: summarise(health.samples),
    jsonStringifyMs: json.median,
    naive: summarise(naive.samples),
  };
  printReport(
    report,
    path.join(repoRoot(), 'bench-results', 'network-index.json'),
  );
}

main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
