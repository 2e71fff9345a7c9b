import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An upload written to a staging name and hashed, not yet held under its hash. */
export interface StagedFile {
  sha256: string;
  size: number;
  path: string;
}

/**
 * Evidence files, held by content: `<dataDir>/evidence/sha256/<hex>`. The ledger's
 * event holds the file's SHA-256, so the bytes can be checked against the hash
 * chain; they are never held in the event store itself. A file is written to a
 * staging name while it is hashed, then renamed into place (atomic on one
 * filesystem), so a reader never sees half a file.
 */
export class EvidenceFiles {
  private readonly staging: string;
  private readonly held: string;
  /** The hold in progress for each hash: uploads of the same bytes take turns. */
  private readonly holds = new Map<string, Promise<unknown>>();

  constructor(dataDir: string) {
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
    await mkdir(this.held, { recursive: true });
    const target = this.pathOf(file.sha256);
    const created = !(await exists(target));
    if (created) await rename(file.path, target);
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

  private pathOf(sha256: string): string {
    return join(this.held, sha256);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
