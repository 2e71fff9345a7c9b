import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithFilesystemFaults, Ext4Image } from '../../testing/filesystem-faults';
import {
  createFileDurably,
  type DurableStep,
  ensureDirectoryDurably,
  FileExistsError,
  findUnfinishedFiles,
  syncDirectory,
  writeFileDurably,
} from './durable-files';

const STEPS: DurableStep[] = ['create-temporary', 'write', 'sync-file', 'move-into-place', 'sync-directory'];

describe('durable file writing, on real files', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'durable-files-'));
    file = join(dir, 'state.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes to a temporary file, fsyncs it, moves it into place, then fsyncs the directory, in that order', async () => {
    const steps: Array<[DurableStep, string]> = [];
    await writeFileDurably(file, '{"n":1}', { beforeStep: (step, path) => steps.push([step, path]) });
    expect(steps.map(([step]) => step)).toEqual(STEPS);
    expect(steps[0][1]).toMatch(/\/\.state\.json\.[0-9a-f]{12}\.unfinished$/);
    expect(steps[3][1]).toBe(file);
    expect(steps[4][1]).toBe(dir);
    expect(readFileSync(file, 'utf8')).toBe('{"n":1}');
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it.each(STEPS)('failing at %s leaves the old file whole (or, once moved, the new one) and no temporary file behind', async (failing) => {
    writeFileSync(file, 'old');
    const write = writeFileDurably(file, 'new and longer', {
      beforeStep: (step) => {
        if (step === failing) throw Object.assign(new Error(`EIO at ${step}`), { code: 'EIO' });
      },
    });
    await expect(write).rejects.toThrow(`EIO at ${failing}`);
    expect(readFileSync(file, 'utf8')).toBe(failing === 'sync-directory' ? 'new and longer' : 'old');
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('creates a file only where none is: another is left alone and the write refused', async () => {
    writeFileSync(file, 'made by another process');
    await expect(createFileDurably(file, 'mine', { mode: 0o600 })).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(file, 'utf8')).toBe('made by another process');
    expect(readdirSync(dir)).toEqual(['state.json']);
    const fresh = join(dir, 'key.json');
    await createFileDurably(fresh, 'mine', { mode: 0o600 });
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it('finds the temporary files a crash left, and nothing else', async () => {
    writeFileSync(file, 'whole');
    writeFileSync(join(dir, '.state.json.0123456789ab.unfinished'), '{"n":');
    expect(await findUnfinishedFiles(dir)).toEqual([join(dir, '.state.json.0123456789ab.unfinished')]);
    expect(await findUnfinishedFiles(join(dir, 'absent'))).toEqual([]);
  });

  it('makes missing directories', async () => {
    await ensureDirectoryDurably(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
  });
});

describeWithFilesystemFaults('durable file writing across an aborted ext4 journal (a power cut)', () => {
  let disk: Ext4Image;
  beforeEach(() => (disk = Ext4Image.create()));
  afterEach(() => disk.destroy());

  it('keeps a file written durably whole, where one written and renamed without fsync is left empty', async () => {
    const content = 'x'.repeat(100_000);
    await writeFileDurably(join(disk.mountPoint, 'durable'), content);
    // The way evidence and the key were written before: write, rename, no fsync.
    writeFileSync(join(disk.mountPoint, 'plain.partial'), content);
    renameSync(join(disk.mountPoint, 'plain.partial'), join(disk.mountPoint, 'plain'));
    // Something else fsynced (an event store commit) commits the journal's metadata; then the power goes.
    await syncDirectory(disk.mountPoint);
    disk.abortJournal();
    disk.remountAfterRepair();
    expect(readFileSync(join(disk.mountPoint, 'durable'), 'utf8')).toBe(content);
    expect(statSync(join(disk.mountPoint, 'plain')).size).toBe(0);
  });
});
