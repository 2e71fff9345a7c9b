import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { type EventStore, SqliteEventStore } from '@compact-ledger/event-store';
import { compactStateProjection } from '../compact-state/compact-state.projection';
import { documentProjection } from './projection';
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
    runner = new ProjectionRunner(store, db, [compactStateProjection, counting], { batchSize: 50 });
    runner.start();
    return runner;
  };

  it('catches up on existing events, then follows new ones, committing checkpoints with the read model', async () => {
    for (let i = 0; i < 120; i++) await store.append(`compact-c${i}`, [drafted(`c${i}`, `Compact ${i}`)], 'no_stream');
    start();
    expect(await runner.waitForPosition(120, 5000)).toBe(true);
    expect(compactStateProjection.all(db)).toHaveLength(120);

    const live = await store.append('compact-live', [drafted('live', 'Live compact')], 'no_stream');
    expect(await runner.waitForPosition(live.position, 5000)).toBe(true);
    expect(compactStateProjection.get(db, 'live')).toMatchObject({ title: 'Live compact', revision: 0, position: live.position });
    const checkpoints = db.prepare('SELECT name, position FROM projection_checkpoints ORDER BY name').all();
    expect(checkpoints).toEqual([
      { name: 'compact_state_v1', position: live.position },
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
    const live = { state: compactStateProjection.all(db), counts: counting.all(db) };

    await runner.rebuild('compact_state_v1');
    await runner.rebuild('counting_v1');
    expect(compactStateProjection.all(db).sort(byId)).toEqual(live.state.sort(byId));
    expect(counting.all(db)).toEqual(expect.arrayContaining(live.counts));
    expect(counting.all(db)).toHaveLength(live.counts.length);
  });
});

const byId = (a: { compactId: string }, b: { compactId: string }) => a.compactId.localeCompare(b.compactId);
