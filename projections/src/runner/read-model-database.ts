import type Database from 'better-sqlite3';
import { openSqlite } from '@compact-ledger/event-store';

/**
 * Read models live in their own SQLite file beside the events, so they can be
 * dropped and rebuilt without touching a single event. Each projection's changes
 * and its checkpoint commit in one transaction, so NORMAL sync is enough: after a
 * crash the read model and its checkpoint are consistent and replay resumes.
 */
export function openReadModelDatabase(file: string, options: { processExclusive?: boolean } = {}): Database.Database {
  const db = openSqlite(file, { processExclusive: options.processExclusive });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
    name       TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    updated_at TEXT    NOT NULL
  )`);
  return db;
}
