import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from '@compact-ledger/event-store';

/** The latest checkpoint a witness cosigned for a log. */
export interface CosignedState {
  origin: string;
  size: number;
  root: Buffer;
  /** The checkpoint text, the log signatures the witness verified, and its own cosignature: what it serves to monitors. */
  note: string;
  cosignedAt: string;
}

/** A submission signed by the log that failed a consistency check: kept, as the spec allows, since it may prove the log misbehaved. */
export interface RefusedSubmission {
  origin: string;
  at: string;
  oldSize: number;
  size: number;
  reason: string;
  /** The request body as received. */
  request: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS cosigned (
  origin      TEXT    PRIMARY KEY,
  size        INTEGER NOT NULL,
  root        BLOB    NOT NULL,
  note        TEXT    NOT NULL,
  cosigned_at TEXT    NOT NULL
);
CREATE TABLE IF NOT EXISTS refused (
  id       INTEGER PRIMARY KEY,
  origin   TEXT    NOT NULL,
  at       TEXT    NOT NULL,
  old_size INTEGER NOT NULL,
  size     INTEGER NOT NULL,
  reason   TEXT    NOT NULL,
  request  TEXT    NOT NULL
);
`;

type Row = { origin: string; size: number; root: Buffer; note: string; cosigned_at: string };
const toState = (row: Row): CosignedState => ({ origin: row.origin, size: row.size, root: row.root, note: row.note, cosignedAt: row.cosigned_at });

/**
 * A witness's state in a SQLite file of its own: per origin, the latest checkpoint it
 * cosigned. Every write is durable before it returns (WAL, synchronous FULL): the
 * spec asks the witness to persist the new checkpoint before it answers. An advance
 * is a compare-and-swap on the size and root it was checked against, so two
 * submissions from the same old size (in this process or another on the same file)
 * never both move the state.
 */
export class WitnessStateStore {
  private readonly db: Database.Database;
  private readonly stmt: {
    get: Database.Statement<[string], Row>;
    all: Database.Statement<[], Row>;
    insertFirst: Database.Statement<[string, number, Buffer, string, string]>;
    advance: Database.Statement<[number, Buffer, string, string, string, number, Buffer]>;
    refuse: Database.Statement<[string, string, number, number, string, string]>;
    refused: Database.Statement<[string], { origin: string; at: string; old_size: number; size: number; reason: string; request: string }>;
  };

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    // One process holds the file (no -shm mapping another process or a full disk could pull away: a SIGBUS).
    this.db = openSqlite(file, { processExclusive: true });
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(SCHEMA);
      this.stmt = {
        get: this.db.prepare('SELECT * FROM cosigned WHERE origin = ?'),
        all: this.db.prepare('SELECT * FROM cosigned ORDER BY origin'),
        insertFirst: this.db.prepare('INSERT INTO cosigned (origin, size, root, note, cosigned_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin) DO NOTHING'),
        advance: this.db.prepare('UPDATE cosigned SET size = ?, root = ?, note = ?, cosigned_at = ? WHERE origin = ? AND size = ? AND root = ?'),
        refuse: this.db.prepare('INSERT INTO refused (origin, at, old_size, size, reason, request) VALUES (?, ?, ?, ?, ?, ?)'),
        refused: this.db.prepare('SELECT * FROM refused WHERE origin = ? ORDER BY id'),
      };
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  get(origin: string): CosignedState | null {
    const row = this.stmt.get.get(origin);
    return row ? toState(row) : null;
  }

  all(): CosignedState[] {
    return this.stmt.all.all().map(toState);
  }

  /**
   * Moves the origin's state to `next` if it is still `expected` (null: never cosigned).
   * False when another submission moved it first: nothing is written.
   */
  advance(expected: { size: number; root: Buffer } | null, next: CosignedState): boolean {
    const result = expected
      ? this.stmt.advance.run(next.size, next.root, next.note, next.cosignedAt, next.origin, expected.size, expected.root)
      : this.stmt.insertFirst.run(next.origin, next.size, next.root, next.note, next.cosignedAt);
    return result.changes === 1;
  }

  recordRefusal(refusal: RefusedSubmission): void {
    this.stmt.refuse.run(refusal.origin, refusal.at, refusal.oldSize, refusal.size, refusal.reason, refusal.request);
  }

  refusals(origin: string): RefusedSubmission[] {
    return this.stmt.refused
      .all(origin)
      .map((row) => ({ origin: row.origin, at: row.at, oldSize: row.old_size, size: row.size, reason: row.reason, request: row.request }));
  }

  close(): void {
    this.db.close();
  }
}
