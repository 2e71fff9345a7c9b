import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from '@compact-ledger/event-store';

/** A witness's cosignature on one of the log's checkpoints, as the witness answered it. */
export interface StoredCosignature {
  size: number;
  witness: string;
  keyId: number;
  /** The signature line, with its final newline. */
  line: string;
  /** Seconds since the epoch, as the witness stamped it. */
  timestamp: number;
}

/** What the ledger remembers of a witness between starts. */
export interface WitnessRecord {
  witness: string;
  keyId: number;
  /** The size of the last checkpoint it cosigned, and when it said it did. */
  size: number;
  cosignedAt: string;
  /** The last 422 it answered (a checkpoint it found inconsistent with what it had seen), until it cosigns again. */
  alarm: string | null;
  alarmAt: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS cosignatures (
  size      INTEGER NOT NULL,
  witness   TEXT    NOT NULL,
  key_id    INTEGER NOT NULL,
  line      TEXT    NOT NULL,
  timestamp INTEGER NOT NULL,
  PRIMARY KEY (size, witness, key_id)
);
CREATE TABLE IF NOT EXISTS witnesses (
  witness     TEXT    NOT NULL,
  key_id      INTEGER NOT NULL,
  size        INTEGER NOT NULL,
  cosigned_at TEXT    NOT NULL,
  alarm       TEXT,
  alarm_at    TEXT,
  PRIMARY KEY (witness, key_id)
);
`;

type CosignatureRow = { size: number; witness: string; key_id: number; line: string; timestamp: number };
type WitnessRow = { witness: string; key_id: number; size: number; cosigned_at: string; alarm: string | null; alarm_at: string | null };

/**
 * The cosignatures the ledger's witnesses returned, by checkpoint size, and each
 * witness's last cosigned size: a SQLite file of the ledger's (witnesses.db in its
 * data directory). A cosignature cannot be asked for again once the witness has
 * moved on, so each is written durably (synchronous FULL); there are at most a few
 * a second.
 */
export class SqliteCosignatureStore {
  private readonly db: Database.Database;
  private readonly stmt: {
    add: Database.Statement<[number, string, number, string, number]>;
    atSize: Database.Statement<[number], CosignatureRow>;
    newestWith: Database.Statement<[number], { size: number }>;
    record: Database.Statement<[string, number, number, string]>;
    alarm: Database.Statement<[string, number, string, string]>;
    witness: Database.Statement<[string, number], WitnessRow>;
  };

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    // One process holds the file (no -shm mapping another process or a full disk could pull away: a SIGBUS).
    this.db = openSqlite(file, { processExclusive: true });
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.exec(SCHEMA);
      this.stmt = {
        add: this.db.prepare('INSERT OR REPLACE INTO cosignatures (size, witness, key_id, line, timestamp) VALUES (?, ?, ?, ?, ?)'),
        atSize: this.db.prepare('SELECT * FROM cosignatures WHERE size = ? ORDER BY witness'),
        newestWith: this.db.prepare('SELECT size FROM cosignatures GROUP BY size HAVING count(*) >= ? ORDER BY size DESC LIMIT 1'),
        record: this.db.prepare(
          `INSERT INTO witnesses (witness, key_id, size, cosigned_at, alarm, alarm_at) VALUES (?, ?, ?, ?, NULL, NULL)
           ON CONFLICT (witness, key_id) DO UPDATE SET size = excluded.size, cosigned_at = excluded.cosigned_at, alarm = NULL, alarm_at = NULL`,
        ),
        alarm: this.db.prepare(
          `INSERT INTO witnesses (witness, key_id, size, cosigned_at, alarm, alarm_at) VALUES (?, ?, 0, '', ?, ?)
           ON CONFLICT (witness, key_id) DO UPDATE SET alarm = excluded.alarm, alarm_at = excluded.alarm_at`,
        ),
        witness: this.db.prepare('SELECT * FROM witnesses WHERE witness = ? AND key_id = ?'),
      };
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** Keeps a cosignature and moves the witness's record to its size, in one transaction. */
  addCosignature(cosignature: StoredCosignature, cosignedAt: string): void {
    this.db.transaction(() => {
      this.stmt.add.run(cosignature.size, cosignature.witness, cosignature.keyId, cosignature.line, cosignature.timestamp);
      const known = this.stmt.witness.get(cosignature.witness, cosignature.keyId);
      if (!known || known.size <= cosignature.size) this.stmt.record.run(cosignature.witness, cosignature.keyId, cosignature.size, cosignedAt);
    })();
  }

  cosignaturesAt(size: number): StoredCosignature[] {
    return this.stmt.atSize.all(size).map((row) => ({ size: row.size, witness: row.witness, keyId: row.key_id, line: row.line, timestamp: row.timestamp }));
  }

  /** The largest size with at least `count` cosignatures. */
  newestCosignedBy(count: number): number | null {
    return this.stmt.newestWith.get(count)?.size ?? null;
  }

  recordAlarm(witness: string, keyId: number, alarm: string, at: string): void {
    this.stmt.alarm.run(witness, keyId, alarm, at);
  }

  witness(witness: string, keyId: number): WitnessRecord | null {
    const row = this.stmt.witness.get(witness, keyId);
    return row ? { witness: row.witness, keyId: row.key_id, size: row.size, cosignedAt: row.cosigned_at, alarm: row.alarm, alarmAt: row.alarm_at } : null;
  }

  close(): void {
    this.db.close();
  }
}
