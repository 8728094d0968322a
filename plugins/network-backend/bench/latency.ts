import {
  constants,
  monitorEventLoopDelay,
  performance,
  PerformanceObserver,
} from 'node:perf_hooks';

/** Latency figures in milliseconds. */
export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Garbage collection pauses while a run lasted. */
export interface GcSummary {
  pauses: number;
  totalMs: number;
  maxMs: number;
  /** Mark-compact collections: the long pauses of a large heap. */
  major: number;
  majorMaxMs: number;
}

function watchGc(): { stop(): GcSummary } {
  const pauses: Array<{ ms: number; major: boolean }> = [];
  const observer = new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      const { detail } = entry as PerformanceEntry & {
        detail?: { kind?: number };
      };
      const kind = detail?.kind;
      pauses.push({
        ms: entry.duration,
        major: kind === constants.NODE_PERFORMANCE_GC_MAJOR,
      });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      observer.disconnect();
      const major = pauses.filter(p => p.major);
      return {
        pauses: pauses.length,
        totalMs: round(pauses.reduce((a, p) => a + p.ms, 0)),
        maxMs: round(Math.max(0, ...pauses.map(p => p.ms))),
        major: major.length,
        majorMaxMs: round(Math.max(0, ...major.map(p => p.ms))),
      };
    },
  };
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    requests: samples.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(samples.reduce((a, b) => a + b, 0) / samples.length),
    max: round(sorted[sorted.length - 1]),
  };
}

/**
 * GETs each URL in turn over loopback HTTP (keep-alive, one request in flight, the body read to
 * the end) and returns each request's wall time. Any answer but 200 aborts the run.
 */
export async function timeRequests(
  urls: string[],
  headers: Record<string, string>,
): Promise<{
  samples: number[];
  bytes: number;
  eventLoopMaxMs: number;
  gc: GcSummary;
}> {
  const samples: number[] = [];
  let bytes = 0;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const gc = watchGc();
  for (const url of urls) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.arrayBuffer();
    samples.push(performance.now() - started);
    if (res.status !== 200) {
      throw new Error(
        `GET ${url} answered ${res.status}: ${Buffer.from(body)
          .toString('utf8')
          .slice(0, 300)}`,
      );
    }
    bytes += body.byteLength;
  }
  loop.disable();
  return {
    samples,
    bytes,
    eventLoopMaxMs: round(loop.max / 1e6),
    gc: gc.stop(),
  };
}

/**
 * Open-loop load for `durationMs`: a request is due every `1000 / perSecond` ms whether or not
 * the earlier ones have been answered, and each is timed from when it was due. A closed loop (the
 * next request after the last answer) would hide a blocked event loop behind one slow sample.
 * Also returns the distinct `builtAt` of the views served: each after the first is a rebuild.
 */
export async function timeRequestsAtRate(
  durationMs: number,
  perSecond: number,
  urlOf: (i: number) => string,
  headers: Record<string, string>,
): Promise<{ samples: number[]; builds: string[]; eventLoopMaxMs: number }> {
  const samples: number[] = [];
  const builds = new Set<string>();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const interval = 1000 / perSecond;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  const send = async (url: string, due: number) => {
    const res = await fetch(url, { headers });
    const body = await res.text();
    samples.push(performance.now() - due);
    if (res.status !== 200)
      throw new Error(`GET ${url} answered ${res.status}`);
    const builtAt = /"builtAt":"([^"]+)"\}$/.exec(body)?.[1];
    if (builtAt) builds.add(builtAt);
  };
  for (let i = 0; i * interval < durationMs; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait));
    inFlight.push(send(urlOf(i), due));
  }
  await Promise.all(inFlight);
  loop.disable();
  return {
    samples,
    builds: [...builds],
    eventLoopMaxMs: round(loop.max / 1e6),
  };
}

/** Median wall time of `runs` calls of `fn`, in milliseconds. */
export async function medianTime(
  runs: number,
  fn: () => Promise<unknown> | unknown,
): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    all.push(round(performance.now() - started));
  }
  return { median: summarise(all).p50, all };
}
