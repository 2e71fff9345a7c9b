import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChunkPlan, VerifiedChunk } from './verify-segment';

const WORKER_ENTRY = 'verify-segment.worker';

/**
 * Run from TypeScript sources (npm start, jest, the bench), the worker's few files
 * are compiled here, once per process, and handed to the worker as JavaScript: a
 * worker that loaded a compiler itself would take about 0.3 s to start, more than
 * it saves on a log of 100,000 events; this way it starts in about 40 ms. (It also
 * must not inherit the parent's `-r ./tools/register.js`, which costs 0.2 s.) The
 * files use relative imports only, so following `require("./...")` finds them all.
 */
let compiledSources: Record<string, string> | null = null;

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

/** Runs verifyClaimedChunks in a worker thread with its own read-only connection, claiming chunks through `counter`. */
export function verifyChunksInWorker(file: string, plan: ChunkPlan, counter: Int32Array): Promise<VerifiedChunk[]> {
  const fromSource = __filename.endsWith('.ts');
  const entry = resolve(__dirname, `${WORKER_ENTRY}${fromSource ? '.ts' : '.js'}`);
  let worker: Worker;
  if (fromSource) {
    compiledSources ??= compileWorkerSources(entry);
    worker = new Worker(FROM_COMPILED_SOURCES, { eval: true, execArgv: [], workerData: { file, plan, counter, entry, sources: compiledSources } });
  } else {
    worker = new Worker(entry, { execArgv: [], workerData: { file, plan, counter } });
  }
  return new Promise((resolvePromise, reject) => {
    worker.once('message', resolvePromise);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`verification worker exited with code ${code}`)));
  });
}
