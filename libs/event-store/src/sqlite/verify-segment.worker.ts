// Verifies chunks of the log on another core (see SqliteEventStore.verifyAll).
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from './open-database';
import { type ChunkPlan, verifyClaimedChunks } from './verify-segment';

const { file, processExclusive, plan, counter } = workerData as { file: string; processExclusive: boolean; plan: ChunkPlan; counter: Int32Array };
const db = openSqlite(file, { processExclusive, queryOnly: true, fileMustExist: true });
try {
  parentPort!.postMessage(verifyClaimedChunks(db, plan, () => Atomics.add(counter, 0, 1)));
} finally {
  db.close();
}
