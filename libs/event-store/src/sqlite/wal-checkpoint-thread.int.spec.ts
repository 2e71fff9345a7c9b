import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledEntry } from '../compiled-entry';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
import { notedEvents as events } from './testing/noted-events';

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

describe('the WAL checkpoint thread', () => {
  let dir: string;
  const stores: SqliteEventStore[] = [];
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-checkpoint-'))));
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  function open(options: Partial<SqliteEventStoreOptions>) {
    const file = join(dir, `${stores.length}.db`);
    const store = new SqliteEventStore({ file, checkpointThreadFrom: 100, checkpointIntervalMs: 20, ...options });
    stores.push(store);
    return { store, file, databaseBytes: () => statSync(file).size };
  }

  /** Some 400 WAL pages: below SQLite's own checkpoint at 1,000. */
  async function append1500(store: SqliteEventStore) {
    for (let i = 0; i < 1_500; i += 50) await store.append(`stream-${i % 7}`, events(i, 50), 'any');
  }

  it('takes over checkpoints once the store has appended checkpointThreadFrom events', async () => {
    const { store } = open({});
    await store.append('stream', events(0, 99), 'no_stream');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.walCheckpointer).toBe('commits');

    await store.append('stream', events(99, 1), 98);
    expect(await until(() => store.walCheckpointer === 'thread')).toBe(true);
  });

  it('copies the WAL into the database file before SQLite would have checkpointed it in a commit', async () => {
    const withThread = open({});
    const withoutThread = open({ walCheckpoints: 'commits' });
    const emptyBytes = withThread.databaseBytes();

    await append1500(withThread.store);
    await append1500(withoutThread.store);

    expect(await until(() => withThread.databaseBytes() > emptyBytes + 1_000_000)).toBe(true);
    expect(withoutThread.store.walCheckpointer).toBe('commits');
    expect(withoutThread.databaseBytes()).toBeLessThan(emptyBytes + 100_000);
  });

  it('keeps checkpointing while appends go on, so the WAL is reused instead of growing', async () => {
    const { store, file } = open({});
    await append1500(store);
    expect(await until(() => store.walCheckpointer === 'thread')).toBe(true);
    for (let round = 1; round <= 6; round++) {
      for (let i = 0; i < 1_500; i += 50) await store.append(`stream-${round}-${i}`, events(round * 10_000 + i, 50), 'no_stream');
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    // 10,500 events of about 1 KB: a WAL never checkpointed would hold all of them.
    expect(statSync(`${file}-wal`).size).toBeLessThan(6_000_000);
    expect(await store.headPosition()).toBe(10_500);
  });

  it('is closed before the store closes its own connection, which, as the last one, removes the WAL', async () => {
    const { store, file } = open({});
    await append1500(store);
    expect(await until(() => store.walCheckpointer === 'thread')).toBe(true);
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);

    const reopened = open({ file });
    expect(await reopened.store.headPosition()).toBe(1_500);
  });

  it('holds the process open while it closes, so the code after close() runs', () => {
    const output = execFileSync(process.execPath, [compiledEntry(__filename, 'testing/close-after-checkpoints'), join(dir, 'alone.db')], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(output).toBe('closed\n');
  });
});
