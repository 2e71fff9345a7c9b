import type Database from 'better-sqlite3';
import type { EventStore } from '@compact-ledger/event-store';
import { CheckpointIssuer } from './checkpoint/checkpoint-issuer';
import { SqliteCheckpointStore, type StoredCheckpoint } from './checkpoint/checkpoint-store';
import { formatTlogProof } from './checkpoint/tlog-proof';
import { consistencyProof, inclusionProof, ProofError, treeRoot } from './merkle/proofs';
import { HASH_SIZE } from './merkle/rfc6962';
import { TILE_WIDTH } from './tiles/tile-store.port';
import type { LogKey } from './note/log-key';
import { openTransparencyDatabase, SqliteTileStore } from './tiles/sqlite-tile-store';
import { TileNodeReader } from './tiles/tile-node-reader';
import { type LeafEntry, LogRewrittenError, TreeAppender } from './tiles/tree-appender';

/** Where the log's leaves come from: event hashes in global order (SqliteEventStore.eventHashesAfter is one). */
export interface EventHashSource {
  /** Events whose position is greater than `after`, in position order, at most `limit`. */
  eventHashesAfter(after: number, limit: number): Promise<LeafEntry[]> | LeafEntry[];
}

/** Any event store, through its port's readAll (which parses every event: slower than a store's own hash read). */
export function eventStoreHashSource(store: Pick<EventStore, 'readAll'>): EventHashSource {
  return {
    async eventHashesAfter(after, limit) {
      const events = await store.readAll({ after, limit });
      return events.map((event) => ({ position: event.position, hash: event.metadata.hash }));
    },
  };
}

export interface TransparencyLogOptions {
  /** The SQLite file for the tiles and checkpoints (e.g. <data dir>/transparency.db). */
  file: string;
  /** The log key; its name is the log's origin. */
  key: LogKey;
  source: EventHashSource;
  /** Least time between checkpoints issued after growth. Default 1,000 ms. */
  minCheckpointIntervalMs?: number;
  clock?: () => Date;
  /** A checkpoint issued in the background failed: log it. */
  onError?: (error: unknown) => void;
  /** Each checkpoint as it is issued: where the wiring hands it to witnesses (see CheckpointIssuerOptions.onIssued). */
  onCheckpointIssued?: (checkpoint: StoredCheckpoint) => void;
  /** Event hashes read from the source at a time while catching up. Default 10,000. */
  pageSize?: number;
  /** Open the file for this process alone (the ledger's own files are): no -shm file, whose fault could raise SIGBUS. */
  processExclusive?: boolean;
}

/**
 * The ledger's transparency log: the RFC 6962 tree over the global log (leaf i is
 * the hash of the event at position i + 1), kept as tlog-tiles in SQLite, and the
 * checkpoints issued over it. The wiring calls afterCommit() after each group
 * commit, issueCheckpoint() for a checkpoint on demand, and reads proofs and
 * checkpoints from here.
 */
export class TransparencyLog {
  private readonly db: Database.Database;
  private readonly tiles: SqliteTileStore;
  private readonly reader: TileNodeReader;
  private readonly appender: TreeAppender;
  readonly checkpoints: SqliteCheckpointStore;
  private readonly issuer: CheckpointIssuer;
  /** The catch-ups in order; `waiting` is one not started yet, which any further request joins. */
  private lastSync: Promise<unknown> = Promise.resolve();
  private waiting: Promise<number> | null = null;
  private checkedAgainstSource = false;

