#!/usr/bin/env node
// Runs the TypeScript command line directly (see tools/register.js).
require('../tools/register.js');
const { createCli } = require('../apps/cli/src/main.ts');
createCli()
  .parseAsync(process.argv)
  .catch((error) => {
    process.stderr.write(`compact-ledger: ${error.message}\n`);
    process.exit(1);
  });
