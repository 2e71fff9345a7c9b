import { accessSync, constants, existsSync, readFileSync, realpathSync, statfsSync } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import type { StorageFault, StorageFaultKind } from '../port/event-store.port';

/**
 * What is wrong with the files under an SQLite database, asked of the filesystem when
 * SQLite reports a failure (its error says "disk I/O error" for a read-only or
 * immutable file alike, and carries no errno) and whenever health is asked.
 */
export class StorageProbe {
  constructor(private readonly file: string) {}

  /** The fault the filesystem shows now, if any: gone files are the caller's (it knows which file it opened). */
  now(): Omit<StorageFault, 'at'> | null {
    return this.unwritable() ?? this.full();
  }

  /** Classifies an error SQLite raised while writing; unknown failures are io-error with SQLite's own words. */
  classify(error: unknown): Omit<StorageFault, 'at'> {
    const code = (error as { code?: unknown } | null)?.code;
    const message = (error as Error | null)?.message ?? String(error);
    if (typeof code === 'string' && code.startsWith('SQLITE_FULL')) return this.full(true)!;
    const seen = this.now();
    if (seen) return seen;
    if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return fault('read-only', `the event store's files cannot be written (${message})`);
    return fault('io-error', `the event store's files could not be written: ${message}`);
  }

  /** Whether the directory, the database or its WAL cannot be written, and why (the filesystem read-only, a file immutable, no permission). */
  private unwritable(): Omit<StorageFault, 'at'> | null {
    const dir = dirname(this.file);
    if (mountedReadOnly(dir)) return fault('read-only', `the event store's files cannot be written: the filesystem is read-only (EROFS)`);
    for (const path of [dir, this.file, `${this.file}-wal`]) {
      if (path !== dir && !existsSync(path)) continue;
      try {
        accessSync(path, constants.W_OK);
      } catch (error) {
        const errno = (error as NodeJS.ErrnoException).code ?? 'unknown';
        const name = path === dir ? 'its directory' : basename(path);
        const why =
          errno === 'EROFS'
            ? `the filesystem is read-only (EROFS)`
            : errno === 'EPERM'
              ? `${name} is immutable (EPERM)`
              : errno === 'EACCES'
                ? `${name} may not be written by this process (EACCES)`
                : `${name} cannot be written (${errno})`;
        if (errno === 'ENOENT') return null;
        return fault('read-only', `the event store's files cannot be written: ${why}`);
      }
    }
    return null;
  }

  /** Whether the filesystem has no room left (or, when SQLite said so, however little it has). */
  private full(sqliteSaidFull = false): Omit<StorageFault, 'at'> | null {
    let free: number | null = null;
    try {
      const stats = statfsSync(dirname(this.file));
      // Root may write into the blocks reserved for it; anyone else stops at bavail.
      free = (process.getuid?.() === 0 ? stats.bfree : stats.bavail) * stats.bsize;
    } catch {
      // The directory is gone: the caller's file-gone check says so.
    }
    if (!sqliteSaidFull && free !== 0) return null;
    return fault('disk-full', `the disk holding the event store is full${free === null ? '' : ` (${free} bytes free)`}; nothing more can be recorded until space is freed`);
  }
}

/**
 * Whether the filesystem holding `dir` is mounted read-only, as Linux's mount table
 * says. An ext4 filesystem that met an error under errors=remount-ro is flagged
 * `emergency_ro` there, and refuses every write with EROFS, while access(2) still
 * reports it writable.
 */
function mountedReadOnly(dir: string): boolean {
  let table: string;
  let path: string;
  try {
    table = readFileSync('/proc/self/mountinfo', 'utf8');
    path = realpathSync(dir);
  } catch {
    return false;
  }
  let best: { point: string; options: string[] } | null = null;
  for (const line of table.split('\n')) {
    const fields = line.split(' ');
    const separator = fields.indexOf('-');
    if (separator < 6) continue;
    const point = fields[4].replace(/\\(\d{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const within = path === point || path.startsWith(point === sep ? sep : `${point}${sep}`);
    if (within && (best === null || point.length >= best.point.length)) {
      best = { point, options: [...fields[5].split(','), ...(fields[separator + 3] ?? '').split(',')] };
    }
  }
  return best !== null && (best.options.includes('ro') || best.options.includes('emergency_ro'));
}

function fault(kind: StorageFaultKind, detail: string): Omit<StorageFault, 'at'> {
  return { kind, detail };
}
