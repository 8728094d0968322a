/*
 * Measures the index on generated estates (see syntheticEstate.ts): build time, heap, and the
 * latency of view() and of serialising a view. Not a test: run from the repo root with
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/network-common/src/model/__testUtils__/benchNetworkIndex.ts [sizes…]
 */
import { buildNetworkIndex } from '../buildNetworkIndex';
import { syntheticEstate } from './syntheticEstate';

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

function run(size: number): string {
  const estate = syntheticEstate(size);
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const index = buildNetworkIndex({ ...estate, sourceStatus: [], options: {} });
  const buildMs = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  const lookups: number[] = [];
  const serialised: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const ref = estate.entities[(i * 7919) % size].entityRef;
    const t0 = performance.now();
    const view = index.view(ref);
    const t1 = performance.now();
    JSON.stringify(view);
    serialised.push(performance.now() - t1);
    lookups.push(t1 - t0);
  }
  lookups.sort((a, b) => a - b);
  serialised.sort((a, b) => a - b);
  const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  return [
    `services ${size}: build ${buildMs.toFixed(0)} ms, heap +${heapMb.toFixed(
      0,
    )} MB`,
    `  view() p50 ${us(percentile(lookups, 50))} p95 ${us(
      percentile(lookups, 95),
    )} p99 ${us(percentile(lookups, 99))}`,
    `  JSON.stringify(view) p50 ${us(percentile(serialised, 50))} p95 ${us(
      percentile(serialised, 95),
    )}`,
  ].join('\n');
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter(n => n > 0);
for (const size of sizes.length > 0 ? sizes : [200, 1000, 2000]) {
  process.stdout.write(`${run(size)}\n`);
}
