import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NewEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { generateLogKey, storedTreeSize, TransparencyLog } from '@compact-ledger/transparency';
import { catchUpTreeOnThread } from './catch-up-tree-on-thread';

const actor = { subject: 'secretariat-1', name: 'Test Secretariat', role: 'secretariat', organisation: null };
const event = (i: number): NewEvent => ({ type: 'NoteTaken', data: { n: i }, metadata: { eventId: randomUUID(), actor } });

/** `streams` streams of `perStream` events each, appended to the store in `file`. */
async function appendStreams(file: string, prefix: string, streams: number, perStream: number): Promise<void> {
  const store = new SqliteEventStore({ file, synchronous: 'NORMAL' });
  try {
    for (let s = 0; s < streams; s++)
      await store.append(
        `${prefix}-${s}`,
        Array.from({ length: perStream }, (_, i) => event(i)),
        'any',
      );
  } finally {
    await store.close();
  }
}

describe('catching the transparency tree up on a thread of its own', () => {
  const key = generateLogKey('ledger.test/compacts');
  let dir: string;
  let eventsFile: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tree-catch-up-'));
    eventsFile = join(dir, 'events.db');
    // More than one page of the catch-up (10,000), across streams, so pages and tiles both turn over.
    await appendStreams(eventsFile, 's', 60, 200);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The tree in `file`, once the log has opened it, holds `size` leaves and the root of one this thread catches up from nothing. */
  async function expectTheTreeCaughtUpHere(file: string, size: number): Promise<void> {
    const store = new SqliteEventStore({ file: eventsFile });
    const theirs = await TransparencyLog.open({ file, key, source: store });
    const here = await TransparencyLog.open({ file: join(dir, `here-${Date.now()}.db`), key, source: store });
    try {
      expect(theirs.size()).toBe(size);
      expect(theirs.root().toString('hex')).toBe(here.root().toString('hex'));
    } finally {
      theirs.close();
      here.close();
      await store.close();
    }
  }

  it('holds the tree the log would have caught up itself: every event, the same root', async () => {
    const onThread = join(dir, 'on-thread.db');
    expect(await catchUpTreeOnThread({ eventsFile, transparencyFile: onThread, processExclusive: false })).toBe(12_000);
    expect(storedTreeSize(onThread)).toBe(12_000);
    await expectTheTreeCaughtUpHere(onThread, 12_000);
  });

  it('goes on from a tree part-way caught up (the log grew since)', async () => {
    const file = join(dir, 'part-way.db');
    await expectTheTreeCaughtUpHere(file, 12_000);
    await appendStreams(eventsFile, 'more', 10, 100);
    expect(await catchUpTreeOnThread({ eventsFile, transparencyFile: file, processExclusive: false })).toBe(13_000);
    expect(storedTreeSize(file)).toBe(13_000);
    await expectTheTreeCaughtUpHere(file, 13_000);
  });

  it('refuses a tree longer than its event store (the store replaced by a shorter one), and appends nothing', async () => {
    const file = join(dir, 'ahead.db');
    expect(await catchUpTreeOnThread({ eventsFile, transparencyFile: file, processExclusive: false })).toBe(12_000);
    const shorter = join(dir, 'shorter.db');
    await appendStreams(shorter, 's', 1, 100);
    await expect(catchUpTreeOnThread({ eventsFile: shorter, transparencyFile: file, processExclusive: false })).rejects.toThrow(
      /no event at position 12000.*replaced or cut short/,
    );
    expect(storedTreeSize(file)).toBe(12_000);
  });
});
