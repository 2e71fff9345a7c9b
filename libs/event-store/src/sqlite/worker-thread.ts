import { Worker } from 'node:worker_threads';
import { compiledEntry } from '../compiled-entry';

/** Starts the worker `<name>.worker` beside this file, from its compiled JavaScript, with `data` as its workerData. */
export function startWorkerThread(name: string, data: Record<string, unknown>): Worker {
  // execArgv: [] so that a worker never inherits the parent's flags (an inspector port, a preload).
  return new Worker(compiledEntry(__filename, `${name}.worker`), { execArgv: [], workerData: data });
}
