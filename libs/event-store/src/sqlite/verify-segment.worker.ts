// Verifies chunks of the log on another core (see SqliteEventStore.verifyAll).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { type ChunkPlan, verifyClaimedChunks } from './verify-segment';

const { file, plan, counter } = workerData as { file: string; plan: ChunkPlan; counter: Int32Array };
const db = new Database(file, { readonly: true, fileMustExist: true });
try {
  parentPort!.postMessage(verifyClaimedChunks(db, plan, () => Atomics.add(counter, 0, 1)));
} finally {
  db.close();
}
