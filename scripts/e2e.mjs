#!/usr/bin/env node
// Browser end-to-end tier: builds the app, starts the real backend serving it on :7007 with the
// example estate, runs Playwright in Debian's Chromium, and always stops the backend again.
//   node scripts/e2e.mjs [playwright args…]
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = 7007;
const log = msg => console.log(`[e2e] ${msg}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
}

async function portAnswers(path) {
  try {
    const res = await fetch(`http://localhost:${port}${path}`);
    return res.status;
  } catch {
    return undefined;
  }
}

if (await portAnswers('/.backstage/health/v1/liveness')) {
  throw new Error(
    `something already listens on :${port}; stop it first (it is not ours to kill)`,
  );
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `${chromium} is missing: install Debian's chromium (apt-get install chromium)`,
  );
}

log('building the app');
run('yarn', ['workspace', 'app', 'build']);

mkdirSync(join(root, 'test-results/e2e'), { recursive: true });

// The browser tests create services through the template: they write into copies of the
// example estate, never into examples/ itself.
const estate = join(root, 'test-results/e2e/estate');
rmSync(estate, { recursive: true, force: true });
cpSync(join(root, 'examples/gitops'), join(estate, 'gitops'), {
  recursive: true,
});
mkdirSync(join(estate, 'generated'), { recursive: true });
cpSync(
  join(root, 'examples/generated/catalog-info.yaml'),
  join(estate, 'generated/catalog-info.yaml'),
);
const { parse, stringify } = await import('yaml');
const baseConfig = parse(readFileSync(join(root, 'app-config.yaml'), 'utf8'));
const estateConfig = join(estate, 'app-config.estate.yaml');
writeFileSync(
  estateConfig,
  stringify({
    network: {
      gitops: { path: join(estate, 'gitops') },
      catalogOutput: { path: join(estate, 'generated') },
    },
    catalog: {
      locations: baseConfig.catalog.locations.map(location =>
        location.target.includes('examples/generated/')
          ? {
              ...location,
              target: join(estate, 'generated/**/catalog-info.yaml'),
            }
          : location,
      ),
    },
  }),
);
const backendLog = join(root, 'test-results/e2e/backend.log');
log(`starting the backend (log: ${backendLog})`);
const out = openSync(backendLog, 'w');
// The backend runs from its sources through Backstage's node transform, as `yarn start` does, but
// without the file watcher: an edit elsewhere in the repo must not restart it mid-test.
const backend = spawn(
  process.execPath,
  [
    '--enable-source-maps',
    '--require',
    '@backstage/cli/config/nodeTransform.cjs',
    'src/index.ts',
    '--config',
    '../../app-config.yaml',
    '--config',
    '../../app-config.e2e.yaml',
    '--config',
    estateConfig,
  ],
  {
    cwd: join(root, 'packages/backend'),
    stdio: ['ignore', out, out],
    detached: true,
    env: { ...process.env, NODE_ENV: 'development' },
  },
);
const stopBackend = () => {
  try {
    process.kill(-backend.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopBackend);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

let exitCode = 1;
try {
  const deadline = Date.now() + 120_000;
  while ((await portAnswers('/.backstage/health/v1/readiness')) !== 200) {
    if (Date.now() > deadline)
      throw new Error(`backend not ready after 120 s; see ${backendLog}`);
    if (backend.exitCode !== null)
      throw new Error(`backend exited early; see ${backendLog}`);
    await new Promise(r => setTimeout(r, 1000));
  }
  log('backend ready; running Playwright');
  const r = spawnSync(
    'yarn',
    ['playwright', 'test', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  exitCode = r.status ?? 1;
} finally {
  stopBackend();
}
process.exit(exitCode);
