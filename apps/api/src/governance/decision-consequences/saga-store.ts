import type Database from 'better-sqlite3';
import { openSqlite } from '@compact-ledger/event-store';

/** What became of one decision's consequence. */
export interface ConsequenceOutcomeRecord {
  causeEventId: string;
  /** `meeting/<meetingId>/decisions/<decisionId>`. */
  decision: string;
  streamId: string;
  status: 'recorded' | 'refused';
  /** The rule that refused it, for `refused`. */
  rule: string | null;
  detail: string;
  attempts: number;
  at: string;
}

/**
 * The decision-consequences saga's own state: how far through the log it has got, and what
 * became of each consequence. Not derived from the events, so kept in a file of its own beside
 * them (a read-model rebuild leaves it alone); losing it only makes the saga start again from
 * the beginning, which records nothing twice.
 */
export class SagaStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    // Held by this process alone, as the ledger's other files are: no -shm, so unwritable files answer errors, never SIGBUS.
    // No wait for the lock: held elsewhere, it is the API already running on this data directory (the factory says so).
    this.db = openSqlite(file, { processExclusive: true, timeout: 0 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS saga_checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS saga_outcomes (
        cause_event_id TEXT PRIMARY KEY,
        decision       TEXT NOT NULL,
        stream_id      TEXT NOT NULL,
        status         TEXT NOT NULL,
        rule           TEXT,
        detail         TEXT NOT NULL,
        attempts       INTEGER NOT NULL,
        at             TEXT NOT NULL
      );`);
  }

  checkpoint(name: string): number {
    return this.db.prepare<[string], { position: number }>('SELECT position FROM saga_checkpoints WHERE name = ?').get(name)?.position ?? 0;
  }

  saveCheckpoint(name: string, position: number): void {
    this.db
      .prepare(
        'INSERT INTO saga_checkpoints (name, position, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at',
      )
      .run(name, position, new Date().toISOString());
  }

  saveOutcome(outcome: ConsequenceOutcomeRecord): void {
    this.db.prepare('INSERT OR REPLACE INTO saga_outcomes VALUES (@causeEventId, @decision, @streamId, @status, @rule, @detail, @attempts, @at)').run(outcome);
  }

  counts(): { recorded: number; refused: number } {
    const rows = this.db.prepare<[], { status: string; n: number }>('SELECT status, COUNT(*) AS n FROM saga_outcomes GROUP BY status').all();
    return { recorded: rows.find((r) => r.status === 'recorded')?.n ?? 0, refused: rows.find((r) => r.status === 'refused')?.n ?? 0 };
  }

  /** The latest refusals, newest first. */
  refusals(limit: number): ConsequenceOutcomeRecord[] {
    return this.db
      .prepare<
        [number],
        { cause_event_id: string; decision: string; stream_id: string; status: 'refused'; rule: string | null; detail: string; attempts: number; at: string }
      >("SELECT * FROM saga_outcomes WHERE status = 'refused' ORDER BY at DESC LIMIT ?")
      .all(limit)
      .map((r) => ({
        causeEventId: r.cause_event_id,
        decision: r.decision,
        streamId: r.stream_id,
        status: r.status,
        rule: r.rule,
        detail: r.detail,
        attempts: r.attempts,
        at: r.at,
      }));
  }

  close(): void {
    this.db.close();
  }
}
