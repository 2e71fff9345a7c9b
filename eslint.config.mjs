import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules', '**/dist', 'data', 'coverage', '.nx', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
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
            { sourceTag: 'type:projection', onlyDependOnLibsWithTags: ['type:domain', 'type:store', 'type:projection'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:store', 'type:projection', 'type:testing', 'type:auth', 'type:transparency', 'type:app'] },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      // decide/evolve take time and ids from the command, never from the machine.
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'node:*', 'fs', 'crypto', 'better-sqlite3'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain takes time from the command.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain takes time from the command.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The domain is deterministic.' },
      ],
    },
  },
];
