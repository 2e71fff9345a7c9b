import type Database from 'better-sqlite3';

/** A checkpoint the log issued: its signed note, and when. */
export interface StoredCheckpoint {
  size: number;
  root: Buffer;
  /** The signed note, exactly as issued (what GET /ledger/checkpoint serves). */
  note: string;
  issuedAt: string;
}

export interface CheckpointStore {
  add(checkpoint: StoredCheckpoint): void;
  latest(): StoredCheckpoint | null;
  atSize(size: number): StoredCheckpoint | null;
  /** Checkpoints in size order, after a size (for listing every one issued). */
  list(options?: { afterSize?: number; limit?: number }): StoredCheckpoint[];
}

export const CHECKPOINTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS checkpoints (
  size      INTEGER PRIMARY KEY,
  root      BLOB    NOT NULL,
  note      TEXT    NOT NULL,
  issued_at TEXT    NOT NULL
);
`;

type Row = { size: number; root: Buffer; note: string; issued_at: string };
const toCheckpoint = (row: Row): StoredCheckpoint => ({ size: row.size, root: row.root, note: row.note, issuedAt: row.issued_at });

/**
 * Every checkpoint issued, kept for ever (one per tree size: the log signs a size
 * once). Unlike the tiles, a checkpoint cannot be derived again with its issue time
 * and once given out it must be shown again as it was: each is written with a full
 * fsync (at most about one a second).
 */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly stmt: {
    insert: Database.Statement<[number, Buffer, string, string]>;
    latest: Database.Statement<[], Row>;
    atSize: Database.Statement<[number], Row>;
    list: Database.Statement<[number, number], Row>;
  };

  constructor(private readonly db: Database.Database) {
    db.exec(CHECKPOINTS_SCHEMA);
    this.stmt = {
      insert: db.prepare('INSERT INTO checkpoints (size, root, note, issued_at) VALUES (?, ?, ?, ?)'),
      latest: db.prepare('SELECT * FROM checkpoints ORDER BY size DESC LIMIT 1'),
      atSize: db.prepare('SELECT * FROM checkpoints WHERE size = ?'),
      list: db.prepare('SELECT * FROM checkpoints WHERE size > ? ORDER BY size LIMIT ?'),
    };
  }

  add(checkpoint: StoredCheckpoint): void {
    const before = this.db.pragma('synchronous', { simple: true }) as number;
    this.db.pragma('synchronous = FULL');
    try {
      this.stmt.insert.run(checkpoint.size, checkpoint.root, checkpoint.note, checkpoint.issuedAt);
    } finally {
      this.db.pragma(`synchronous = ${before}`);
    }
  }

  latest(): StoredCheckpoint | null {
    const row = this.stmt.latest.get();
    return row ? toCheckpoint(row) : null;
  }

  atSize(size: number): StoredCheckpoint | null {
    const row = this.stmt.atSize.get(size);
    return row ? toCheckpoint(row) : null;
  }

  list({ afterSize = -1, limit = 100 }: { afterSize?: number; limit?: number } = {}): StoredCheckpoint[] {
    return this.stmt.list.all(afterSize, limit).map(toCheckpoint);
  }
}
