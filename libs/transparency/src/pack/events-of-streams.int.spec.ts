import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RecordedEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { eventsOfStreams, type EventsOfStreamsOptions } from './events-of-streams';

/**
 * The events of a pack's streams, from a real SQLite store: in position order, every
 * one up to the checkpoint and none after, whether the streams are merged a page at a
 * time or the log is read through (when they hold most of it).
 */
describe('eventsOfStreams', () => {
  let dir: string;
  let store: SqliteEventStore;
  /** The store, with the reads made of it counted. */
  const reads = { readStream: 0, readAll: 0 };
  const counted = {
    readStream: (...args: Parameters<SqliteEventStore['readStream']>) => (reads.readStream++, store.readStream(...args)),
    readAll: (...args: Parameters<SqliteEventStore['readAll']>) => (reads.readAll++, store.readAll(...args)),
  };
  const disputes = Array.from({ length: 30 }, (_, i) => `dispute-${i}`);
  let upTo: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'events-of-streams-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
    const actor = { subject: 's', name: 'S', role: 'secretariat', organisation: null };
    const event = (i: number) => ({ type: 'Noted', data: { i }, metadata: { eventId: randomUUID(), actor } });
    // Thirty disputes of three events, interleaved, with another compact's events between them.
    for (let round = 0; round < 3; round++) {
      for (const dispute of disputes) {
        await store.append(dispute, [event(round)], 'any');
        await store.append('compact-other', [event(round)], 'any');
      }
    }
    upTo = await store.headPosition();
    // After the checkpoint: never in the pack.
    await store.append(disputes[0], [event(3)], 'any');
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const collect = async (streams: string[], options: EventsOfStreamsOptions) => {
    reads.readStream = 0;
    reads.readAll = 0;
    const events: RecordedEvent[] = [];
    for await (const event of eventsOfStreams(counted, streams, upTo, options)) events.push(event);
    return events;
  };
  const expected = async (streams: string[]) => (await store.readAll({ after: 0, limit: upTo })).filter((e) => streams.includes(e.streamId));

  it('merges many streams a short page each: every event up to the checkpoint, in position order, without reading the log', async () => {
    // Ten streams holding a sixth of the log, and room for ten events: pages of two.
    const ten = disputes.slice(0, 10);
    const events = await collect(ten, { eventsHeld: 10 });
    expect(events.map((e) => e.position)).toEqual((await expected(ten)).map((e) => e.position));
    expect(events).toHaveLength(30);
    expect(reads.readAll).toBe(0);
    // The count of the streams (one read each), then two reads a stream (two events, then the last).
    expect(reads.readStream).toBe(10 + 10 * 2);
  });

  it('reads the log through when the streams hold most of it, with the same events', async () => {
    const most = [...disputes, 'compact-other'];
    const events = await collect(most, { eventsHeld: 10, pageSize: 50 });
    expect(events.map((e) => e.position)).toEqual((await expected(most)).map((e) => e.position));
    expect(events).toHaveLength(180);
    // The count of the streams, then the log in pages of fifty.
    expect(reads.readStream).toBe(31);
    expect(reads.readAll).toBe(Math.ceil(upTo / 50));
  });

  it('merges few streams in whole pages', async () => {
    const events = await collect(['dispute-3', 'dispute-7'], {});
    expect(events.map((e) => [e.streamId, e.revision])).toEqual([
      ['dispute-3', 0],
      ['dispute-7', 0],
      ['dispute-3', 1],
      ['dispute-7', 1],
      ['dispute-3', 2],
      ['dispute-7', 2],
    ]);
    expect(reads).toEqual({ readStream: 2, readAll: 0 });
  });
});
