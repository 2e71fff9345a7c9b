// One jest run for the whole workspace. Test files say their depth in their name:
// *.unit.spec.ts (pure), *.int.spec.ts (real SQLite files, child processes),
// *.e2e.spec.ts (the started API over HTTP).
const { compilerOptions } = require('./tsconfig.base.json');

// SQLite's URI filenames, for the API's files held by one process (libs/event-store/src/sqlite/open-database.ts).
// Jest gives each test file a copy of process.env, so the library's own setting would not reach the native addon.
process.env.SQLITE_USE_URI = '1';

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/]/g, '\\/')}$`] = `<rootDir>/${target}`;
}

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/projections', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 30000,
};
