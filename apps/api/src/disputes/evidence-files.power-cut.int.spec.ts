import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SqliteEventStore } from '@compact-ledger/event-store';
import { describeWithFilesystemFaults, Ext4Image, newEvent } from '@compact-ledger/event-store/testing';
import { EvidenceFiles } from './evidence-files';

describeWithFilesystemFaults('an evidence file held, then the journal of its ext4 filesystem aborted (a power cut)', () => {
  let disk: Ext4Image;
  beforeEach(() => (disk = Ext4Image.create()));
  afterEach(() => disk.destroy());

  it('is whole after the repair: its bytes were on disk before the event that records it was acknowledged', async () => {
    const dataDir = join(disk.mountPoint, 'data');
    const bytes = Buffer.alloc(200_000, 'Minutes of the board-to-board meeting. ');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const files = new EvidenceFiles(dataDir);
    const store = new SqliteEventStore({ file: join(disk.mountPoint, 'events.db') });
    const staged = await files.stage(Readable.from([bytes]));
    // The event is appended and fsynced (committing the filesystem's journal with it), then the power goes.
    await files.holdWhile(staged, () => store.append('dispute-1', [newEvent('DisputeEvidenceSubmitted', { sha256 })], 'any'));
    await files.dropStaged(staged);
    disk.abortJournal();
    await store.close().catch(() => undefined);
    disk.remountAfterRepair();

    const held = readFileSync(join(dataDir, 'evidence', 'sha256', sha256));
    expect(held.length).toBe(bytes.length);
    expect(createHash('sha256').update(held).digest('hex')).toBe(sha256);
  });
});
