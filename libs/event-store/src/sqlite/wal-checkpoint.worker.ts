// Checkpoints the events file's WAL on its own connection (see WalCheckpointThread).
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from './open-database';
import type { WalCheckpointThreadData } from './wal-checkpoint-thread';

const { file, intervalMs, synchronous, processExclusive } = workerData as WalCheckpointThreadData;
const port = parentPort!;
const db = openSqlite(file, { processExclusive, fileMustExist: true });
// The checkpoint's own syncs (the WAL before it copies, the database file after) follow this setting.
db.pragma(`synchronous = ${synchronous}`);
const dataVersion = db.prepare('PRAGMA data_version').pluck();
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

// data_version changes when another connection commits: an idle file costs one cheap read a tick.
let checkpointedVersion: unknown = null;
const timer = setInterval(() => {
  const version = dataVersion.get();
  if (version === checkpointedVersion) return;
  const { log, checkpointed } = checkpoint.get() as { log: number; checkpointed: number };
  // Frames a reader still needs stay in the WAL; they are tried again next tick.
  if (checkpointed >= log) checkpointedVersion = version;
}, intervalMs);

port.on('message', (message: 'close') => {
  if (message !== 'close') return;
  clearInterval(timer);
  db.close();
  port.close();
});
port.postMessage('ready');
