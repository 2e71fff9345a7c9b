import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

// better-sqlite3 turns on SQLite's URI filenames, for the whole process, when this is
// set as its native addon loads (at the first connection a process opens): the
// maintainers' answer to WiseLibs/better-sqlite3#483. It is what lets a connection
// name its VFS. Set before any connection is opened by every process that imports
// this library; if something opened one first, `walIndexInHeap` says so.
process.env.SQLITE_USE_URI ??= '1';

export interface OpenSqliteOptions {
  /**
   * Keep the file to this process: SQLite's `unix-excl` VFS, which takes one lock on
   * the file for the process (its connections, on any thread, coordinate in memory)
   * and keeps the WAL index in heap memory instead of a memory-mapped `-shm` file.
   * A `-shm` page the kernel cannot write back (the file made immutable, the
   * filesystem gone read-only under it) raises SIGBUS in whichever thread touches it
   * next, and the process dies; in heap memory there is no such page. Another process
   * then cannot open the file while this one has it.
   */
  processExclusive?: boolean;
  /** Refuse writes on this connection (PRAGMA query_only); the file is opened read-write so it joins the process's lock. */
  queryOnly?: boolean;
  fileMustExist?: boolean;
  /** Milliseconds a statement waits for another connection's lock (better-sqlite3's timeout). */
  timeout?: number;
}

let uriFilenames: boolean | null = null;

/**
 * Whether this process's SQLite reads URI filenames: probed once, by opening a URI
 * for an in-memory database under a directory that does not exist (read as a plain
 * name it fails, and creates nothing).
 */
function sqliteReadsUris(): boolean {
  if (uriFilenames === null) {
    try {
      new Database('file:/compact-ledger-uri-probe/none?mode=memory').close();
      uriFilenames = true;
    } catch {
      uriFilenames = false;
    }
  }
  return uriFilenames;
}

/** Whether `processExclusive` connections keep the WAL index in heap memory here (false: SQLite's URIs are off, and a -shm file is used). */
export function walIndexInHeap(): boolean {
  return sqliteReadsUris();
}

/** Opens an SQLite file (see OpenSqliteOptions); its WAL mode and pragmas are the caller's. */
export function openSqlite(file: string, options: OpenSqliteOptions = {}): Database.Database {
  const exclusive = options.processExclusive === true && sqliteReadsUris();
  const name = exclusive ? `${pathToFileURL(resolve(file)).href}?vfs=unix-excl` : file;
  // Outside the process's lock, a query-only connection is a read-only one, as it always was.
  const readonly = options.queryOnly === true && !exclusive;
  const db = new Database(name, { readonly, fileMustExist: options.fileMustExist || readonly, timeout: options.timeout ?? 5000 });
  if (options.queryOnly && exclusive) db.pragma('query_only = ON');
  return db;
}
