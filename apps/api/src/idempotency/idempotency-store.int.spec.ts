import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdempotencyStore } from './idempotency-store';

describe('IdempotencyStore on a real SQLite file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'idempotency-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a response with the headers a replay repeats, across a reopen', () => {
    const file = join(dir, 'idempotency.db');
    const first = new IdempotencyStore(file);
    first.put('lead-1', 'draft-1', { fingerprint: 'f', status: 201, body: '{"id":"c1"}', headers: { location: '/compacts/c1', etag: '"0"' } });
    first.close();
    const reopened = new IdempotencyStore(file);
    expect(reopened.get('lead-1', 'draft-1')).toEqual({
      fingerprint: 'f',
      status: 201,
      body: '{"id":"c1"}',
      headers: { location: '/compacts/c1', etag: '"0"' },
    });
    reopened.close();
  });

  it('opens a file made before headers were kept: its rows replay with none, and new rows keep theirs', () => {
    const file = join(dir, 'idempotency.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE idempotent_responses (
      subject TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
      status INTEGER NOT NULL, body TEXT NOT NULL, stored_at TEXT NOT NULL,
      PRIMARY KEY (subject, key))`);
    old.prepare('INSERT INTO idempotent_responses VALUES (?, ?, ?, ?, ?, ?)').run('lead-1', 'old-key', 'f0', 201, '{}', new Date().toISOString());
    old.close();
    const store = new IdempotencyStore(file);
    expect(store.get('lead-1', 'old-key')).toEqual({ fingerprint: 'f0', status: 201, body: '{}', headers: {} });
    store.put('lead-1', 'new-key', { fingerprint: 'f1', status: 201, body: '{}', headers: { etag: '"3"' } });
    expect(store.get('lead-1', 'new-key')?.headers).toEqual({ etag: '"3"' });
    store.close();
  });
});
