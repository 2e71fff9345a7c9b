import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from './sqlite-event-store';
import { writeCountedLog } from './testing/counted-log';

// verifyAll reads the log a page at a time; these logs span several pages.
describe('verifyAll over a log longer than one page', () => {
  const EVENTS = 2_500;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-verify-pages-'));
    file = join(dir, 'events.db');
    await writeCountedLog(file, EVENTS, 7);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const open = (parallelVerifyFrom: number) => new SqliteEventStore({ file, parallelVerifyFrom });

  it.each([
    ['on one core', Number.POSITIVE_INFINITY],
    ['on two cores', 1],
  ])('checks every event of an intact log %s', async (_, parallelVerifyFrom) => {
    const store = open(parallelVerifyFrom);
    const report = await store.verifyAll();
    await store.close();
    expect(report).toMatchObject({ ok: true, eventsChecked: EVENTS, firstBreak: null });
  });

  it.each([
    ['on one core', Number.POSITIVE_INFINITY],
    ['on two cores', 1],
  ])('finds an event changed on a later page %s, by stream and revision', async (_, parallelVerifyFrom) => {
    const db = new Database(file);
    const target = db.prepare('SELECT stream_id AS streamId, revision FROM events WHERE position = 2201').get() as { streamId: string; revision: number };
    db.prepare(`UPDATE events SET data = '{"n":-1}' WHERE position = 2201`).run();
    db.close();
    const store = open(parallelVerifyFrom);
    const report = await store.verifyAll();
    await store.close();
    const restore = new Database(file);
    restore.prepare(`UPDATE events SET data = '{"n":2200}' WHERE position = 2201`).run();
    restore.close();
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toMatchObject({ streamId: target.streamId, revision: target.revision, reason: 'changed' });
  });
});
