import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeEventStoreContract, type EventStoreContractHarness } from '../../testing';
import { compiledEntry } from '../compiled-entry';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function freshFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-store-'));
  dirs.push(dir);
  return join(dir, 'events.db');
}

const fileOf = (store: unknown) => (store as SqliteEventStore).file;

/** Raw SQL on the file, behind the store's back. */
function raw(store: unknown, sql: string, ...params: unknown[]) {
  const db = new Database(fileOf(store));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

function runWorker(file: string, workerId: number, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiledEntry(__filename, 'testing/append-worker'), file, String(workerId), String(count)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${workerId} exited ${code}: ${stderr}`))));
  });
}

function sqliteHarness(options: Partial<SqliteEventStoreOptions> = {}): EventStoreContractHarness {
  return {
    open: async () => new SqliteEventStore({ file: freshFile(), ...options }),
    reopen: async (store) => {
      await store.close();
      return new SqliteEventStore({ file: fileOf(store), ...options });
    },
    tamper: {
      changeData: async (store, streamId, revision) =>
        raw(store, `UPDATE events SET data = json_set(data, '$.n', 999) WHERE stream_id = ? AND revision = ?`, streamId, revision),
      remove: async (store, streamId, revision) => raw(store, 'DELETE FROM events WHERE stream_id = ? AND revision = ?', streamId, revision),
      swap: async (store, streamId, a, b) => {
        const db = new Database(fileOf(store));
        try {
          db.transaction(() => {
            const pa = db.prepare('SELECT position FROM events WHERE stream_id = ? AND revision = ?').pluck().get(streamId, a) as number;
            const pb = db.prepare('SELECT position FROM events WHERE stream_id = ? AND revision = ?').pluck().get(streamId, b) as number;
            // Move the rows' contents between the two positions, as a reordering of the log would.
            db.prepare('UPDATE events SET position = -1 WHERE position = ?').run(pa);
            db.prepare('UPDATE events SET position = ? WHERE position = ?').run(pa, pb);
            db.prepare('UPDATE events SET position = ? WHERE position = -1').run(pb);
          })();
        } finally {
          db.close();
        }
      },
    },
    appendFromProcesses: async (store, processes, eventsPerProcess) => {
      await Promise.all(Array.from({ length: processes }, (_, i) => runWorker(fileOf(store), i, eventsPerProcess)));
    },
  };
}

describeEventStoreContract('SQLite (better-sqlite3, WAL, synchronous=FULL)', sqliteHarness());

// The same promises with verifyAll split over two cores at every size, tampering included.
describeEventStoreContract('SQLite, verifyAll on two cores', sqliteHarness({ parallelVerifyFrom: 1 }));
