import fs from 'node:fs';
import path from 'node:path';
import type { GcSummary, LatencySummary } from './latency';

type OpenLoop = LatencySummary & {
  seconds: number;
  perSecond: number;
  rebuilds: number;
  eventLoopMaxMs: number;
};

/** Everything one run measured; written as JSON as it is. */
export interface BenchReport {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
  };
  estate: {
    services: number;
    entities: number;
    objects: number;
    dnsRecords: number;
    tunnelRules: number;
    httpRoutes: number;
    policies: number;
  };
  build: {
    inProcessReadMs: number;
    inProcessBuildMs: number;
    inProcessBuildRunsMs: number[];
    snapshotJsonMb: number;
    snapshotStringifyMs: number;
    snapshotParseMs: number;
    sourcesHeapMb: number;
    indexHeapMb: number;
    refreshViaApiMs: number;
    refreshViaApiRunsMs: number[];
    backendStartToFirstIndexMs: number;
  };
  index: LatencySummary & {
    meanBodyBytes: number;
    eventLoopMaxMs: number;
    rebuiltDuringRun: boolean;
    gc: GcSummary;
  };
  /** Open-loop load, crossing a scheduled forced reload and a watch-driven rebuild. */
  sustained: OpenLoop;
  /** The same load without rebuilds. */
  quiet: OpenLoop;
  /** GET /health: the same HTTP and auth path with no work behind it. */
  health: LatencySummary;
  jsonStringifyMs: number;
  naive: LatencySummary;
}

const TARGETS = { p95Ms: 10, buildMs: 10_000, speedup: 50 };

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** Prints the markdown table and writes the JSON (with the ratios and targets) to `file`. */
export function printReport(report: BenchReport, file: string): void {
  const { build, index, naive, health } = report;
  const speedupP50 = Math.round(naive.p50 / index.p50);
  const speedupP95 = Math.round(naive.p95 / index.p95);
  const fullBuildMs = build.inProcessReadMs + build.inProcessBuildMs;
  const lines = [
    `Network index, ${report.estate.services} services (${report.estate.httpRoutes} HTTPRoutes, ${report.estate.policies} policies, ${report.estate.tunnelRules} tunnel rules, ${report.estate.dnsRecords} DNS records, ${report.estate.objects} objects); ${report.machine.cpus} × ${report.machine.cpuModel}, node ${report.machine.node}`,
    '',
    '| measure | value | target |',
    '| --- | --- | --- |',
    `| full build in-process: sources read + build (median of ${
      build.inProcessBuildRunsMs.length
    }) | ${build.inProcessReadMs} + ${
      build.inProcessBuildMs
    } = ${fullBuildMs} ms | < ${TARGETS.buildMs} ms: ${verdict(
      fullBuildMs < TARGETS.buildMs,
    )} |`,
    `| full build via POST /refresh (read, SQLite, build; median of 3) | ${
      build.refreshViaApiMs
    } ms | < ${TARGETS.buildMs} ms: ${verdict(
      build.refreshViaApiMs < TARGETS.buildMs,
    )} |`,
    `| event-loop work of one rebuild: store snapshots (${build.snapshotJsonMb} MB JSON) + load them + build | ${build.snapshotStringifyMs} + ${build.snapshotParseMs} + ${build.inProcessBuildMs} ms | |`,
    `| heap kept: sources' caches + snapshots / index (after gc) | ${build.sourcesHeapMb} MB / ${build.indexHeapMb} MB | |`,
    `| view from the index, ${index.requests} requests: p50 / p95 / p99 | ${
      index.p50
    } / ${index.p95} / ${index.p99} ms (max ${index.max}) | p95 < ${
      TARGETS.p95Ms
    } ms: ${verdict(index.p95 < TARGETS.p95Ms)} |`,
    `| view from the index, open loop ${report.quiet.perSecond}/s for ${
      report.quiet.seconds
    } s, no rebuild (${report.quiet.requests} requests): p50 / p95 / p99 | ${
      report.quiet.p50
    } / ${report.quiet.p95} / ${report.quiet.p99} ms (max ${
      report.quiet.max
    }) | p95 < ${TARGETS.p95Ms} ms: ${verdict(
      report.quiet.p95 < TARGETS.p95Ms,
    )} |`,
    `| view from the index, open loop ${report.sustained.perSecond}/s for ${
      report.sustained.seconds
    } s (${report.sustained.requests} requests across ${
      report.sustained.rebuilds
    } rebuilds: the 30 s forced reload, one watch event): p50 / p95 / p99 | ${
      report.sustained.p50
    } / ${report.sustained.p95} / ${report.sustained.p99} ms (max ${
      report.sustained.max
    }) | p95 < ${TARGETS.p95Ms} ms: ${verdict(
      report.sustained.p95 < TARGETS.p95Ms,
    )} |`,
    `| GET /health (HTTP + auth only): p50 / p95 / p99 | ${health.p50} / ${health.p95} / ${health.p99} ms | |`,
    `| JSON.stringify of one view (${index.meanBodyBytes} bytes) | ${report.jsonStringifyMs} ms | |`,
    `| naive view (lists every provider), ${naive.requests} requests: p50 / p95 / p99 | ${naive.p50} / ${naive.p95} / ${naive.p99} ms | |`,
    `| index vs naive, same run: p50 / p95 | ${speedupP50}× / ${speedupP95}× | ≥ ${
      TARGETS.speedup
    }×: ${verdict(Math.min(speedupP50, speedupP95) >= TARGETS.speedup)} |`,
    '',
    `During the ${report.sustained.seconds} s run: event loop max delay ${report.sustained.eventLoopMaxMs} ms.`,
    `During the index run: event loop max delay ${index.eventLoopMaxMs} ms; GC ${index.gc.pauses} pauses, ${index.gc.totalMs} ms in all, longest ${index.gc.maxMs} ms (${index.gc.major} mark-compact, longest ${index.gc.majorMaxMs} ms); index rebuilt during the run: ${index.rebuiltDuringRun}. Backend start to first index: ${build.backendStartToFirstIndexMs} ms.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        ...report,
        speedup: { p50: speedupP50, p95: speedupP95 },
        targets: TARGETS,
        ranAt: new Date().toISOString(),
      },
      null,
      2,
    )}\n`,
  );
}
