#!/usr/bin/env node
// The command line, compiled (dist/apps/cli). In the workspace it is compiled first
// when its sources changed since the last build (see tools/ensure-build.js).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const ensureBuild = join(__dirname, '..', 'tools', 'ensure-build.js');
try {
  if (existsSync(ensureBuild)) require(ensureBuild)();
} catch (error) {
  process.stderr.write(`compact-ledger: ${error.message}\n`);
  process.exit(1);
}
const { createCli } = require('../dist/apps/cli/src/main.js');
createCli()
  .parseAsync(process.argv)
  .catch((error) => {
    process.stderr.write(`compact-ledger: ${error.message}\n`);
    process.exit(1);
  });
