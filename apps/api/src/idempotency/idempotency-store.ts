import type Database from 'better-sqlite3';
import { openSqlite } from '@compact-ledger/event-store';

export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
  /** The response headers a replay repeats (location, etag). */
  headers: Record<string, string>;
}

/** The headers of a first response that a replay gives again: where the new resource is, and its revision. */
export const REPLAYED_HEADERS = ['location', 'etag'] as const;

/**
 * The responses to POSTs that carried an Idempotency-Key, per subject, for a day.
 * Not derived from events, so kept in their own file rather than with the read
 * models (which are dropped on rebuild).
 */
export class IdempotencyStore {
  private readonly db: Database.Database;
  private readonly find: Database.Statement<[string, string, string], Omit<StoredResponse, 'headers'> & { headers: string }>;
  private readonly save: Database.Statement<[string, string, string, number, string, string, string]>;
  private readonly expire: Database.Statement<[string]>;

  constructor(
    file: string,
    private readonly retentionMs = 24 * 3600_000,
  ) {
    // Held for this process alone, like the API's other files: no -shm file to fault (see openSqlite).
    this.db = openSqlite(file, { processExclusive: true, timeout: 0 });
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotent_responses (
      subject TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
      status INTEGER NOT NULL, body TEXT NOT NULL, stored_at TEXT NOT NULL,
      PRIMARY KEY (subject, key))`);
    // Files made before replays kept headers: the column is added, their rows replay with none.
    const columns = this.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('idempotent_responses') as string[];
    if (!columns.includes('headers')) this.db.exec(`ALTER TABLE idempotent_responses ADD COLUMN headers TEXT NOT NULL DEFAULT '{}'`);
    this.find = this.db.prepare('SELECT fingerprint, status, body, headers FROM idempotent_responses WHERE subject = ? AND key = ? AND stored_at >= ?');
    this.save = this.db.prepare(
      'INSERT OR REPLACE INTO idempotent_responses (subject, key, fingerprint, status, body, headers, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.expire = this.db.prepare('DELETE FROM idempotent_responses WHERE stored_at < ?');
  }

  get(subject: string, key: string, now = new Date()): StoredResponse | undefined {
    const row = this.find.get(subject, key, new Date(now.getTime() - this.retentionMs).toISOString());
    return row && { ...row, headers: JSON.parse(row.headers) as Record<string, string> };
  }

  put(subject: string, key: string, response: StoredResponse, now = new Date()): void {
    this.save.run(subject, key, response.fingerprint, response.status, response.body, JSON.stringify(response.headers), now.toISOString());
    this.expire.run(new Date(now.getTime() - this.retentionMs).toISOString());
  }

  close(): void {
    this.db.close();
  }
}
