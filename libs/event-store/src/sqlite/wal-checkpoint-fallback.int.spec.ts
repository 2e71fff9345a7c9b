import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { SqliteEventStore } from './sqlite-event-store';
import { notedEvents as events } from './testing/noted-events';
import { startWorkerThread } from './worker-thread';

// The checkpoint thread stands in for one that fails here; the store, its file and SQLite's own checkpoints are real.
jest.mock('./worker-thread', () => ({ startWorkerThread: jest.fn() }));
const startThread = jest.mocked(startWorkerThread);

class FakeThread extends EventEmitter {
  unref() {}
  postMessage() {}
  terminate() {
    return Promise.resolve(1);
  }
}

describe('appends when the WAL checkpoint thread fails', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-checkpoint-fallback-'));
    file = join(dir, 'events.db');
    store = new SqliteEventStore({ file, checkpointThreadFrom: 50 });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** 6,000 events of about 1 KB: past SQLite's own checkpoint at 1,000 WAL pages. */
  async function append6000(from: number) {
    for (let i = 0; i < 6_000; i += 100) await store.append(`stream-${from}-${i}`, events(from + i, 100), 'no_stream');
  }

  it('leaves checkpoints with the commits when the thread cannot start', async () => {
    startThread.mockImplementation(() => {
      throw new Error('cannot start a worker');
    });
    const emptyBytes = statSync(file).size;
    await append6000(0);
    expect(startThread).toHaveBeenCalled();
    expect(store.walCheckpointer).toBe('commits');
    expect(statSync(file).size).toBeGreaterThan(emptyBytes + 2_000_000);
    expect(await store.headPosition()).toBe(6_000);
  });

  it('hands checkpoints back to the commits when the thread dies', async () => {
    const thread = new FakeThread();
    startThread.mockImplementation(() => {
      setImmediate(() => thread.emit('message', 'ready'));
      return thread as unknown as Worker;
    });
    await store.append('first', events(0, 50), 'no_stream');
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.walCheckpointer).toBe('thread');

    thread.emit('exit', 1);
    expect(store.walCheckpointer).toBe('commits');
    const bytesBefore = statSync(file).size;
    await append6000(1_000_000);
    expect(statSync(file).size).toBeGreaterThan(bytesBefore + 2_000_000);
  });
});
