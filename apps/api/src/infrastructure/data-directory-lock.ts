import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Another API already holds the data directory. */
export class DataDirectoryInUseError extends Error {
  override readonly name = 'DataDirectoryInUseError';

  static of(dataDir: string): DataDirectoryInUseError {
    return new DataDirectoryInUseError(
      `another compact-ledger API is running on the data directory ${dataDir}; run one per data directory (several on EventStoreDB, each with its own)`,
    );
  }
}

/**
 * One API per data directory. Its read models, idempotency keys and evidence files
 * are each kept by one process: a second would apply every event to the shared read
 * models again, and neither would see the other's keys in flight. (The event store
 * itself takes appends from several processes; to run several APIs, give each its
 * own data directory, on EventStoreDB.)
 *
 * The lock is SQLite's exclusive lock on `api.lock`, held by the connection for the
 * life of the process: the operating system releases it when the process ends, however
 * it ends, so it is never left stale.
 */
export class DataDirectoryLock {
  private constructor(private readonly db: Database.Database) {}

  static acquire(dataDir: string): DataDirectoryLock {
    const file = join(dataDir, 'api.lock');
    const db = new Database(file, { timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      // The first write takes the exclusive lock; in this mode the connection keeps it.
      db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS api_lock (held INTEGER); COMMIT');
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw DataDirectoryInUseError.of(dataDir);
      }
      throw error;
    }
    return new DataDirectoryLock(db);
  }

  release(): void {
    if (this.db.open) this.db.close();
  }
}
