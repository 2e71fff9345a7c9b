import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Run from TypeScript sources (npm start, jest, the bench), a worker's few files are
 * compiled here, once per process, and handed to the worker as JavaScript: a worker
 * that loaded a compiler itself would take about 0.3 s to start; this way it starts
 * in about 40 ms. (It also must not inherit the parent's `-r ./tools/register.js`,
 * which costs 0.2 s.) The files use relative imports only, so following
 * `require("./...")` finds them all.
 */
const compiledSources = new Map<string, Record<string, string>>();

function compileWorkerSources(entry: string): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { transformSync } = require('@swc/core') as typeof import('@swc/core');
  const sources: Record<string, string> = {};
  const pending = [entry];
  while (pending.length > 0) {
    const filename = pending.pop()!;
    if (filename in sources) continue;
    const options = { filename, jsc: { parser: { syntax: 'typescript' as const }, target: 'es2022' as const }, module: { type: 'commonjs' as const } };
    const code = transformSync(readFileSync(filename, 'utf8'), options).code;
    sources[filename] = code;
    for (const [, path] of code.matchAll(/require\("(\.\.?\/[^"]+)"\)/g)) pending.push(resolve(dirname(filename), `${path}.ts`));
  }
  return sources;
}

const FROM_COMPILED_SOURCES = `
const { workerData } = require('node:worker_threads');
require.extensions['.ts'] = (module, filename) => module._compile(workerData.sources[filename], filename);
require(workerData.entry);
`;

/** Starts the worker `<name>.worker.ts` (`.js` when built) beside this file, with `data` as its workerData. */
export function startWorkerThread(name: string, data: Record<string, unknown>): Worker {
  const fromSource = __filename.endsWith('.ts');
  const entry = resolve(__dirname, `${name}.worker${fromSource ? '.ts' : '.js'}`);
  if (!fromSource) return new Worker(entry, { execArgv: [], workerData: data });
  let sources = compiledSources.get(entry);
  if (!sources) {
    sources = compileWorkerSources(entry);
    compiledSources.set(entry, sources);
  }
  return new Worker(FROM_COMPILED_SOURCES, { eval: true, execArgv: [], workerData: { ...data, entry, sources } });
}
