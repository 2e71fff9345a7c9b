import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The libraries an application, the tests, the benchmark and the tools may use. */
const LIBRARIES = ['type:domain', 'type:store', 'type:projection', 'type:testing', 'type:auth', 'type:calendar', 'type:transparency', 'type:witness', 'type:witness-policy'];

const boundaries = (allow) => ({
  enforceBuildableLibDependency: false,
  allow,
  // See the libs/domain/testing block below: the domain's spec fixtures read the seed papers, whose reader uses the domain's date model.
  ignoredCircularDependencies: [['domain', 'seed-papers']],
  depConstraints: [
    // The domain is pure: it may use only itself.
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
    // The store knows nothing of compacts.
    { sourceTag: 'type:store', onlyDependOnLibsWithTags: ['type:store'] },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:store', 'type:testing'] },
    // Tokens and keys, without Nest: shared by the API and the command line.
    { sourceTag: 'type:auth', onlyDependOnLibsWithTags: ['type:store', 'type:auth'] },
    // The transparency log (Merkle tree, checkpoints, evidence packs): over the store, knowing nothing of compacts.
    { sourceTag: 'type:transparency', onlyDependOnLibsWithTags: ['type:store', 'type:transparency'] },
    // Witnesses (C2SP tlog-witness, tlog-cosignature) and the ledger's side of them: over the transparency log, knowing nothing of compacts.
    { sourceTag: 'type:witness', onlyDependOnLibsWithTags: ['type:store', 'type:transparency', 'type:witness-policy', 'type:witness'] },
    // Witness policies (which cosignatures a checkpoint needs): pure rules, the crypto passed in, for the ledger's side and for the browser's verifier alike.
    { sourceTag: 'type:witness-policy', onlyDependOnLibsWithTags: ['type:witness-policy'] },
    // England's working days: the domain's calendar interface over a holiday library, nothing else.
    { sourceTag: 'type:calendar', onlyDependOnLibsWithTags: ['type:domain', 'type:calendar'] },
    { sourceTag: 'type:projection', onlyDependOnLibsWithTags: ['type:domain', 'type:store', 'type:calendar', 'type:projection'] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: [...LIBRARIES, 'type:app'] },
    // The web app talks to the API over HTTP only: none of the server's code, only the witness policies' pure rules (its verifier checks packs by them).
    { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:web', 'type:witness-policy'] },
    // The seed papers and what they say: fixtures for the tests, the benchmark and the tools, never for the apps, the domain or the store.
    { sourceTag: 'type:fixtures', onlyDependOnLibsWithTags: ['type:fixtures', 'type:domain'] },
    // The tests, the benchmark and the tools may use every library and the fixtures; nothing may use them.
    { sourceTag: 'type:test', onlyDependOnLibsWithTags: [...LIBRARIES, 'type:fixtures', 'type:test'] },
    { sourceTag: 'type:bench', onlyDependOnLibsWithTags: [...LIBRARIES, 'type:fixtures', 'type:test'] },
    { sourceTag: 'type:tools', onlyDependOnLibsWithTags: [...LIBRARIES, 'type:fixtures', 'type:test'] },
  ],
});

export default [
  { ignores: ['**/node_modules', '**/dist', 'data', 'coverage', '.nx', '.ci', '**/*.js', '**/*.mjs', 'apps/web/src/api/ledger-api.generated.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', boundaries([])],
    },
  },
  // Nx forbids importing an application and importing another project by a relative path.
  // These are the exceptions, each for the folder that has it: the tests start the API
  // from its bootstrap and read its policy table and tokens (and hold the web app's copy
  // of that table to it), the benchmark starts the API as the tests do, loads their seeds and writes the
  // store's schema raw, the demo loads the tests' seeds, the web app's API types are
  // generated from the API's own document, and the screenshots use the browser tests' ledger.
  {
    files: ['test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(['../../apps/api/src/**', '../../apps/web/src/auth/permissions', '../../libs/domain/testing/**'])] },
  },
  {
    files: ['bench/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(['../test/support/**', '../test/fixtures/**', '../libs/event-store/src/sqlite/schema', '../libs/witness/src/testing/**'])] },
  },
  {
    files: ['tools/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(['../test/fixtures/**', '../apps/api/src/**', '../test/web/**'])] },
  },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The browser's code: no Node built-ins, no server code by any path; of the libraries, only the witness policies' pure rules.
      'no-restricted-imports': ['error', { patterns: ['node:*', '@compact-ledger/*', '!@compact-ledger/witness-policy', '../../../*'] }],
    },
  },
  {
    // Test fixtures and helpers (the libraries' testing folders) are for specs and tests only, never for code that ships.
    files: ['apps/api/**/*.ts', 'apps/cli/**/*.ts', 'libs/*/src/**/*.ts', 'projections/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@compact-ledger/*/testing', '@compact-ledger/*/testing/*'] }] },
  },
  {
    // Witness policies run in the browser too (the web verifier): no Node built-in and no other library.
    files: ['libs/witness-policy/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'crypto', 'path', 'buffer', '@compact-ledger/*'] }] },
  },
  {
    // The domain's spec fixtures read the seeds from the papers (libs/domain/testing/seed-compacts.fixtures.ts);
    // the domain itself never does. The papers' reader uses the domain's date model, so the two projects
    // depend on each other through that one testing folder, which ships nothing.
    files: ['libs/domain/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(['@compact-ledger/seed-papers'])] },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      // decide/evolve take time and ids from the command, never from the machine.
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'node:*', 'fs', 'crypto', 'better-sqlite3', 'date-holidays', '@compact-ledger/*/testing/*'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain takes time from the command.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain takes time from the command.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The domain is deterministic.' },
      ],
    },
  },
];
