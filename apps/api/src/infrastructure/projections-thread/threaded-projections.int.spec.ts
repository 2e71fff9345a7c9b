import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteEventStore, StoreUnavailableError } from '@compact-ledger/event-store';
import { allCompactSummaries, compactDocumentsProjection, findCompactSummary } from '@compact-ledger/projections';
import { startProjectionsThread, type ThreadedProjections } from './threaded-projections';

const actor = { subject: 'u1', name: 'Governance Lead', role: 'secretariat', organisation: null };
const drafted = (compactId: string) => ({
  type: 'CompactDrafted',
  data: { compactId, title: `Compact ${compactId}`, covers: 'Shropshire, Telford and Wrekin', description: null },
  metadata: { eventId: randomUUID(), actor },
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((resolve) => setTimeout(resolve, 20))) if (condition()) return true;
  return condition();
}

describe('projections on their own thread (real files, a real worker thread)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let projections: ThreadedProjections | null = null;
  const log: string[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-projections-thread-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await projections?.stop();
    projections = null;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async () =>
    (projections = await startProjectionsThread({ store, readModelsFile: join(dir, 'read-models.db'), log: (_level, message) => log.push(message) }));

  it('catches up on what was stored before it started, then is woken by each commit of the store it was given', async () => {
    for (let i = 0; i < 30; i++) await store.append(`compact-a${i}`, [drafted(`a${i}`)], 'no_stream');
    await start();
    expect(await projections!.waitForPosition(30, 5000)).toBe(true);
    // Far sooner than the half-second poll for other processes' appends.
    const { position } = await store.append('compact-live', [drafted('live')], 'no_stream');
    const started = performance.now();
    expect(await projections!.waitForPosition(position, 5000)).toBe(true);
    expect(performance.now() - started).toBeLessThan(400);
    const readModels = new Database(join(dir, 'read-models.db'), { readonly: true });
    try {
      expect(findCompactSummary(readModels, 'live')).toMatchObject({ title: 'Compact live', position });
      expect(allCompactSummaries(readModels)).toHaveLength(31);
    } finally {
      readModels.close();
    }
    expect(projections!.status().every((p) => p.position === position && p.error === null)).toBe(true);
  });

  it('a rebuild on the thread answers with the rebuilt position', async () => {
    for (let i = 0; i < 10; i++) await store.append(`compact-r${i}`, [drafted(`r${i}`)], 'no_stream');
    await start();
    await projections!.waitForPosition(10, 5000);
    await projections!.rebuild('compact_documents_v1');
    expect(projections!.status().find((p) => p.name === 'compact_documents_v1')!.position).toBe(10);
    await expect(projections!.rebuild('nothing_v1')).rejects.toThrow('no projection named nothing_v1');
  });

  it('a thread that stops is restarted after a delay, its projections reporting the error meanwhile, and goes on from its checkpoints', async () => {
    projections = await startProjectionsThread({
      store,
      readModelsFile: join(dir, 'read-models.db'),
      log: (_level, message) => log.push(message),
      restartDelayMs: 300,
    });
    const before = await store.append('compact-before', [drafted('before')], 'no_stream');
    expect(await projections.waitForPosition(before.position, 5000)).toBe(true);

    // Ended from outside, as a crash of the thread would end it.
    const running = projections as unknown as { thread: { client: { worker: Worker } } };
    await running.thread.client.worker.terminate();
    expect(projections.status().every((p) => p.error !== null && /exited with code 1/.test(p.error))).toBe(true);
    await expect(projections.rebuild('compact_documents_v1')).rejects.toBeInstanceOf(StoreUnavailableError);
    const during = await store.append('compact-during', [drafted('during')], 'no_stream');

    expect(await projections.waitForPosition(during.position, 5000)).toBe(true);
    expect(projections.status().every((p) => p.error === null && p.position === during.position)).toBe(true);
    expect(log).toEqual(
      expect.arrayContaining([expect.stringMatching(/projections thread stopped: .*restarting it in 300 ms/), expect.stringMatching(/was restarted/)]),
    );
    const readModels = new Database(join(dir, 'read-models.db'), { readonly: true });
    try {
      expect(allCompactSummaries(readModels).map((c) => [c.compactId, c.position])).toEqual(
        expect.arrayContaining([
          ['before', before.position],
          ['during', during.position],
        ]),
      );
    } finally {
      readModels.close();
    }
  });

  /** The thread running now (the tests look inside to tell one thread from the next). */
  const workerOf = (p: ThreadedProjections) => (p as unknown as { thread: { client: { worker: Worker } } | null }).thread?.client.worker;
  const startReplacingAfter = (freshThreadAfter: number, logged: string[]) =>
    startProjectionsThread({ store, readModelsFile: join(dir, 'read-models.db'), log: (_level, message) => logged.push(message), freshThreadAfter });

  it('a thread that caught up a large backlog is replaced by a fresh one, which goes on from the checkpoints with nothing applied twice', async () => {
    for (let i = 0; i < 25; i++) await store.append(`compact-b${i}`, [drafted(`b${i}`)], 'no_stream');
    const logged: string[] = [];
    projections = await startReplacingAfter(20, logged);
    const first = workerOf(projections);
    expect(first).toBeDefined();
    expect(await until(() => workerOf(projections!) !== undefined && workerOf(projections!) !== first)).toBe(true);
    expect(projections.status().every((p) => p.position === 25 && p.caughtUp && p.error === null)).toBe(true);
    const fresh = workerOf(projections);

    const after = await store.append('compact-after', [drafted('after')], 'no_stream');
    expect(await projections.waitForPosition(after.position, 5000)).toBe(true);
    // Caught up one event since it started: this thread stays.
    expect(workerOf(projections)).toBe(fresh);
    expect(logged).toEqual([]);
    const readModels = new Database(join(dir, 'read-models.db'), { readonly: true });
    try {
      const summaries = allCompactSummaries(readModels);
      expect(summaries).toHaveLength(26);
      expect(new Set(summaries.map((c) => c.compactId)).size).toBe(26);
      expect(findCompactSummary(readModels, 'after')).toMatchObject({ position: after.position });
    } finally {
      readModels.close();
    }
  });

  it('a thread that caught up less than the backlog named stays', async () => {
    for (let i = 0; i < 10; i++) await store.append(`compact-c${i}`, [drafted(`c${i}`)], 'no_stream');
    projections = await startReplacingAfter(20, log);
    const first = workerOf(projections);
    expect(await projections.waitForPosition(10, 5000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(workerOf(projections)).toBe(first);
  });

  it('a projection failing on the thread reports its error while it fails, and its last error once it has recovered', async () => {
    await start();
    const first = await store.append('compact-first', [drafted('first')], 'no_stream');
    expect(await projections!.waitForPosition(first.position, 5000)).toBe(true);
    // Its table taken away under it: every batch it applies fails until the table is back.
    const readModels = new Database(join(dir, 'read-models.db'));
    try {
      readModels.exec(`DROP TABLE ${compactDocumentsProjection.tables[0]}`);
      const failing = await store.append('compact-failing', [drafted('failing')], 'no_stream');
      const failed = () => projections!.status().find((p) => p.name === 'compact_documents_v1')!;
      expect(await until(() => failed().error !== null)).toBe(true);
      expect(failed()).toMatchObject({
        position: first.position,
        error: expect.stringMatching(/no such table/),
        lastError: { message: expect.stringMatching(/no such table/), at: expect.any(String) },
      });
      // The others went on.
      expect(
        projections!
          .status()
          .filter((p) => p.name !== 'compact_documents_v1')
          .every((p) => p.position === failing.position && p.error === null),
      ).toBe(true);

      compactDocumentsProjection.createTables(readModels);
      expect(await projections!.waitForPosition(failing.position, 10_000)).toBe(true);
      expect(failed()).toMatchObject({ error: null, lastError: { message: expect.stringMatching(/no such table/) } });
    } finally {
      readModels.close();
    }
  });

  it('a thread that cannot open its read models fails the start with the reason, and leaves nothing running', async () => {
    await expect(startProjectionsThread({ store, readModelsFile: join(dir, 'missing', 'read-models.db'), log: () => undefined })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});
