// Catches the transparency log's tree up with the event store, on a thread of its own
// (see catchUpTreeOnThread): a tree far behind is a great deal of short-lived garbage,
// which dies with this thread instead of staying in the API thread's heap.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '@compact-ledger/event-store';
import { catchUpStoredTree } from '@compact-ledger/transparency';
import type { TreeCatchUpJob, TreeCatchUpResult } from './catch-up-tree-on-thread';

const job = workerData as TreeCatchUpJob;

async function catchUp(): Promise<number> {
  const store = new SqliteEventStore({ file: job.eventsFile, processExclusive: job.processExclusive });
  try {
    return await catchUpStoredTree({ file: job.transparencyFile, source: store, processExclusive: job.processExclusive });
  } finally {
    await store.close();
  }
}

catchUp().then(
  (size) => parentPort!.postMessage({ size } satisfies TreeCatchUpResult),
  (error: unknown) => parentPort!.postMessage({ error: (error as Error).message ?? String(error) } satisfies TreeCatchUpResult),
);
