import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LogIntegrityError } from '../port/errors';
import { SqliteEventStore } from './sqlite-event-store';
import { notedEvents as events } from './testing/noted-events';

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((resolve) => setTimeout(resolve, 10))) if (await condition()) return true;
  return condition();
}

/**
 * The store checks its own chain: the whole log at start, then continuously in the
 * background. A stream that fails is refused appends (naming where it breaks); events
 * missing from the log refuse them all. Tampering is done as someone with the file
 * would: through another connection, behind the store's back.
 */
describe('the SQLite store checking its own hash chain', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  const tamper = (sql: string) => {
    const db = new Database(file);
    try {
      db.prepare(sql).run();
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-chain-check-'));
    file = join(dir, 'events.db');
    const writer = new SqliteEventStore({ file });
    await writer.append('compact-a', events(0, 3), 'no_stream'); // positions 1-3
    await writer.append('compact-b', events(3, 3), 'no_stream'); // positions 4-6
    await writer.append('compact-c', events(6, 1), 'no_stream'); // position 7
    await writer.close();
  });
  afterEach(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('at start, finds a stream whose event was edited and refuses appends to it, naming the stream and revision; the others append', async () => {
    tamper(`UPDATE events SET data = replace(data, '"n":1', '"n":9') WHERE stream_id = 'compact-a' AND revision = 1`);
    store = new SqliteEventStore({ file });
    const report = await store.checkChain();
    expect(report).toMatchObject({ ok: false, firstBreak: { streamId: 'compact-a', revision: 1, reason: 'changed' } });

    const refused = store.append('compact-a', events(10, 1), 2);
    await expect(refused).rejects.toBeInstanceOf(LogIntegrityError);
    await expect(refused).rejects.toThrow(/^stream compact-a fails its hash chain at revision 1 \(changed: /);
    await expect(refused).rejects.toMatchObject({ broken: { streamId: 'compact-a', revision: 1, position: 2 } });
    await expect(store.append('compact-b', events(11, 1), 2)).resolves.toMatchObject({ position: 8 });

    expect(store.chainBreakOf('compact-a')).toMatchObject({ revision: 1, reason: 'changed' });
    expect(store.chainBreakOf('compact-b')).toBeNull();
    expect((await store.health()).chain).toMatchObject({
      lastFullCheck: { eventsChecked: 6, ok: false, at: expect.any(String) },
      brokenStreams: [{ streamId: 'compact-a', revision: 1 }],
    });
  });

  it('in the background, finds an edit made after it started, a few events at a time, and refuses that stream from then on', async () => {
    store = new SqliteEventStore({ file });
    expect((await store.checkChain()).ok).toBe(true);
    await expect(store.append('compact-b', events(20, 1), 2)).resolves.toMatchObject({ position: 8 });
    tamper(`UPDATE events SET data = replace(data, '"n":4', '"n":44') WHERE stream_id = 'compact-b' AND revision = 1`);

    const steps: number[] = [];
    store.watchChain({ eventsPerStep: 2, intervalMs: 5 });
    expect(
      await until(() => {
        steps.push(store.chainStatus().checkedUpTo);
        return store.chainBreakOf('compact-b') !== null;
      }),
    ).toBe(true);
    // No step took more than its share of the log.
    const advances = steps.slice(1).map((at, i) => at - steps[i]);
    expect(Math.max(...advances)).toBeLessThanOrEqual(2 * 2);
    expect(store.chainBreakOf('compact-b')).toMatchObject({ revision: 1, position: 5, reason: 'changed' });
    await expect(store.append('compact-b', events(21, 1), 3)).rejects.toBeInstanceOf(LogIntegrityError);
    expect(store.chainStatus().lastFullCheck).toMatchObject({ ok: false, at: expect.any(String) });
  });

  it("finds an event removed from the middle of the log even where its stream's chain stays whole, and refuses every append", async () => {
    // compact-b's last event (position 6): b's chain is still whole without it; only the gap in positions shows.
    const writer = new SqliteEventStore({ file });
    await writer.append('compact-d', events(30, 1), 'no_stream'); // position 8
    await writer.close();
    tamper(`DELETE FROM events WHERE position = 6`);
    store = new SqliteEventStore({ file });
    const report = await store.checkChain();
    expect(report).toMatchObject({ ok: false, firstBreak: { streamId: '(unknown)', position: 6, reason: 'missing' } });
    const refused = store.append('compact-e', events(40, 1), 'no_stream');
    await expect(refused).rejects.toBeInstanceOf(LogIntegrityError);
    await expect(refused).rejects.toThrow(/^the log is not whole: global position 6 is missing/);
    expect((await store.health()).appends).toMatchObject({ possible: false, cause: 'log-incomplete' });
  });

  it('refuses every append when the log ends before a position another record has seen (its last events removed)', async () => {
    tamper(`DELETE FROM events WHERE position = 7`);
    store = new SqliteEventStore({ file });
    expect((await store.checkChain()).ok).toBe(true);
    store.expectLogToReach(7, "the read models' checkpoints");
    await expect(store.append('compact-e', events(40, 1), 'no_stream')).rejects.toThrow(
      /^the log ends at position 6, but the read models' checkpoints reached position 7: events at its end are missing/,
    );
    expect((await store.health()).appends).toMatchObject({ possible: false, cause: 'log-incomplete' });
  });

  it('an intact log passes, appends go on, and the background check keeps passing over new events', async () => {
    store = new SqliteEventStore({ file });
    expect((await store.checkChain()).ok).toBe(true);
    store.watchChain({ eventsPerStep: 3, intervalMs: 5 });
    await store.append('compact-a', events(50, 2), 2);
    expect(await until(() => (store.chainStatus().lastFullCheck?.eventsChecked ?? 0) === 9)).toBe(true);
    expect(store.chainStatus()).toMatchObject({ lastFullCheck: { ok: true }, brokenStreams: [] });
  });
});
