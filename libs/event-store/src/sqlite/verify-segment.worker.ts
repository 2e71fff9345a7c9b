// Verifies one segment of the log on another core (see SqliteEventStore.verifyAll).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { verifyLogSegment } from './verify-segment';

const { file, from, to } = workerData as { file: string; from: number; to: number };
const db = new Database(file, { readonly: true, fileMustExist: true });
try {
  parentPort!.postMessage(verifyLogSegment(db, from, to, true));
} finally {
  db.close();
}
