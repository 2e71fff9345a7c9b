import { Worker } from 'node:worker_threads';
import { compiledEntry } from '@compact-ledger/event-store';

export interface TreeCatchUpJob {
  eventsFile: string;
  transparencyFile: string;
  processExclusive: boolean;
}

export type TreeCatchUpResult = { size: number } | { error: string };

/**
 * Catches the tree in `transparencyFile` up with the events in `eventsFile` on a thread
 * of its own (tree-catch-up.thread.ts), and resolves with the tree's size once the
 * thread has ended. Catching up a million events on the API's thread grew its heap and
 * malloc arena by tens of MB that it kept long after; here they are the thread's, given
 * back when it ends. Rejects with the thread's reason when the catch-up failed: the
 * caller opens the log as ever, which catches up (or fails) on its own.
 */
export function catchUpTreeOnThread(job: TreeCatchUpJob): Promise<number> {
  // execArgv: [] so that the thread never inherits the process's flags (an inspector port, a preload).
  const worker = new Worker(compiledEntry(__filename, 'tree-catch-up.thread'), { execArgv: [], workerData: job });
  return new Promise<number>((resolve, reject) => {
    let result: TreeCatchUpResult | null = null;
    worker.once('message', (message: TreeCatchUpResult) => {
      result = message;
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result && 'size' in result) resolve(result.size);
      else reject(new Error(result ? result.error : `the tree catch-up thread exited with code ${code} before it was done`));
    });
  });
}
