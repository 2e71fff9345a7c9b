import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type DurableWriteOptions, ensureDirectoryDurably, FileExistsError, moveIntoPlace, syncFile } from '@compact-ledger/event-store';

/** An upload written to a staging name and hashed, not yet held under its hash. */
export interface StagedFile {
  sha256: string;
  size: number;
  path: string;
}

/** What a start found in the evidence directory: files left unfinished, and held files that are not what their name says. */
export interface EvidenceFilesCheck {
  /** Staging files of uploads a crash interrupted (never acknowledged): removed. */
  removedStaging: string[];
  /** Held files whose bytes do not hash to their name (empty, cut short, altered): kept, for an operator. */
  notWhole: string[];
  checked: number;
}

/**
 * Evidence files, held by content: `<dataDir>/evidence/sha256/<hex>`. The ledger's
 * event holds the file's SHA-256, so the bytes can be checked against the hash
 * chain; they are never held in the event store itself. A file is written to a
 * staging name while it is hashed, fsynced, then linked into place and its
 * directory fsynced, all before the command that records it appends: once the
 * event is durable, so is the file, and a reader never sees half a file.
 */
export class EvidenceFiles {
  private readonly staging: string;
  private readonly held: string;
  /** The hold in progress for each hash: uploads of the same bytes take turns. */
  private readonly holds = new Map<string, Promise<unknown>>();

  constructor(
    dataDir: string,
    /** A seam for tests: called before each step of making a held file durable. */
    private readonly durability: DurableWriteOptions = {},
  ) {
    this.staging = join(dataDir, 'evidence', 'staging');
    this.held = join(dataDir, 'evidence', 'sha256');
  }

  /** Streams an upload to a staging file, hashing it on the way. */
  async stage(content: Readable): Promise<StagedFile> {
    await mkdir(this.staging, { recursive: true });
    const path = join(this.staging, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    content.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    try {
      await pipeline(content, createWriteStream(path, { mode: 0o440 }));
      await syncFile(path, this.durability);
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { sha256: hash.digest('hex'), size, path };
  }

  /**
   * Puts a staged file in place under its hash while `use` (the command that records
   * it) runs, and takes it away again if `use` fails and no one held it before. Holds
   * of the same bytes run one after the other: otherwise a refused upload could
   * remove the file an accepted upload of the same bytes, made meanwhile, points to.
   */
  async holdWhile<T>(file: StagedFile, use: () => Promise<T>): Promise<T> {
    const previous = this.holds.get(file.sha256) ?? Promise.resolve();
    const hold = previous.catch(() => undefined).then(() => this.hold(file, use));
    this.holds.set(file.sha256, hold);
    try {
      return await hold;
    } finally {
      if (this.holds.get(file.sha256) === hold) this.holds.delete(file.sha256);
    }
  }

  /** Removes a staged file (kept or not, its staging name is no longer needed). */
  async dropStaged(file: StagedFile): Promise<void> {
    await rm(file.path, { force: true });
  }

  private async hold<T>(file: StagedFile, use: () => Promise<T>): Promise<T> {
    await ensureDirectoryDurably(this.held);
    const target = this.pathOf(file.sha256);
    let created = true;
    try {
      await moveIntoPlace(file.path, target, { ...this.durability, replace: false });
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      // Held before (the same bytes, recorded by an earlier upload): that file stays.
      created = false;
    }
    try {
      return await use();
    } catch (error) {
      if (created) await rm(target, { force: true });
      throw error;
    }
  }

  /** The bytes held under a hash, checked against it; null when absent or altered. */
  async read(sha256: string): Promise<{ bytes: Buffer; intact: boolean } | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(sha256));
    } catch {
      return null;
    }
    return { bytes, intact: createHash('sha256').update(bytes).digest('hex') === sha256 };
  }

  /**
   * At start: removes staging files an interrupted upload left (none was acknowledged)
   * and hashes every held file, one at a time, naming any whose bytes are not what its
   * name says. Runs after the API has started; reading a file checks it again anyway.
   */
  async checkAtStart(): Promise<EvidenceFilesCheck> {
    const removedStaging = await readdir(this.staging).catch(() => [] as string[]);
    for (const name of removedStaging) await rm(join(this.staging, name), { force: true });
    const notWhole: string[] = [];
    const names = await readdir(this.held).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.held, name);
      const size = (await stat(path)).size;
      if (!/^[0-9a-f]{64}$/.test(name) || size === 0 || (await sha256Of(path)) !== name) notWhole.push(`${name} (${size} bytes)`);
    }
    return { removedStaging, notWhole, checked: names.length };
  }

  private pathOf(sha256: string): string {
    return join(this.held, sha256);
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
