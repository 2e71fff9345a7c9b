import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

function compiledFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return compiledFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

describe('the build (dist/, compiled by jest globalSetup before this runs)', () => {
  it('rewrites the same path aliases the type checker resolves', () => {
    expect(readJson('.swcrc').jsc.paths).toEqual(readJson('tsconfig.base.json').compilerOptions.paths);
  });

  it('leaves no @compact-ledger alias in compiled code: every import resolves without a loader hook', () => {
    const files = compiledFiles(join(root, 'dist'));
    expect(files.length).toBeGreaterThan(100);
    const unresolved = files.filter((file) => /require\("@compact-ledger\//.test(readFileSync(file, 'utf8')));
    expect(unresolved).toEqual([]);
  });

  it('compiles the entry points that run outside jest: the API, the command line, the worker threads', () => {
    const compiled = new Set(compiledFiles(join(root, 'dist')).map((file) => file.slice(root.length + 1)));
    for (const entry of [
      'dist/apps/api/src/main.js',
      'dist/apps/cli/src/main.js',
      'dist/apps/api/src/infrastructure/projections-thread/projections.thread.js',
      'dist/libs/event-store/src/sqlite/verify-segment.worker.js',
      'dist/libs/event-store/src/sqlite/wal-checkpoint.worker.js',
      'dist/bench/run.js',
    ]) {
      expect(compiled).toContain(entry);
    }
  });

  it('loads the EventStoreDB client only where it is asked for: not with the event store library or the API modules', () => {
    const loaded = (entry: string) => {
      const run = spawnSync(
        process.execPath,
        ['-e', `require(${JSON.stringify(join(root, entry))}); console.log(Object.keys(require.cache).filter((f) => f.includes('@eventstore')).length)`],
        { encoding: 'utf8', env: { ...process.env, SQLITE_USE_URI: '1' } },
      );
      expect(run.stderr).toBe('');
      return Number(run.stdout.trim());
    };
    expect(loaded('dist/libs/event-store/src/index.js')).toBe(0);
    expect(loaded('dist/apps/api/src/app.module.js')).toBe(0);
    expect(loaded('dist/libs/event-store/src/esdb/index.js')).toBeGreaterThan(0);
  });
});
