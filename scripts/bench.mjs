#!/usr/bin/env node
// Runs every benchmark of the suite (`<package>/bench/*.bench.ts`), one process each so
// memory figures do not mix. Each bench prints its table and writes bench-results/<name>.json;
// this script gathers the printed tables into bench-results/README.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '..',
);
const only = process.argv.slice(2);
const benches = ['plugins', 'packages']
  .flatMap(group =>
    fs
      .readdirSync(path.join(root, group))
      .map(p => path.join(group, p, 'bench')),
  )
  .filter(dir => fs.existsSync(path.join(root, dir)))
  .flatMap(dir =>
    fs
      .readdirSync(path.join(root, dir))
      .filter(f => f.endsWith('.bench.ts'))
      .map(f => path.join(dir, f)),
  )
  .filter(file => only.length === 0 || only.some(o => file.includes(o)));

fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const sections = [];
let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n== ${file}\n`);
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--require',
      '@backstage/cli/config/nodeTransform.cjs',
      file,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) failed++;
  sections.push(
    `## ${file}\n\nrun ${new Date().toISOString()}, ${Math.round(
      (Date.now() - started) / 1000,
    )} s, exit ${result.status}\n\n${result.stdout ?? ''}`,
  );
}
fs.writeFileSync(
  path.join(root, 'bench-results', 'README.md'),
  `# Benchmark results\n\nnode ${
    process.version
  }, ${new Date().toISOString()}\n\n${sections.join('\n')}`,
);
process.stdout.write(
  `\n${benches.length} benchmarks, ${failed} failed; see bench-results/\n`,
);
process.exit(failed > 0 ? 1 : 0);
