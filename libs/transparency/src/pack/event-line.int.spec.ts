import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { type JsonObject, recordedAtOf, recordedEventOf, SqliteEventStore, storedEventOf } from '@compact-ledger/event-store';
import { EvidencePackError, eventLine } from './event-line';

/**
 * events.jsonl's lines, made from the texts the SQLite store holds (what the API's pack
 * thread reads) and from the same events parsed and put back in canonical form: the
 * same bytes either way, and a stored text that no longer hashes to its hash refused.
 */
describe('eventLine, from stored texts and from parsed events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'event-line-'));
  const file = join(dir, 'events.db');
  const actor = { subject: 's-1', name: 'Sam Secretariat (assumed for the test)', role: 'secretariat' as const, organisation: null };
  // Data a canonical form must get right: key order, Unicode, escapes, numbers RFC 8785 writes its own way.
  const data: JsonObject[] = [
    { title: 'Ωmega ≠ ∞ — “quotes”', b: 2, a: [1, 0.1, 1e21, -5.5, 1e-7], nested: { z: null, y: true, x: 'line\nbreak\t"quoted" \\ \u2028' } },
    { note: readFileSync(join(__dirname, 'testdata', 'jcs', 'input', 'unicode.json'), 'utf8') },
    { emoji: '😀👩‍👩‍👧‍👦', lone: 'e\u0301' },
  ];
  let store: SqliteEventStore;

  beforeAll(async () => {
    store = new SqliteEventStore({ file });
    await store.append(
      'dispute-0192a3b4-0000-7000-8000-000000000001',
      data.map((d) => ({ type: 'Noted', data: d, metadata: { eventId: randomUUID(), actor } })),
      'no_stream',
    );
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the same line from the stored texts as from the parsed event', async () => {
    const streamId = 'dispute-0192a3b4-0000-7000-8000-000000000001';
    const [stored, parsed] = [await store.readStoredStream(streamId), await store.readStream(streamId)];
    expect(stored).toHaveLength(data.length);
    stored.forEach((event, i) => {
      expect(eventLine(event)).toBe(eventLine(parsed[i]));
      // The store's two forms of an event are each other's, and the stored one says when it was recorded.
      expect(recordedEventOf(event)).toEqual(parsed[i]);
      expect(storedEventOf(parsed[i])).toEqual(event);
      expect(recordedAtOf(event)).toBe(parsed[i].metadata.recordedAt);
    });
    expect(JSON.parse(eventLine(stored[0])).data).toEqual(data[0]);
    expect((await store.readStoredAll({ after: 0, limit: 10 })).map(eventLine)).toEqual(parsed.map(eventLine));
  });

  it('refuses a stored text changed since it was hashed, naming the stream, revision and position', async () => {
    const db = new Database(file);
    try {
      db.prepare(`UPDATE events SET data = '{"b":3}' WHERE revision = 1`).run();
      const [, changed] = await store.readStoredStream('dispute-0192a3b4-0000-7000-8000-000000000001');
      expect(() => eventLine(changed)).toThrow(EvidencePackError);
      expect(() => eventLine(changed)).toThrow(
        /stream dispute-0192a3b4-0000-7000-8000-000000000001, revision 1 \(position 2\): the stored event does not hash/,
      );
    } finally {
      db.close();
    }
  });
});
