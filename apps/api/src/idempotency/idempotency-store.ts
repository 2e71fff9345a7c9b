import Database from 'better-sqlite3';

export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
}

/**
 * The responses to POSTs that carried an Idempotency-Key, per subject, for a day.
 * Not derived from events, so kept in their own file rather than with the read
 * models (which are dropped on rebuild).
 */
export class IdempotencyStore {
  private readonly db: Database.Database;
  private readonly find: Database.Statement<[string, string, string], StoredResponse>;
  private readonly save: Database.Statement<[string, string, string, number, string, string]>;
  private readonly expire: Database.Statement<[string]>;

  constructor(
    file: string,
    private readonly retentionMs = 24 * 3600_000,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotent_responses (
      subject TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
      status INTEGER NOT NULL, body TEXT NOT NULL, stored_at TEXT NOT NULL,
      PRIMARY KEY (subject, key))`);
    this.find = this.db.prepare('SELECT fingerprint, status, body FROM idempotent_responses WHERE subject = ? AND key = ? AND stored_at >= ?');
    this.save = this.db.prepare('INSERT OR REPLACE INTO idempotent_responses (subject, key, fingerprint, status, body, stored_at) VALUES (?, ?, ?, ?, ?, ?)');
    this.expire = this.db.prepare('DELETE FROM idempotent_responses WHERE stored_at < ?');
  }

  get(subject: string, key: string, now = new Date()): StoredResponse | undefined {
    return this.find.get(subject, key, new Date(now.getTime() - this.retentionMs).toISOString());
  }

  put(subject: string, key: string, response: StoredResponse, now = new Date()): void {
    this.save.run(subject, key, response.fingerprint, response.status, response.body, now.toISOString());
    this.expire.run(new Date(now.getTime() - this.retentionMs).toISOString());
  }

  close(): void {
    this.db.close();
  }
}
