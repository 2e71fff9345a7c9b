import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Files the ledger acknowledges (evidence, its token-signing key, and later
 * checkpoints and witness state) are made durable before the answer, the way the
 * event store's commits are: written under a temporary name, fsynced, moved into
 * place by rename (or link, where an existing file must not be replaced), and the
 * directory fsynced so the new name itself survives a power cut. Without the fsyncs
 * a filesystem may commit the rename (and the file's size) before the data, and a
 * crash leaves a file of the right name that is empty or holds zeros.
 *
 * Every step goes through `beforeStep` when one is given: a test fails the write at
 * each step in turn and checks what is left (see durable-files.int.spec.ts).
 */
export type DurableStep = 'create-temporary' | 'write' | 'sync-file' | 'move-into-place' | 'sync-directory';

export interface DurableWriteOptions {
  /** File mode of the new file (default 0o644). */
  mode?: number;
  /** Called before each step with the path it acts on; what it throws fails the write there. */
  beforeStep?: (step: DurableStep, path: string) => void;
}

/** A file is already in place where `createFileDurably` was to put one. */
export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  readonly code = 'EEXIST';
}

/** Temporary files end so: a crash between creating one and moving it into place leaves it behind, and a start names it. */
export const UNFINISHED_SUFFIX = '.unfinished';

function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}${UNFINISHED_SUFFIX}`);
}

const noStep = () => undefined;

/** Writes `data` to `path`, replacing any file there, durably: the old content or the new whole, never part. */
export async function writeFileDurably(path: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  await writeThenMove(path, data, options, 'replace');
}

/**
 * Writes `data` to a new file at `path`, durably; throws FileExistsError, leaving the
 * existing file alone, if there is one already (two processes making the same key at
 * once: one wins, the other reads what it made).
 */
export async function createFileDurably(path: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  await writeThenMove(path, data, options, 'create');
}

async function writeThenMove(path: string, data: string | Uint8Array, options: DurableWriteOptions, mode: 'replace' | 'create'): Promise<void> {
  const step = options.beforeStep ?? noStep;
  const temporary = temporaryPathFor(path);
  try {
    step('create-temporary', temporary);
    const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, options.mode ?? 0o644);
    try {
      step('write', temporary);
      await handle.writeFile(data);
      step('sync-file', temporary);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await moveIntoPlace(temporary, path, { ...options, replace: mode === 'replace' });
  } finally {
    // Gone already once moved; where the filesystem refuses even this, a start names what is left.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** fsyncs a file written by other means (a stream), so that moving it into place cannot outrun its data. */
export async function syncFile(path: string, options: DurableWriteOptions = {}): Promise<void> {
  (options.beforeStep ?? noStep)('sync-file', path);
  const handle = await open(path, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Moves a file whose data is already durable (see syncFile) to `to`, on the same
 * filesystem, and fsyncs the directory it now lives in. `replace: false` keeps a file
 * already at `to` (FileExistsError) and leaves `from` where it was; should the fsync
 * of the directory then fail, the file it put at `to` is removed again.
 */
export async function moveIntoPlace(from: string, to: string, options: DurableWriteOptions & { replace: boolean }): Promise<void> {
  const step = options.beforeStep ?? noStep;
  step('move-into-place', to);
  if (options.replace) {
    await rename(from, to);
  } else {
    // link() fails with EEXIST where rename() would replace: the no-clobber move.
    try {
      await link(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(`${to} exists already`);
      throw error;
    }
    await rm(from, { force: true });
  }
  try {
    step('sync-directory', dirname(to));
    await syncDirectory(dirname(to));
  } catch (error) {
    // A new name that may not survive a crash is not relied on: a file this call created is taken away again.
    if (!options.replace) await rm(to, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** fsyncs a directory: the names created, renamed or removed in it are on disk once this resolves. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes `dir` and any missing parents, each new one fsynced into its parent, so that a file put in it later can be found after a crash. */
export async function ensureDirectoryDurably(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; !(await exists(at)); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const made of missing) {
    await mkdir(made, { recursive: true });
    await syncDirectory(dirname(made));
  }
}

/** Temporary files in `dir` that a crash left before they were moved into place (never acknowledged, so safe to remove). */
export async function findUnfinishedFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names.filter((name) => name.startsWith('.') && name.endsWith(UNFINISHED_SUFFIX)).map((name) => join(dir, name));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
