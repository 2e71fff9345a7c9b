import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Puts a new file in place so that a crash leaves either no file or the whole of
 * it: written under a temporary name, fsynced, linked into place (which, unlike a
 * rename, never replaces a file another process put there meanwhile), and the
 * directory fsynced so that the name itself survives a power cut. Resolves false
 * when a file was already there (it is left as it was).
 *
 * The same steps as the event store's durable-files helper (libs/event-store,
 * branch `reliability`, not merged when this was written); once it is, this can
 * become its createFileDurably.
 */
export async function createFileDurably(path: string, data: string | Uint8Array, mode = 0o600): Promise<boolean> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.unfinished`);
  let created = true;
  try {
    const file = await open(temporary, 'wx', mode);
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await link(temporary, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      created = false;
    }
  } finally {
    await rm(temporary, { force: true });
  }
  const directory = await open(dir, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
  return created;
}
