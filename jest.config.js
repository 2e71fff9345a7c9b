// One jest run for the whole workspace. Test files say their depth in their name:
// *.unit.spec.ts (pure), *.int.spec.ts (real SQLite files, child processes),
// *.e2e.spec.ts (the started API over HTTP).
// Tests run the TypeScript sources, compiled as the build compiles them (.swcrc); the
// worker threads and processes they start run the build itself, which globalSetup
// brings up to date first (tools/ensure-build.js).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { availableParallelism } = require('node:os');
const { compilerOptions } = require('./tsconfig.base.json');

// SQLite's URI filenames, for the API's files held by one process (libs/event-store/src/sqlite/open-database.ts).
// Jest gives each test file a copy of process.env, so the library's own setting would not reach the native addon.
process.env.SQLITE_USE_URI = '1';

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  // An alias ending in /* maps what follows it (`@compact-ledger/domain/testing/meeting.fixtures`).
  const pattern = alias.replace(/[/]/g, '\\/').replace(/\*$/, '(.*)');
  moduleNameMapper[`^${pattern}$`] = `<rootDir>/${target.replace(/\*$/, '$1')}`;
}
const { jsc, module: moduleOptions } = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
const { parser, transform, target } = jsc;

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/projections', '<rootDir>/test', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser, transform, target }, module: moduleOptions }],
  },
  globalSetup: '<rootDir>/tools/ensure-build.js',
  testTimeout: 30000,
  // Jest's default is one worker fewer than the cores: one worker on a two-core machine, where
  // most test files spend their time waiting on a started API, Chromium or a child process.
  // Two workers there measured 197 s for the whole run against about 390 s for one.
  maxWorkers: Math.max(2, availableParallelism() - 1),
};
