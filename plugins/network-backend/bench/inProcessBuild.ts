/*
 * The index build without the backend around it, so its time and memory can be told apart from
 * the backend's: the three live sources read the loopback servers, then buildNetworkIndex runs.
 */
import { performance } from 'node:perf_hooks';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import {
  buildNetworkIndex,
  KUBERNETES_ID_ANNOTATION,
  type EntityBinding,
  type NetworkIndex,
} from '@localplus/plugin-network-common';
import {
  createCloudflareSource,
  createKubernetesSources,
  createRoute53Source,
  type NetworkSource,
} from '@localplus/plugin-network-node';
import { readNetworkModelOptions } from '../src/config/readNetworkModelOptions';

/** A logger that drops everything: the bench prints its own table. */
export const silentLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => silentLogger,
};

export function bindingsOf(entities: Entity[]): EntityBinding[] {
  return entities.flatMap(e => {
    const kubernetesId = e.metadata.annotations?.[KUBERNETES_ID_ANNOTATION];
    const entityRef = `${e.kind}:${e.metadata.namespace ?? 'default'}/${
      e.metadata.name
    }`.toLowerCase();
    return kubernetesId ? [{ entityRef, kubernetesId }] : [];
  });
}

function heapUsedMb(): number {
  const gc = (global as { gc?: () => void }).gc;
  if (!gc) throw new Error('run node with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export interface InProcessBuild {
  readMs: number;
  /** Median of the builds. */
  buildMs: number;
  buildRunsMs: number[];
  /** The snapshots as the backend stores them, and the synchronous work of storing and loading. */
  snapshotJsonMb: number;
  stringifyMs: number;
  parseMs: number;
  /** Retained by the sources (the Kubernetes informers' caches) and their snapshots. */
  sourcesHeapMb: number;
  /** Retained by the built index on top of that. */
  indexHeapMb: number;
  counts: { objects: number; dnsRecords: number; tunnelRules: number };
  index: NetworkIndex;
}

/** Reads every live source once and builds the index, measuring each step. */
export async function buildInProcess(
  config: Config,
  entities: Entity[],
  buildRuns = 3,
): Promise<InProcessBuild> {
  const logger = silentLogger;
  const before = heapUsedMb();
  const sources: NetworkSource[] = [
    ...createKubernetesSources({ config, logger }),
    createCloudflareSource({ config, logger })!,
    createRoute53Source({ config, logger })!,
  ];
  let started = performance.now();
  const snapshots = await Promise.all(sources.map(s => s.read()));
  const readMs = performance.now() - started;
  const afterRead = heapUsedMb();

  const build = () =>
    buildNetworkIndex({
      snapshots,
      entities: bindingsOf(entities),
      sourceStatus: [],
      options: readNetworkModelOptions(config),
    });
  const buildTimes: number[] = [];
  started = performance.now();
  const index = build();
  buildTimes.push(performance.now() - started);
  const afterBuild = heapUsedMb();
  // what the backend does around each build: store each snapshot as JSON, load and parse them all
  started = performance.now();
  const stored = snapshots.map(snapshot => JSON.stringify(snapshot));
  const stringifyMs = performance.now() - started;
  started = performance.now();
  stored.forEach(text => JSON.parse(text));
  const parseMs = performance.now() - started;
  const snapshotJsonMb =
    stored.reduce((n, text) => n + text.length, 0) / 2 ** 20;

  // the machine may be shared: the median of a few builds says more than one
  for (let i = 1; i < buildRuns; i++) {
    started = performance.now();
    build();
    buildTimes.push(performance.now() - started);
  }
  buildTimes.sort((a, b) => a - b);
  const buildMs = buildTimes[Math.floor(buildTimes.length / 2)];

  for (const source of sources) {
    await (source as { stop?: () => Promise<void> }).stop?.();
  }
  return {
    readMs,
    buildMs,
    buildRunsMs: buildTimes.map(t => Math.round(t)),
    snapshotJsonMb,
    stringifyMs,
    parseMs,
    sourcesHeapMb: afterRead - before,
    indexHeapMb: afterBuild - afterRead,
    counts: {
      objects: snapshots.reduce((n, s) => n + s.objects.length, 0),
      dnsRecords: snapshots.reduce((n, s) => n + s.dnsRecords.length, 0),
      tunnelRules: snapshots.reduce(
        (n, s) => n + s.tunnels.reduce((m, t) => m + t.rules.length, 0),
        0,
      ),
    },
    index,
  };
}
