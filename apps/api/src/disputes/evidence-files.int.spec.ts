import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { DurableStep } from '@compact-ledger/event-store';
import { EvidenceFiles } from './evidence-files';

describe('EvidenceFiles on a real data directory', () => {
  let dataDir: string;
  let files: EvidenceFiles;
  const bytes = Buffer.from('Minutes of the board-to-board meeting, 7 March 2017');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const held = () => join(dataDir, 'evidence', 'sha256', sha256);
  const staging = () => readdirSync(join(dataDir, 'evidence', 'staging'));

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'evidence-files-'));
    files = new EvidenceFiles(dataDir);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function deferred() {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((ok, ko) => ((resolve = ok), (reject = ko)));
    return { promise, resolve, reject };
  }

  it('stages an upload under a staging name with its SHA-256 and size, holding nothing yet', async () => {
    const staged = await files.stage(Readable.from([bytes]));
    expect(staged).toMatchObject({ sha256, size: bytes.length });
    expect(existsSync(staged.path)).toBe(true);
    expect(existsSync(held())).toBe(false);
  });

  it('holds the file under its hash while the command runs, and keeps it when the command succeeds', async () => {
    const staged = await files.stage(Readable.from([bytes]));
    const seenDuring = await files.holdWhile(staged, async () => existsSync(held()));
    await files.dropStaged(staged);
    expect(seenDuring).toBe(true);
    expect(existsSync(held())).toBe(true);
    expect(staging()).toEqual([]);
  });

  it('takes the file away when the command is refused and it was not held before', async () => {
    const staged = await files.stage(Readable.from([bytes]));
    await expect(files.holdWhile(staged, () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await files.dropStaged(staged);
    expect(existsSync(held())).toBe(false);
    expect(staging()).toEqual([]);
  });

  it('keeps a file held before when a later upload of the same bytes is refused', async () => {
    const first = await files.stage(Readable.from([bytes]));
    await files.holdWhile(first, async () => 'recorded');
    const second = await files.stage(Readable.from([bytes]));
    await expect(files.holdWhile(second, () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(existsSync(held())).toBe(true);
  });

  it('a refused upload does not take away the file an accepted upload of the same bytes, made meanwhile, points to', async () => {
    const refusedCommand = deferred();
    const refused = await files.stage(Readable.from([bytes]));
    const accepted = await files.stage(Readable.from([bytes]));
    const refusedHold = files.holdWhile(refused, () => refusedCommand.promise);
    const acceptedHold = files.holdWhile(accepted, async () => 'recorded');
    await new Promise((resolve) => setTimeout(resolve, 20));
    refusedCommand.reject(new Error('refused'));
    await expect(refusedHold).rejects.toThrow('refused');
    await expect(acceptedHold).resolves.toBe('recorded');
    expect(existsSync(held())).toBe(true);
  });

  it.each<DurableStep>(['sync-file', 'move-into-place', 'sync-directory'])(
    'when making the file durable fails at %s, the command that would record it never runs',
    async (failing) => {
      const failingFiles = new EvidenceFiles(dataDir, {
        beforeStep: (step) => {
          if (step === failing) throw Object.assign(new Error(`EIO at ${step}`), { code: 'EIO' });
        },
      });
      let recorded = false;
      const upload = async () => {
        const staged = await failingFiles.stage(Readable.from([bytes]));
        try {
          return await failingFiles.holdWhile(staged, async () => (recorded = true));
        } finally {
          await failingFiles.dropStaged(staged);
        }
      };
      await expect(upload()).rejects.toThrow(`EIO at ${failing}`);
      expect(recorded).toBe(false);
      expect(staging()).toEqual([]);
      // Once moved into place, a file whose directory could not be fsynced is not relied on: the hold takes it away again.
      expect(existsSync(held())).toBe(false);
    },
  );

  it('at start, removes what interrupted uploads left in staging and names each held file that is not what its name says', async () => {
    const staged = await files.stage(Readable.from([bytes]));
    await files.holdWhile(staged, async () => 'recorded');
    mkdirSync(join(dataDir, 'evidence', 'staging'), { recursive: true });
    writeFileSync(join(dataDir, 'evidence', 'staging', 'interrupted'), 'half an upl');
    const empty = 'e'.repeat(64);
    writeFileSync(join(dataDir, 'evidence', 'sha256', empty), '');
    const check = await new EvidenceFiles(dataDir).checkAtStart();
    expect(check).toEqual({ removedStaging: ['interrupted'], notWhole: [`${empty} (0 bytes)`], checked: 2 });
    expect(staging()).toEqual([]);
  });
});
