#!/usr/bin/env node
// Puts every @backstage/* dependency of every workspace on its registry `latest`, so the whole
// repo sits on one release line. `backstage-cli versions:bump` would do this, but it needs the
// release-manifest web service, which this project's machines cannot reach; mixed lines break
// the backend at start-up (see docs/setup.md).
//   node scripts/pin-backstage-versions.mjs && yarn install
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifests = ['package.json'];
for (const dir of ['packages', 'plugins']) {
  for (const name of readdirSync(join(root, dir))) {
    const p = join(dir, name, 'package.json');
    if (existsSync(join(root, p))) manifests.push(p);
  }
}
const sections = ['dependencies', 'devDependencies', 'peerDependencies'];
const names = new Set();
for (const m of manifests) {
  const pkg = JSON.parse(readFileSync(join(root, m), 'utf8'));
  for (const s of sections)
    for (const n of Object.keys(pkg[s] ?? {}))
      if (n.startsWith('@backstage/')) names.add(n);
}
const latest = new Map();
const queue = [...names];
await Promise.all(
  Array.from({ length: 6 }, async () => {
    while (queue.length) {
      const n = queue.pop();
      const v = execFileSync('npm', ['view', n, 'dist-tags.latest'], {
        encoding: 'utf8',
      }).trim();
      latest.set(n, v);
    }
  }),
);
for (const m of manifests) {
  const file = join(root, m);
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  for (const s of sections) {
    for (const n of Object.keys(pkg[s] ?? {})) {
      if (latest.has(n) && s !== 'peerDependencies')
        pkg[s][n] = `^${latest.get(n)}`;
    }
  }
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}
console.log(
  `pinned ${latest.size} @backstage packages in ${manifests.length} manifests`,
);
