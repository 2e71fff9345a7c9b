import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The compiled JavaScript of `entry` (a path relative to the file `from`, without its
 * extension), for a worker thread or a child process to start with no loader hook.
 *
 * Compiled code (`dist/`: `npm start`, the image) finds it beside itself. Code run from
 * its TypeScript sources (jest) finds it where `npm run build` compiles every source:
 * under `dist/` in the workspace, at the same relative path. jest brings that build up
 * to date before it runs (tools/ensure-build.js); a missing file is named, never made
 * by compiling at run time.
 */
export function compiledEntry(from: string, entry: string): string {
  if (!from.endsWith('.ts')) return resolve(dirname(from), `${entry}.js`);
  const source = resolve(dirname(from), `${entry}.ts`);
  const root = workspaceRootOf(dirname(from));
  if (root === null) throw new Error(`${source} is outside a workspace with nx.json: no compiled file can be found for it`);
  const compiled = join(root, 'dist', `${relative(root, source).slice(0, -'.ts'.length)}.js`);
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: \`npm run build\` compiles ${relative(root, source)} to it`);
  return compiled;
}

/** The nearest folder at or above `dir` holding nx.json: the workspace the sources belong to. */
function workspaceRootOf(dir: string): string | null {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'nx.json'))) return at;
    if (dirname(at) === at) return null;
  }
}