  private constructor(private readonly options: TransparencyLogOptions) {
    this.db = openTransparencyDatabase(options.file, { processExclusive: options.processExclusive });
    try {
      this.tiles = new SqliteTileStore(this.db);
      this.reader = new TileNodeReader(this.tiles);
      this.appender = new TreeAppender(this.tiles, this.reader);
      this.checkpoints = new SqliteCheckpointStore(this.db);
      this.issuer = new CheckpointIssuer({
        tree: { size: () => this.appender.size(), root: () => this.appender.root(), rootAt: (size) => treeRoot(size, this.reader) },
        store: this.checkpoints,
        signer: options.key.signer,
        minIntervalMs: options.minCheckpointIntervalMs,
        clock: options.clock,
        onError: options.onError,
        onIssued: options.onCheckpointIssued,
      });
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** Opens the log and catches its tree up with the event store. */
  static async open(options: TransparencyLogOptions): Promise<TransparencyLog> {
    const log = new TransparencyLog(options);
    try {
      await log.sync();
    } catch (error) {
      log.close();
      throw error;
    }
    return log;
  }

  get origin(): string {
    return this.options.key.name;
  }

  /** The log key's verifier key, in signed-note form (for GET /ledger/keys and the CLI). */
  get verifierKey(): string {
    return this.options.key.verifierKey;
  }

  size(): number {
    return this.appender.size();
  }

  root(): Buffer {
    return this.appender.root();
  }

  /**
   * Appends the events the source has that the tree has not. One catch-up runs at a
   * time; a request made while one runs is served by the next, which starts after it
   * (so it sees what was committed before the request), and shared by every request
   * made before that one starts.
   */
  sync(): Promise<number> {
    if (this.waiting) return this.waiting;
    const run = this.lastSync.then(() => {
      this.waiting = null;
      return this.catchUp();
    });
    this.waiting = run;
    this.lastSync = run.catch(() => undefined);
    return run;
  }

  /**
   * After a group commit: catch up, then issue a checkpoint (at most one a second).
   * Never rejects, so it can be called and left (`void log.afterCommit()`): a failure
   * (the event store rewritten under the tree, the log closed) goes to `onError`.
   */
  async afterCommit(): Promise<void> {
    try {
      await this.sync();
      this.issuer.afterGrowth();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** A checkpoint covering every event committed so far. */
  async issueCheckpoint(): Promise<StoredCheckpoint> {
    await this.sync();
    return this.issuer.issueNow();
  }

  latestCheckpoint(): StoredCheckpoint | null {
    return this.checkpoints.latest();
  }

  checkpointAt(size: number): StoredCheckpoint | null {
    return this.checkpoints.atSize(size);
  }

  rootAt(size: number): Buffer {
    this.assertWithinTree(size);
    return treeRoot(size, this.reader);
  }

  /** Inclusion proof of leaf `index` (the event at position index + 1) in the tree of `treeSize` leaves. */
  inclusionProof(index: number, treeSize: number): Buffer[] {
    this.assertWithinTree(treeSize);
    return inclusionProof(index, treeSize, this.reader);
  }

  consistencyProof(from: number, to: number): Buffer[] {
    this.assertWithinTree(to);
    return consistencyProof(from, to, this.reader);
  }

  /** The tlog-proof of the event at `position` in an issued checkpoint (the latest by default). */
  tlogProof(position: number, checkpoint: StoredCheckpoint | null = this.latestCheckpoint()): string {
    if (!checkpoint) throw new ProofError('no checkpoint has been issued yet');
    if (!Number.isSafeInteger(position) || position < 1 || position > checkpoint.size) {
      throw new ProofError(`position ${position} is not in the checkpoint of ${checkpoint.size} events`);
    }
    return formatTlogProof({ index: position - 1, proof: this.inclusionProof(position - 1, checkpoint.size), checkpoint: checkpoint.note });
  }

  /**
   * A tile as tlog-tiles serves it (GET <prefix>/tile/<L>/<N>[.p/<W>]): the full tile,
   * or for a width the first `width` hashes of it; null where the log has no such tile
   * (yet), or the width asked is not a partial tile the stored one covers.
   */
  tile(level: number, index: number, width = TILE_WIDTH): Buffer | null {
    if (!Number.isSafeInteger(level) || !Number.isSafeInteger(index) || level < 0 || index < 0 || width < 1 || width > TILE_WIDTH) return null;
    const stored = this.tiles.readTile(level, index);
    if (!stored || stored.length < width * HASH_SIZE) return null;
    return stored.subarray(0, width * HASH_SIZE);
  }

  /** Storage reads so far: tiles read from SQLite, and node hashes asked of them. */
  readCounters(): { tileReads: number; nodeReads: number } {
    return { tileReads: this.reader.tileReads, nodeReads: this.reader.nodeReads };
  }

  /** The node reader, for the pack writer's proofs and for measuring them. */
  nodeReader(): TileNodeReader {
    return this.reader;
  }

  close(): void {
    this.issuer.close();
    this.db.close();
  }

  private assertWithinTree(size: number): void {
    if (size > this.appender.size()) throw new ProofError(`the log has ${this.appender.size()} events, fewer than ${size}`);
  }

  private async catchUp(): Promise<number> {
    const size = await appendFromSource(this.appender, this.options.source, this.options.pageSize ?? DEFAULT_PAGE_SIZE, !this.checkedAgainstSource);
    this.checkedAgainstSource = true;
    return size;
  }
}

const DEFAULT_PAGE_SIZE = 10_000;

/**
 * Appends to the tree every leaf the source has that the tree has not. `checkLastLeaf`
 * reads the tree's last leaf again first: an event store replaced or cut short since
 * is caught there (LogRewrittenError).
 */
async function appendFromSource(appender: TreeAppender, source: EventHashSource, pageSize: number, checkLastLeaf: boolean): Promise<number> {
  if (checkLastLeaf && appender.size() > 0) {
    const size = appender.size();
    const page = await source.eventHashesAfter(size - 1, pageSize);
    if (page.length === 0 || page[0].position !== size) {
      throw new LogRewrittenError(`the event store has no event at position ${size}, which the log's tree already holds: it was replaced or cut short`);
    }
    appender.append(page);
  }
  for (;;) {
    const page = await source.eventHashesAfter(appender.size(), pageSize);
    if (page.length === 0) return appender.size();
    appender.append(page);
  }
}

/** The size of the tree a transparency file holds (0 for a new file). */
export function storedTreeSize(file: string, options: { processExclusive?: boolean } = {}): number {
  const db = openTransparencyDatabase(file, options);
  try {
    return new SqliteTileStore(db).size();
  } finally {
    db.close();
  }
}

/**
 * Catches the tree a transparency file holds up with the source, and closes the file:
 * what TransparencyLog.open does first, without the log key or the checkpoints, so that
 * a long catch-up can run on a thread of its own and leave its garbage there. Returns
 * the tree's size.
 */
export async function catchUpStoredTree(options: Pick<TransparencyLogOptions, 'file' | 'source' | 'pageSize' | 'processExclusive'>): Promise<number> {
  const db = openTransparencyDatabase(options.file, { processExclusive: options.processExclusive });
  try {
    const tiles = new SqliteTileStore(db);
    return await appendFromSource(new TreeAppender(tiles, new TileNodeReader(tiles)), options.source, options.pageSize ?? DEFAULT_PAGE_SIZE, true);
  } finally {
    db.close();
  }
}
