import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from './sqlite-event-store';
import { writeCountedLog } from './testing/counted-log';
import type { ChunkPlan } from './verify-segment';
import { verifyChunksInWorker } from './verify-worker-launcher';

// The worker threads stand in for failing ones here (or are the real one, where named); the store, its file and this thread's verification are real.
jest.mock('./verify-worker-launcher', () => ({ verifyChunksInWorker: jest.fn() }));
const worker = jest.mocked(verifyChunksInWorker);

describe('verifyAll when its worker threads fail', () => {
  const EVENTS = 1_000;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-verify-fallback-'));
    file = join(dir, 'events.db');
    await writeCountedLog(file, EVENTS, 3);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A worker that claims `chunks` chunks of the log and then dies without answering. */
  const diesAfterClaiming = (chunks: number) => (_file: string, _plan: ChunkPlan, counter: Int32Array) => {
    for (let i = 0; i < chunks; i++) Atomics.add(counter, 0, 1);
    return Promise.reject(new Error('verification worker exited with code 1'));
  };

  async function verify() {
    const store = new SqliteEventStore({ file, parallelVerifyFrom: 1 });
    try {
      return await store.verifyAll();
    } finally {
      await store.close();
    }
  }

  it('that cannot start: this thread verifies every chunk', async () => {
    worker.mockImplementation(() => {
      throw new Error('cannot start a worker');
    });
    expect(await verify()).toMatchObject({ ok: true, eventsChecked: EVENTS, firstBreak: null });
  });

  it('that dies with chunks claimed: those chunks are verified here, and every event is checked', async () => {
    worker.mockImplementation(diesAfterClaiming(3));
    expect(await verify()).toMatchObject({ ok: true, eventsChecked: EVENTS, firstBreak: null });
    expect(worker).toHaveBeenCalled();
  });

  it('one of the two dies with chunks claimed while the other finishes: the lost chunks are verified here, none twice', async () => {
    const real = jest.requireActual<typeof import('./verify-worker-launcher')>('./verify-worker-launcher').verifyChunksInWorker;
    worker.mockReset();
    worker.mockImplementationOnce(diesAfterClaiming(2)).mockImplementationOnce(real);
    expect(await verify()).toMatchObject({ ok: true, eventsChecked: EVENTS, firstBreak: null });
    expect(worker).toHaveBeenCalledTimes(2);
  });

  it('that dies with the chunk holding a changed event: the change is still found, by stream and revision', async () => {
    const db = new Database(file);
    const target = db.prepare('SELECT stream_id AS streamId, revision, data FROM events WHERE position = 5').get() as {
      streamId: string;
      revision: number;
      data: string;
    };
    db.prepare(`UPDATE events SET data = '{"n":-1}' WHERE position = 5`).run();
    worker.mockImplementation(diesAfterClaiming(1));
    try {
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(report.firstBreak).toMatchObject({ streamId: target.streamId, revision: target.revision, reason: 'changed' });
    } finally {
      db.prepare('UPDATE events SET data = ? WHERE position = 5').run(target.data);
      db.close();
    }
  });
});
