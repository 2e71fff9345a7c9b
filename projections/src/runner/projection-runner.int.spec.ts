import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { type EventStore, SqliteEventStore } from '@compact-ledger/event-store';
import { allCompactSummaries, compactDocumentsProjection, findCompactSummary } from '../compact-documents/compact-documents.projection';
import { documentProjection, type Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { openReadModelDatabase } from './read-model-database';

const actor = { subject: 'u1', name: 'Governance Lead', role: 'secretariat', organisation: null };
const drafted = (compactId: string, title: string) => ({
  type: 'CompactDrafted',
  data: { compactId, title, covers: 'Shropshire, Telford and Wrekin', description: null },
  metadata: { eventId: randomUUID(), actor },
});

/** Counts every event it is given per stream, so a double application shows. */
const counting = documentProjection<{ seen: number; positions: number[] }>({
  name: 'counting_v1',
  documentId: (event) => event.streamId,
  evolve: (doc, event) => ({ seen: (doc?.seen ?? 0) + 1, positions: [...(doc?.positions ?? []), event.position] }),
});

describe('ProjectionRunner (real SQLite files)', () => {
  let dir: string;
  let store: EventStore;
  let db: Database.Database;
  let runner: ProjectionRunner;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-projections-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    db = openReadModelDatabase(join(dir, 'read-models.db'));
  });
  afterEach(async () => {
    await runner?.stop();
    await store.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = () => {
    runner = new ProjectionRunner(store, db, [compactDocumentsProjection, counting], { batchSize: 50 });
    runner.start();
    return runner;
  };

  it('catches up on existing events, then follows new ones, committing checkpoints with the read model', async () => {
    for (let i = 0; i < 120; i++) await store.append(`compact-c${i}`, [drafted(`c${i}`, `Compact ${i}`)], 'no_stream');
    start();
    expect(await runner.waitForPosition(120, 5000)).toBe(true);
    expect(allCompactSummaries(db)).toHaveLength(120);

    const live = await store.append('compact-live', [drafted('live', 'Live compact')], 'no_stream');
    expect(await runner.waitForPosition(live.position, 5000)).toBe(true);
    expect(findCompactSummary(db, 'live')).toMatchObject({ title: 'Live compact', revision: 0, position: live.position });
    const checkpoints = db.prepare('SELECT name, position FROM projection_checkpoints ORDER BY name').all();
    expect(checkpoints).toEqual([
      { name: 'compact_documents_v1', position: live.position },
      { name: 'counting_v1', position: live.position },
    ]);
    expect(runner.status().every((s) => s.caughtUp && s.error === null)).toBe(true);
  });

  it('waitForPosition answers false when the position is not reached in time', async () => {
    start();
    expect(await runner.waitForPosition(999, 50)).toBe(false);
  });

  it('after a restart it resumes from its checkpoint and applies no event twice', async () => {
    for (let i = 0; i < 10; i++) await store.append('compact-x', [drafted('x', `v${i}`)], i === 0 ? 'no_stream' : i - 1);
    start();
    await runner.waitForPosition(10, 5000);
    await runner.stop();
    for (let i = 10; i < 15; i++) await store.append('compact-x', [drafted('x', `v${i}`)], i - 1);
    start();
    expect(await runner.waitForPosition(15, 5000)).toBe(true);
    const doc = counting.get(db, 'compact-x')!;
    expect(doc.seen).toBe(15);
    expect(doc.positions).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('rebuild replays from zero and produces exactly the live read model', async () => {
    start();
    for (let i = 0; i < 60; i++) await store.append(`compact-r${i % 7}`, [drafted(`r${i % 7}`, `t${i}`)], 'any');
    await runner.waitForPosition(60, 5000);
    const live = { state: allCompactSummaries(db), counts: counting.all(db) };

    await runner.rebuild('compact_documents_v1');
    await runner.rebuild('counting_v1');
    expect(allCompactSummaries(db).sort(byId)).toEqual(live.state.sort(byId));
    expect(counting.all(db)).toEqual(expect.arrayContaining(live.counts));
    expect(counting.all(db)).toHaveLength(live.counts.length);
  });

  it('a rebuild lets no new read through from the moment it begins, and drops nothing while a read let through earlier is still answering', async () => {
    start();
    for (let i = 0; i < 20; i++) await store.append(`compact-h${i}`, [drafted(`h${i}`, `t${i}`)], 'no_stream');
    await runner.waitForPosition(20, 5000);
    const release = runner.holdReads();
    let rebuilt = false;
    const rebuilding = runner.rebuild('compact_documents_v1').then(() => (rebuilt = true));
    expect(await runner.waitForPosition(20, 50)).toBe(false);
    expect(rebuilt).toBe(false);
    expect(allCompactSummaries(db)).toHaveLength(20);
    release();
    await rebuilding;
    expect(await runner.waitForPosition(20, 50)).toBe(true);
    expect(allCompactSummaries(db)).toHaveLength(20);
  });

  it('a projection that fails rolls back alone: the others apply the same events and move their checkpoints, it retries from its own', async () => {
    let failing = true;
    // Writes its rows, then fails: what it wrote must not survive.
    const flaky: Projection = {
      name: 'flaky_v1',
      tables: ['flaky_v1'],
      createTables: (d) => d.exec('CREATE TABLE IF NOT EXISTS flaky_v1 (position INTEGER PRIMARY KEY)'),
      applyBatch: (d, events) => {
        for (const event of events) d.prepare('INSERT INTO flaky_v1 (position) VALUES (?)').run(event.position);
        if (failing) throw new Error('read model unavailable');
      },
    };
    const flakyRows = () =>
      db
        .prepare<[], { position: number }>('SELECT position FROM flaky_v1')
        .all()
        .map((r) => r.position);
    const errors: string[] = [];
    runner = new ProjectionRunner(store, db, [counting, flaky], { retryDelayMs: 20, onError: (name) => errors.push(name) });
    runner.start();
    const { position } = await store.append('compact-f', [drafted('f', 'One')], 'no_stream');
    expect(await waitUntil(() => errors.length > 0)).toBe(true);
    expect(counting.get(db, 'compact-f')).toMatchObject({ seen: 1 });
    expect(flakyRows()).toEqual([]);
    const checkpoints = () =>
      Object.fromEntries(
        db
          .prepare<[], { name: string; position: number }>('SELECT name, position FROM projection_checkpoints')
          .all()
          .map((r) => [r.name, r.position]),
      );
    expect(checkpoints()).toEqual({ counting_v1: position });
    expect(runner.status().find((s) => s.name === 'flaky_v1')!.error).toBe('read model unavailable');

    failing = false;
    expect(await runner.waitForPosition(position, 5000)).toBe(true);
    expect(flakyRows()).toEqual([position]);
    expect(counting.get(db, 'compact-f')).toMatchObject({ seen: 1 });
    expect(checkpoints()).toEqual({ counting_v1: position, flaky_v1: position });
  });

  it('hands projections frozen events, so one cannot change what another is given', async () => {
    const meddling = documentProjection<{ title: unknown }>({
      name: 'meddling_v1',
      documentId: (event) => event.streamId,
      evolve: (_doc, event) => {
        (event.data as { title: unknown }).title = 'changed';
        return { title: event.data.title };
      },
    });
    const errors: string[] = [];
    runner = new ProjectionRunner(store, db, [meddling, compactDocumentsProjection], {
      retryDelayMs: 20,
      onError: (_name, error) => errors.push((error as Error).message),
    });
    runner.start();
    const { position } = await store.append('compact-m', [drafted('m', 'As recorded')], 'no_stream');
    expect(await waitUntil(() => errors.length > 0)).toBe(true);
    expect(errors[0]).toMatch(/read.only|not extensible|Cannot assign/);
    await waitUntil(() => findCompactSummary(db, 'm') !== null);
    expect(findCompactSummary(db, 'm')).toMatchObject({ title: 'As recorded', position });
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return condition();
}

const byId = (a: { compactId: string }, b: { compactId: string }) => a.compactId.localeCompare(b.compactId);
