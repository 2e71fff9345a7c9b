import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  sha256: string;
  size: number;
  /** Whether this upload put the file in place (false: the same bytes were already held). */
  created: boolean;
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

  constructor(dataDir: string) {
    this.staging = join(dataDir, 'evidence', 'staging');
    this.held = join(dataDir, 'evidence', 'sha256');
  }

  /** Streams an upload to disk, hashing it on the way. */
  async store(content: Readable): Promise<StoredFile> {
    await mkdir(this.staging, { recursive: true });
    await mkdir(this.held, { recursive: true });
    const staged = join(this.staging, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    content.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    try {
      await pipeline(content, createWriteStream(staged, { mode: 0o440 }));
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      const existed = await exists(target);
      if (existed) await rm(staged, { force: true });
      else await rename(staged, target);
      return { sha256, size, created: !existed };
    } catch (error) {
      await rm(staged, { force: true });
      throw error;
    }
  }

  /** Removes a file this upload created, when the command that would have referenced it was refused. */
  async discard(file: StoredFile): Promise<void> {
    if (file.created) await rm(this.pathOf(file.sha256), { force: true });
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
