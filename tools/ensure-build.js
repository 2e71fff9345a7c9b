// Brings dist/ up to date with the TypeScript sources before `npm start`, the
// `compact-ledger` command line and every jest run (its globalSetup).
//
// Stale is decided in two steps. First a cheap check, which costs a few milliseconds:
// the build's stamp (dist/.build-stamp, dated when its last build began) against the
// modification times of the sources, of the folders holding them (a file added or
// removed changes its folder's) and of the build's configuration. Only when something
// is newer, or nothing has been built, does it run `nx run-many -t build`, where Nx's
// cache decides which projects to compile again: those whose inputs' hash changed.
// Where there are no sources (an image holding dist/ only) there is nothing to check.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, statSync, writeFileSync, utimesSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
/** Where the Nx projects' sources live. */
const SOURCE_FOLDERS = ['apps', 'libs', 'projections', 'test', 'bench', 'tools'];
/** What else changes the output: the compiler's options, the projects and their targets, the compiler's version. */
const BUILD_FILES = ['.swcrc', 'nx.json', 'package-lock.json'];

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.spec.ts') ? 0 : stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function sourcesChangedSince(builtAt) {
  const inputs = [...SOURCE_FOLDERS, ...BUILD_FILES].map((name) => join(root, name)).filter(existsSync);
  return inputs.some((input) => newestChange(input) > builtAt);
}

/** Compiles what changed since the last build, if anything did. Throws, with the build's output, if the build fails. */
function ensureBuild() {
  if (!existsSync(join(root, 'nx.json')) || !existsSync(join(root, 'apps'))) return;
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : -1;
  if (builtAt >= 0 && !sourcesChangedSince(builtAt)) return;
  const startedAt = new Date();
  process.stderr.write('compact-ledger: sources changed since the last build, compiling to dist/ (nx run-many -t build)\n');
  const build = spawnSync(process.execPath, [require.resolve('nx/bin/nx', { paths: [root] }), 'run-many', '-t', 'build', '--output-style=static'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (build.status !== 0) {
    throw new Error(`the build failed (nx run-many -t build exited ${build.status ?? build.signal}):\n${build.stdout}${build.stderr}`);
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stamp, `built from the sources as they were at ${startedAt.toISOString()}\n`);
  // Dated when the build began: a source saved while it ran is newer, and compiled next time.
  utimesSync(stamp, startedAt, startedAt);
}

module.exports = ensureBuild;

if (require.main === module) {
  try {
    ensureBuild();
  } catch (error) {
    process.stderr.write(`compact-ledger: ${error.message}\n`);
    process.exit(1);
  }
}
