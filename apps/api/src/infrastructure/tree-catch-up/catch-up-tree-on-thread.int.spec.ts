import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NewEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { generateLogKey, storedTreeSize, TransparencyLog } from '@compact-ledger/transparency';
import { catchUpTreeOnThread } from './catch-up-tree-on-thread';

const actor = { subject: 'secretariat-1', name: 'Test Secretariat', role: 'secretariat', organisation: null };
const event = (i: number): NewEvent => ({ type: 'NoteTaken', data: { n: i }, metadata: { eventId: randomUUID(), actor } });

describe('catching the transparency tree up on a thread of its own', () => {
  const key = generateLogKey('ledger.test/compacts');
  let dir: string;
  let eventsFile: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tree-catch-up-'));
    eventsFile = join(dir, 'events.db');
    const store = new SqliteEventStore({ file: eventsFile, synchronous: 'NORMAL' });
    // More than one page of the catch-up (10,000), across streams, so pages and tiles both turn over.
    for (let s = 0; s < 60; s++)
      await store.append(
        `s-${s}`,
        Array.from({ length: 200 }, (_, i) => event(i)),
        'any',
      );
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function openLog(file: string): Promise<{ log: TransparencyLog; close(): Promise<void> }> {
    const store = new SqliteEventStore({ file: eventsFile });
    const log = await TransparencyLog.open({ file, key, source: store });
    return {
      log,
      close: async () => {
        log.close();
        await store.close();
      },
    };
  }

  it('holds the tree the log would have caught up itself: every event, the same root', async () => {
    const onThread = join(dir, 'on-thread.db');
    expect(await catchUpTreeOnThread({ eventsFile, transparencyFile: onThread, processExclusive: false })).toBe(12_000);
    expect(storedTreeSize(onThread)).toBe(12_000);
    const here = await openLog(join(dir, 'here.db'));
    const thread = await openLog(onThread);
    try {
      expect(thread.log.size()).toBe(12_000);
      expect(thread.log.root().toString('hex')).toBe(here.log.root().toString('hex'));
    } finally {
      await here.close();
      await thread.close();
    }
  });

  it('goes on from a tree part-way caught up (the log grew since)', async () => {
    const file = join(dir, 'part-way.db');
    const first = await openLog(file);
    await first.close();
    const store = new SqliteEventStore({ file: eventsFile, synchronous: 'NORMAL' });
    for (let s = 0; s < 10; s++)
      await store.append(
        `more-${s}`,
        Array.from({ length: 100 }, (_, i) => event(i)),
        'any',
      );
    await store.close();
    expect(await catchUpTreeOnThread({ eventsFile, transparencyFile: file, processExclusive: false })).toBe(13_000);
    const here = await openLog(join(dir, 'here.db'));
    const thread = await openLog(file);
    try {
      expect(thread.log.root().toString('hex')).toBe(here.log.root().toString('hex'));
    } finally {
      await here.close();
      await thread.close();
    }
  });

  it('refuses a tree longer than its event store (the store replaced by a shorter one), and appends nothing', async () => {
    const file = join(dir, 'ahead.db');
    expect(await catchUpTreeOnThread({ eventsFile, transparencyFile: file, processExclusive: false })).toBe(12_000);
    const shorter = join(dir, 'shorter.db');
    const store = new SqliteEventStore({ file: shorter, synchronous: 'NORMAL' });
    await store.append(
      's-0',
      Array.from({ length: 100 }, (_, i) => event(i)),
      'any',
    );
    await store.close();
    await expect(catchUpTreeOnThread({ eventsFile: shorter, transparencyFile: file, processExclusive: false })).rejects.toThrow(
      /no event at position 12000.*replaced or cut short/,
    );
    expect(storedTreeSize(file)).toBe(12_000);
  });
});
