#!/usr/bin/env node
// Every test tier, in order, as `npm test` / `yarn test` run them (after scripts/bootstrap.sh):
// type check, lint, formatting, unit + integration (Jest, real SQLite backends), browser (Playwright
// in Debian's Chromium). Every tier runs even when an earlier one fails; the exit code and the
// closing line say whether all passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = [];

function step(name, cmd, args, count) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CI: 'true' },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const ok = r.status === 0;
  const counts = count?.(ok) ?? {
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
  };
  // A runner that crashed before writing its report still counts as a failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name, seconds, ...counts });
}

function skip(name, why) {
  console.log(`\n=== ${name}: SKIPPED — ${why}`);
  results.push({
    name,
    seconds: 0,
    passed: 0,
    failed: 0,
    skipped: 1,
    note: why,
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Debian's Chromium for the browser tier: installed when missing and this machine allows it. */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0)
    return false;
  console.log('\n=== installing Debian chromium for the browser tests');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  return existsSync(path);
}

rmSync(join(root, 'test-results'), { recursive: true, force: true });
mkdirSync(join(root, 'test-results'), { recursive: true });

step('type check', 'yarn', ['tsc']);
step('lint', 'yarn', ['backstage-cli', 'repo', 'lint']);
step('formatting', 'yarn', ['prettier', '--check', '.']);
step(
  'unit + integration',
  'yarn',
  [
    'backstage-cli',
    'repo',
    'test',
    '--json',
    '--outputFile=test-results/jest.json',
  ],
  () => {
    const j = readJson('test-results/jest.json');
    return j
      ? {
          passed: j.numPassedTests,
          failed: j.numFailedTests + j.numRuntimeErrorTestSuites,
          skipped: j.numPendingTests + j.numTodoTests,
        }
      : undefined;
  },
);
if (ensureChromium()) {
  step('browser (Chromium)', 'node', ['scripts/e2e.mjs'], () => {
    const j = readJson('test-results/e2e/results.json');
    return j?.stats
      ? {
          passed: j.stats.expected + j.stats.flaky,
          failed: j.stats.unexpected,
          skipped: j.stats.skipped,
        }
      : undefined;
  });
} else {
  skip(
    'browser (Chromium)',
    'no /usr/bin/chromium and no permission to apt-get install it',
  );
}

console.log('\ntier                 seconds  passed  failed  skipped');
for (const r of results) {
  console.log(
    `${r.name.padEnd(20)} ${String(r.seconds).padStart(7)} ${String(
      r.passed,
    ).padStart(7)} ${String(r.failed).padStart(7)} ${String(r.skipped).padStart(
      8,
    )}${r.note ? `  (${r.note})` : ''}`,
  );
}
const total = key => results.reduce((n, r) => n + r[key], 0);
console.log(
  `\ntotal: ${total('passed')} passed, ${total('failed')} failed, ${total(
    'skipped',
  )} skipped`,
);
process.exit(total('failed') === 0 ? 0 : 1);
