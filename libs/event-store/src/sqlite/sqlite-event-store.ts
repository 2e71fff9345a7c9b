import { EventEmitter } from 'node:events';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { ChainVerifier, type StoredEventText } from '../envelope/chain-verifier';
import type { StoredEvent } from '../envelope/stored-event';
import { GENESIS_HASH, openEnvelope, sealEvent } from '../envelope/hash-chain';
import { DuplicateEventIdError, LogIntegrityError, StoreUnavailableError, WrongExpectedRevisionError } from '../port/errors';
import { validateAppend } from '../port/validate-append';
import type {
  AllSubscription,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  AppendsStatus,
  ChainBreak,
  ChainStatus,
  StorageFault,
  StoreHealth,
  SubscribeToAllOptions,
  SubscriptionBatch,
  VerificationReport,
} from '../port/event-store.port';
import { ChainScan } from './chain-scan';
import { openSqlite } from './open-database';
import { EVENTS_SCHEMA, HASHED_TEXT } from './schema';
import { StorageProbe } from './storage-faults';
import { type ChunkPlan, planChunks, type VerifiedChunk, verifyClaimedChunks, verifyLogSegment } from './verify-segment';
import { verifyChunksInWorker } from './verify-worker-launcher';
import { WalCheckpointThread } from './wal-checkpoint-thread';

export interface SqliteEventStoreOptions {
  /** Path of the database file. */
  file: string;
  /** FULL (the default) makes every acknowledged append survive power loss. */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a writer waits for another process's write lock. */
  busyTimeoutMs?: number;
  /** How often a live subscription looks for appends made by other processes. */
  foreignAppendPollMs?: number;
  /** Largest number of queued appends committed in one transaction. */
  maxGroupSize?: number;
  /** From how many events verifyAll splits the log over two cores. */
  parallelVerifyFrom?: number;
  /**
   * Who checkpoints the WAL: a thread of the store's own ('thread', the default), from
   * when this store has committed `checkpointThreadFrom` events, or SQLite inside the
   * COMMIT that takes the WAL past 1,000 pages ('commits').
   */
  walCheckpoints?: 'thread' | 'commits';
  checkpointThreadFrom?: number;
  /** How often the checkpoint thread looks for new commits to checkpoint. */
  checkpointIntervalMs?: number;
  /**
   * Hold the file for this process alone, with the WAL index in heap memory rather than
   * a memory-mapped -shm file (see openSqlite): a filesystem fault then answers as an
   * error instead of SIGBUS. Every connection this store opens (its threads' too) does
   * the same; another process cannot open the file meanwhile. The API sets it (it keeps
   * its data directory to itself anyway); the default lets several processes append.
   */
  processExclusive?: boolean;
  clock?: () => Date;
}

type Row = [position: number, streamId: string, revision: number, eventId: string, type: string, data: string, metadata: string, hash: string];

interface PendingAppend {
  streamId: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/** SQLite's own default for wal_autocheckpoint, in pages: what appends go back to without the thread. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/** Chunks a log verified on two cores is cut into: enough for the later-starting worker's share to even out. */
const VERIFY_CHUNKS = 32;

const COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata, hash';

/**
 * The embedded event store: one SQLite file in WAL mode.
 *
 * Appends are queued and committed together (group commit): every append that is
 * waiting when the writer runs goes into one transaction, each checking its own
 * expected revision and failing alone (a batch of several events inside its own
 * savepoint), and all are acknowledged after the one commit (and its fsync) that
 * made them durable.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly maxGroupSize: number;
  private readonly foreignAppendPollMs: number;
  private readonly parallelVerifyFrom: number;
  private readonly appended = new EventEmitter();
  private readonly queue: PendingAppend[] = [];
  private flushScheduled = false;
  private commits = 0;
  private eventsCommitted = 0;
  private checkpointThread: WalCheckpointThread | null = null;
  private mayStartCheckpointThread: boolean;
  private checkpointing: 'thread' | 'commits' = 'commits';
  private sharedPage: { after: number; limit: number; commits: number; events: RecordedEvent[] } | null = null;
  private closed = false;
  private closing: Promise<void> | null = null;
  private readonly fileIdentity: FileIdentity | null;
  private readonly storage: StorageProbe;
  private goneSeen: string | null = null;
  /** The last storage fault seen, kept once cleared, for health. */
  private lastFault: StorageFault | null = null;
  /** The fault the last failed commit met, until a commit succeeds again. */
  private failingSince: StorageFault | null = null;
  /** Streams whose hash chain was found broken: no append is chained onto them. */
  private readonly brokenStreams = new Map<string, ChainBreak>();
  /** Why the whole log is refused appends (events missing from it), if it is. */
  private logIncomplete: string | null = null;
  private lastFullCheck: ChainStatus['lastFullCheck'] = null;
  private chainWatch: { scan: ChainScan; timer: NodeJS.Timeout; eventsPerStep: number; onBroken(broken: ChainBreak): void } | null = null;

  private readonly stmt: {
    head: Database.Statement<[string], { revision: number; hash: string }>;
    insert: Database.Statement<[string, number, string, string, string, string, string]>;
    byEventId: Database.Statement<[string], { position: number; stream_id: string; revision: number; type: string }>;
    readForwards: Database.Statement<[string, number, number, number]>;
    readBackwards: Database.Statement<[string, number, number, number]>;
    readAll: Database.Statement<[number, number]>;
    hashesAfter: Database.Statement<[number, number], { position: number; hash: string }>;
    headPosition: Database.Statement<[], { p: number }>;
    verifyStream: Database.Statement<[string]>;
    positionGap: Database.Statement<[], { p: number }>;
    begin: Database.Statement<[]>;
    commit: Database.Statement<[]>;
    savepoint: Database.Statement<[]>;
    release: Database.Statement<[]>;
    rollbackToSavepoint: Database.Statement<[]>;
    positionSpan: Database.Statement<[], { n: number; lo: number; hi: number }>;
  };

  constructor(private readonly options: SqliteEventStoreOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.maxGroupSize = options.maxGroupSize ?? 256;
    this.mayStartCheckpointThread = (options.walCheckpoints ?? 'thread') === 'thread';
    this.foreignAppendPollMs = options.foreignAppendPollMs ?? 500;
    // A verification worker starts in about 40 ms; below this many events it costs more than it saves.
    this.parallelVerifyFrom = options.parallelVerifyFrom ?? 50_000;
    this.appended.setMaxListeners(0);
    this.storage = new StorageProbe(options.file);
    try {
      // The busy timeout from the open on: the first pragma may already meet another process's lock.
      this.db = openSqlite(options.file, { processExclusive: options.processExclusive, timeout: options.busyTimeoutMs ?? 10_000 });
      this.db.pragma('journal_mode = WAL');
      this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
      this.db.exec(EVENTS_SCHEMA);
      this.fileIdentity = identityOf(options.file);
    } catch (error) {
      throw new StoreUnavailableError(`cannot open the event store at ${options.file}: ${(error as Error).message}`, { cause: error });
    }
    const db = this.db;
    this.stmt = {
      head: db.prepare('SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1'),
      insert: db.prepare('INSERT INTO events (stream_id, revision, event_id, type, data, metadata, hash) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      byEventId: db.prepare('SELECT position, stream_id, revision, type FROM events WHERE event_id = ?'),
      readForwards: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? AND revision <= ? ORDER BY revision ASC LIMIT ?`).raw(),
      readBackwards: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? AND revision >= ? ORDER BY revision DESC LIMIT ?`).raw(),
      readAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`).raw(),
      hashesAfter: db.prepare('SELECT position, hash FROM events WHERE position > ? ORDER BY position ASC LIMIT ?'),
      headPosition: db.prepare('SELECT coalesce(max(position), 0) AS p FROM events'),
      positionGap: db.prepare(
        'SELECT e.position + 1 AS p FROM events e WHERE e.position < (SELECT max(position) FROM events) AND NOT EXISTS (SELECT 1 FROM events n WHERE n.position = e.position + 1) ORDER BY e.position LIMIT 1',
      ),
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      savepoint: db.prepare('SAVEPOINT one_append'),
      release: db.prepare('RELEASE one_append'),
      rollbackToSavepoint: db.prepare('ROLLBACK TO one_append'),
      positionSpan: db.prepare('SELECT count(*) AS n, coalesce(min(position), 1) AS lo, coalesce(max(position), 0) AS hi FROM events'),
      verifyStream: db.prepare(`SELECT position, stream_id, revision, ${HASHED_TEXT}, hash FROM events WHERE stream_id = ? ORDER BY revision ASC`).raw(),
    };
  }

  get file(): string {
    return this.options.file;
  }

  /** Whether it holds its file for this process alone (another connection to it in this process must, too). */
  get processExclusive(): boolean {
    return this.options.processExclusive === true;
  }

  append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('the event store is closed'));
    try {
      validateAppend(streamId, events, expectedRevision);
      this.assertWhole(streamId);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ streamId, events, expected: expectedRevision, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, this.maxGroupSize);
      this.commitGroup(group);
    }
  }

  private commitGroup(group: PendingAppend[]): void {
    const gone = this.fileGone();
    if (gone) {
      const fault = this.faultSeen({ kind: 'file-gone', detail: gone }, true);
      const failure = new StoreUnavailableError(gone, { retryable: false, fault });
      for (const pending of group) pending.reject(failure);
      return;
    }
    const outcomes: Array<{ ok: AppendResult } | { error: unknown }> = [];
    try {
      this.stmt.begin.run();
      for (const pending of group) {
        if (pending.events.length === 1) {
          // One INSERT needs no savepoint: a statement that fails leaves nothing behind.
          try {
            outcomes.push({ ok: this.appendInTransaction(pending) });
          } catch (error) {
            // Unless SQLite rolled back the whole transaction (a full disk, an I/O error): then the group fails.
            if (!this.db.inTransaction) throw error;
            outcomes.push({ error });
          }
          continue;
        }
        this.stmt.savepoint.run();
        try {
          outcomes.push({ ok: this.appendInTransaction(pending) });
          this.stmt.release.run();
        } catch (error) {
          this.stmt.rollbackToSavepoint.run();
          this.stmt.release.run();
          outcomes.push({ error });
        }
      }
      this.stmt.commit.run();
    } catch (error) {
      try {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
      } catch {
        // The storage that failed the commit may fail the rollback too; SQLite rolls back on the next transaction.
      }
      const fault = isStorageError(error) ? this.faultSeen(this.storage.classify(error), true) : null;
      const failure = fault
        ? new StoreUnavailableError(fault.detail, { cause: error, retryable: false, fault })
        : new StoreUnavailableError(`append failed: ${(error as Error).message}`, { cause: error });
      for (const pending of group) pending.reject(failure);
      return;
    }
    this.failingSince = null;
    this.commits++;
    this.startCheckpointThreadWhenDue(group);
    group.forEach((pending, i) => {
      const outcome = outcomes[i];
      if ('ok' in outcome) pending.resolve(outcome.ok);
      else pending.reject(outcome.error);
    });
    this.appended.emit('appended');
  }

  /**
   * A checkpoint copies the WAL's pages into the database file and fsyncs it: 5 to 90 ms
   * every 1,000 pages here, which SQLite otherwise spends inside the COMMIT of whichever
   * append crosses that mark, holding this thread (the API's event loop) and every
   * request behind it. A store that has appended little has not reached one yet.
   */
  private startCheckpointThreadWhenDue(group: PendingAppend[]): void {
    if (!this.mayStartCheckpointThread) return;
    for (const pending of group) this.eventsCommitted += pending.events.length;
    if (this.eventsCommitted < (this.options.checkpointThreadFrom ?? 500)) return;
    this.mayStartCheckpointThread = false;
    try {
      this.checkpointThread = new WalCheckpointThread(
        {
          file: this.options.file,
          intervalMs: this.options.checkpointIntervalMs ?? 100,
          synchronous: this.options.synchronous ?? 'FULL',
          processExclusive: this.options.processExclusive === true,
        },
        {
          onReady: () => this.checkpointBy('thread'),
          // Without it, SQLite checkpoints in the appends' commits again, as it does before the thread starts.
          onStopped: () => this.checkpointBy('commits'),
        },
      );
    } catch {
      // The same: checkpoints stay with the commits.
    }
  }

  private checkpointBy(who: 'thread' | 'commits'): void {
    if (this.closed) return;
    this.db.pragma(`wal_autocheckpoint = ${who === 'thread' ? 0 : SQLITE_AUTOCHECKPOINT_PAGES}`);
    this.checkpointing = who;
  }

  /** Who checkpoints the WAL now: the store's own thread, or SQLite in the appends' commits. */
  get walCheckpointer(): 'thread' | 'commits' {
    return this.checkpointing;
  }

  private appendInTransaction({ streamId, events, expected }: PendingAppend): AppendResult {
    const head = this.stmt.head.get(streamId);
    const actual = head ? head.revision : null;
    if (!revisionMatches(expected, actual)) {
      const retried = this.findRetriedBatch(streamId, events, expected);
      if (retried) return retried;
      throw new WrongExpectedRevisionError(streamId, expected, actual);
    }
    let prevHash = head ? head.hash : GENESIS_HASH;
    let revision = actual ?? -1;
    let position = 0;
    const recordedAt = this.clock().toISOString();
    for (const event of events) {
      revision++;
      const sealed = sealEvent(streamId, revision, event, prevHash, recordedAt);
      try {
        position = Number(
          this.stmt.insert.run(streamId, revision, sealed.eventId, sealed.type, sealed.dataJson, sealed.metadataJson, sealed.hash).lastInsertRowid,
        );
      } catch (error) {
        if (isUniqueViolation(error, 'events.event_id')) {
          const retried = this.findRetriedBatch(streamId, events, expected);
          if (retried) return retried;
          throw new DuplicateEventIdError(
            streamId,
            events.map((e) => e.metadata.eventId).filter((id) => this.stmt.byEventId.get(id)),
          );
        }
        throw error;
      }
      prevHash = sealed.hash;
    }
    return { streamRevision: revision, position };
  }

  /** The same batch stored before (same ids, in order, in this stream, where it was expected): a safe retry. */
  private findRetriedBatch(streamId: string, events: NewEvent[], expected: ExpectedRevision): AppendResult | null {
    const stored = events.map((e) => this.stmt.byEventId.get(e.metadata.eventId));
    if (stored.every((row) => row === undefined)) return null;
    const first = stored[0];
    const sameBatch =
      first !== undefined &&
      stored.every((row, i) => row !== undefined && row.stream_id === streamId && row.revision === first.revision + i && row.type === events[i].type) &&
      (expected === 'any' || expected === 'stream_exists' || (expected === 'no_stream' ? first.revision === 0 : first.revision === expected + 1));
    if (!sameBatch) {
      throw new DuplicateEventIdError(
        streamId,
        events.filter((_, i) => stored[i] !== undefined).map((e) => e.metadata.eventId),
      );
    }
    const last = stored[stored.length - 1]!;
    return { streamRevision: last.revision, position: last.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.streamRows(streamId, options).map(toRecordedEvent);
  }

  private streamRows(streamId: string, options: ReadStreamOptions): Row[] {
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    return (
      options.direction === 'backwards'
        ? this.stmt.readBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, options.toRevision ?? 0, max)
        : this.stmt.readForwards.all(streamId, options.fromRevision ?? 0, options.toRevision ?? Number.MAX_SAFE_INTEGER, max)
    ) as Row[];
  }

  /** readStream, the events as stored: their data and envelope as the texts that were hashed, not parsed. */
  async readStoredStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.streamRows(streamId, options).map(toStoredEvent);
  }

  /** readAll, the events as stored (see readStoredStream). */
  async readStoredAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.logRows(options.after ?? 0, options.limit ?? 1000).map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.readAllNow(options.after ?? 0, options.limit ?? 1000);
  }

  private readAllNow(after: number, limit: number): RecordedEvent[] {
    return this.logRows(after, limit).map(toRecordedEvent);
  }

  private logRows(after: number, limit: number): Row[] {
    return this.stmt.readAll.all(after, limit) as Row[];
  }

  /**
   * Event hashes in global order, positions after `after`, at most `limit`: what the
   * transparency log's Merkle tree takes as its leaves, without reading the events.
   */
  eventHashesAfter(after: number, limit: number): Array<{ position: number; hash: string }> {
    this.assertOpen();
    return this.stmt.hashesAfter.all(after, limit);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const control = { closed: false, wake: null as (() => void) | null };
    const onAppend = () => control.wake?.();
    this.appended.on('appended', onAppend);
    this.appended.on('closed', onAppend);
    const iterator = this.subscriptionBatches(options.after ?? 0, options.maxBatch ?? 1000, control, () => {
      this.appended.off('appended', onAppend);
      this.appended.off('closed', onAppend);
    });
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        control.closed = true;
        control.wake?.();
        await iterator.return(undefined);
      },
    };
  }

  private async *subscriptionBatches(
    after: number,
    maxBatch: number,
    control: { closed: boolean; wake: (() => void) | null },
    cleanup: () => void,
  ): AsyncGenerator<SubscriptionBatch> {
    let checkpoint = after;
    let announcedCaughtUp = false;
    try {
      while (!control.closed && !this.closed) {
        const seenCommits = this.commits;
        const events = this.readForSubscription(checkpoint, maxBatch);
        const caughtUp = events.length < maxBatch;
        if (events.length > 0) {
          checkpoint = events[events.length - 1].position;
          announcedCaughtUp = caughtUp;
          yield { events, caughtUp };
        } else if (!announcedCaughtUp) {
          announcedCaughtUp = true;
          yield { events, caughtUp: true };
        }
        if (caughtUp) await this.nextAppend(seenCommits, control);
      }
    } finally {
      cleanup();
    }
  }

  /**
   * Every live subscription wakes on the same commit and asks for the same page, so a
   * page read for one is handed to the others that ask within the same turn of the
   * event loop (a later turn reads again, so appends by other processes are not
   * missed). The events are frozen, as subscribers share them.
   */
  private readForSubscription(after: number, limit: number): RecordedEvent[] {
    const shared = this.sharedPage;
    if (shared && shared.after === after && shared.limit === limit && shared.commits === this.commits) return shared.events;
    const events = this.readAllNow(after, limit);
    for (const event of events) deepFreeze(event);
    if (!this.sharedPage) setImmediate(() => (this.sharedPage = null));
    this.sharedPage = { after, limit, commits: this.commits, events };
    return events;
  }

  /**
   * Resolves when an append commits in this process (at once, through the emitter),
   * or after a short while, to see appends that other processes made to the file.
   */
  private nextAppend(seenCommits: number, control: { closed: boolean; wake: (() => void) | null }): Promise<void> {
    return new Promise<void>((resolve) => {
      if (control.closed || this.closed || this.commits !== seenCommits) return resolve();
      const timer = setTimeout(done, this.foreignAppendPollMs);
      function done() {
        clearTimeout(timer);
        control.wake = null;
        resolve();
      }
      control.wake = done;
    });
  }

  /** Calls `listener` after each commit this store makes (so another connection can be told); returns the unsubscribe. */
  onCommit(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  /**
   * Another connection to this file (another thread or process) has appended: live
   * subscriptions read now, rather than at their next look for foreign appends.
   */
  notifyAppendedElsewhere(): void {
    if (this.closed) return;
    this.commits++;
    this.appended.emit('appended');
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.stmt.headPosition.get()!.p;
  }

  async streamRevision(streamId: string): Promise<number | null> {
    this.assertOpen();
    return this.stmt.head.get(streamId)?.revision ?? null;
  }

  async verifyStream(streamId: string): Promise<VerificationReport> {
    this.assertOpen();
    return this.verifyStreamNow(streamId);
  }

  private verifyStreamNow(streamId: string): VerificationReport {
    const verifier = new ChainVerifier();
    for (const row of this.stmt.verifyStream.iterate(streamId) as IterableIterator<HashedRow>) verifier.feed(toStoredText(row));
    return verifier.report();
  }

  /**
   * Scans the log once in position order (sequential reads, the hashed text joined
   * by SQLite), then re-checks a broken stream alone in revision order, which tells a
   * reordering from a gap. A large log is verified on two cores: two worker threads
   * take chunks of it in turn from a shared counter, and the chunks' chains are joined
   * here in order where each stream crosses from one chunk to the next. Not this
   * thread: a million events' rows read here grew its heap by tens of MB that it kept
   * (the API's thread, verifying at start), where a worker's heap ends with it.
   */
  async verifyAll(): Promise<VerificationReport> {
    this.assertOpen();
    const span = this.stmt.positionSpan.get()!;
    let verifier: ChainVerifier;
    if (span.n >= this.parallelVerifyFrom) {
      const plan = planChunks(span.lo, span.hi, VERIFY_CHUNKS);
      const counter = new Int32Array(new SharedArrayBuffer(4));
      const inWorker = (): Promise<VerifiedChunk[]> => {
        try {
          return verifyChunksInWorker(this.options.file, plan, counter, this.processExclusive);
        } catch (error) {
          return Promise.reject(error);
        }
      };
      const settled = await Promise.allSettled([inWorker(), inWorker()]);
      const verified = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value : []));
      const here = settled.some((s) => s.status === 'rejected') ? this.verifyChunksLeft(plan, verified) : [];
      const chunks = [...verified, ...here].sort((a, b) => a.index - b.index);
      verifier = ChainVerifier.joinSegments(chunks.map((chunk) => chunk.segment));
    } else {
      verifier = ChainVerifier.fromSegment(verifyLogSegment(this.db, span.lo, span.hi, false));
    }
    // A row removed at the end of a stream leaves its chain whole; the gap it leaves
    // in the global positions still shows, though not whose event it was.
    if (span.n !== span.hi - span.lo + 1 || span.lo !== 1) {
      const gap = span.lo !== 1 ? 1 : this.stmt.positionGap.get()!.p;
      verifier.addUnattributedBreak({ streamId: '(unknown)', revision: -1, position: gap, reason: 'missing', detail: `global position ${gap} is missing` });
    }
    return this.preciseReport(verifier.report());
  }

  /** A scan in position order says where a stream broke but not always how: each broken stream is checked again alone, in revision order. */
  private preciseReport(report: VerificationReport): VerificationReport {
    if (!report.breaks) return report;
    const breaks = report.breaks.map((broken) => (broken.revision >= 0 ? (this.verifyStreamNow(broken.streamId).firstBreak ?? broken) : broken));
    const attributed = breaks.filter((b) => b.revision >= 0);
    return { ...report, breaks, firstBreak: attributed[0] ?? breaks[0] ?? null };
  }

  /**
   * The worker could not start or stopped part-way, so the chunks it claimed may never
   * come back: every chunk this thread did not verify is verified here instead. The
   * answer is the same, only slower.
   */
  private verifyChunksLeft(plan: ChunkPlan, here: VerifiedChunk[]): VerifiedChunk[] {
    const verified = new Set(here.map((chunk) => chunk.index));
    const left = Array.from({ length: plan.count }, (_, index) => index).filter((index) => !verified.has(index));
    let next = 0;
    return verifyClaimedChunks(this.db, plan, () => (next < left.length ? left[next++] : plan.count));
  }

  /**
   * Whether the log can be read, and whether an append could be made now: the files
   * are asked (gone, read-only, the disk full) rather than trusting the last append,
   * and a commit that failed counts until one succeeds again.
   */
  async health(): Promise<StoreHealth> {
    const lastFault = this.lastFault;
    if (this.closed)
      return {
        readable: false,
        headPosition: 0,
        detail: 'closed',
        appends: { possible: false, cause: 'closed', reason: 'the event store is closed' },
        lastFault,
      };
    const gone = this.fileGone();
    if (gone) {
      this.faultSeen({ kind: 'file-gone', detail: gone });
      return { readable: false, headPosition: 0, detail: gone, appends: { possible: false, cause: 'file-gone', reason: gone }, lastFault: this.lastFault };
    }
    let headPosition: number;
    try {
      headPosition = this.stmt.headPosition.get()!.p;
    } catch (error) {
      const fault = this.faultSeen(this.storage.classify(error));
      return {
        readable: false,
        headPosition: 0,
        detail: fault.detail,
        appends: { possible: false, cause: fault.kind, reason: fault.detail },
        lastFault: this.lastFault,
      };
    }
    return { readable: true, headPosition, appends: this.appendsStatus(), lastFault: this.lastFault, chain: this.chainStatus() };
  }

  // The chain check: the whole log verified at start (checkChain), then again and again
  // in the background a few events at a time (watchChain). A stream found broken is
  // refused for appends from then on; events missing from the log refuse them all.

  /** The stream's break, where its hash chain was found broken; null where it was not (or has not been checked). */
  chainBreakOf(streamId: string): ChainBreak | null {
    return this.brokenStreams.get(streamId) ?? null;
  }

  chainStatus(): ChainStatus {
    return {
      lastFullCheck: this.lastFullCheck,
      checkedUpTo: this.chainWatch?.scan.checkedUpTo ?? this.lastFullCheck?.eventsChecked ?? 0,
      brokenStreams: [...this.brokenStreams.values()],
    };
  }

  /** Verifies the whole log now (verifyAll, on two cores for a large log) and refuses appends where it is broken. */
  async checkChain(): Promise<VerificationReport> {
    const report = await this.verifyAll();
    this.recordCheck(report);
    return report;
  }

  /**
   * Checks the whole log again and again in the background: every `intervalMs`, the
   * next `eventsPerStep` events (about 3 µs each on the event loop), a new pass once
   * one reaches the head. The default, 250 events every 50 ms, re-hashes about 5,000
   * events a second, a 100,000-event log each 20 seconds.
   */
  watchChain(options: { eventsPerStep?: number; intervalMs?: number; onBroken?(broken: ChainBreak): void } = {}): void {
    if (this.chainWatch || this.closed) return;
    const eventsPerStep = options.eventsPerStep ?? 250;
    const timer = setInterval(() => this.stepChainWatch(), options.intervalMs ?? 50);
    timer.unref();
    this.chainWatch = { scan: new ChainScan(this.db, eventsPerStep), timer, eventsPerStep, onBroken: options.onBroken ?? (() => undefined) };
  }

  private stepChainWatch(): void {
    const watch = this.chainWatch;
    if (!watch || this.closed) return;
    try {
      watch.scan.step();
    } catch {
      // The file cannot be read just now (health says why); the pass goes on next time.
      return;
    }
    if (!watch.scan.done) return;
    for (const broken of this.recordCheck(this.preciseReport(watch.scan.report()))) watch.onBroken(broken);
    watch.scan = new ChainScan(this.db, watch.eventsPerStep);
  }

  /**
   * Notes a whole pass: each broken stream is refused appends (a stream once found
   * broken stays refused until the store is reopened: an operator restores the log),
   * and a position missing refuses every append.
   */
  private recordCheck(report: VerificationReport): ChainBreak[] {
    this.lastFullCheck = { at: this.clock().toISOString(), eventsChecked: report.eventsChecked, ok: report.ok };
    const found: ChainBreak[] = [];
    for (const broken of report.breaks ?? (report.firstBreak ? [report.firstBreak] : [])) {
      if (broken.revision < 0) {
        if (this.logIncomplete) continue;
        this.logIncomplete = `the log is not whole: ${broken.detail}; no event is appended until an operator restores it`;
      } else {
        if (this.brokenStreams.has(broken.streamId)) continue;
        this.brokenStreams.set(broken.streamId, broken);
      }
      found.push(broken);
    }
    return found;
  }

  /**
   * The log's events must reach `position`, which `witness` (the read models' checkpoints)
   * has seen: a log that ends before it has lost its last events, and appending would
   * give new events the positions of lost ones. Refuses every append if so.
   */
  expectLogToReach(position: number, witness: string): void {
    const head = this.stmt.headPosition.get()!.p;
    if (head < position) {
      this.logIncomplete ??= `the log ends at position ${head}, but ${witness} reached position ${position}: events at its end are missing; no event is appended until an operator restores the log`;
    }
  }

  private assertWhole(streamId: string): void {
    const broken = this.brokenStreams.get(streamId);
    if (broken) {
      throw new LogIntegrityError(
        `stream ${streamId} fails its hash chain at revision ${broken.revision} (${broken.reason}: ${broken.detail}); nothing is appended to it until an operator restores it`,
        broken,
      );
    }
    if (this.logIncomplete) throw new LogIntegrityError(this.logIncomplete, null);
  }

  private appendsStatus(): AppendsStatus {
    if (this.logIncomplete) return { possible: false, cause: 'log-incomplete', reason: this.logIncomplete };
    const now = this.storage.now();
    if (now) {
      this.faultSeen(now);
      return { possible: false, cause: now.kind, reason: now.detail };
    }
    if (this.failingSince) {
      const { kind, detail, at } = this.failingSince;
      return { possible: false, cause: kind, reason: `${detail} (appends have failed since ${at})` };
    }
    return { possible: true };
  }

  /** Records a fault seen now: by a commit that failed (`failed`), or in the files as health found them. */
  private faultSeen(fault: Omit<StorageFault, 'at'>, failed = false): StorageFault {
    const same = this.lastFault?.kind === fault.kind && this.lastFault.detail === fault.detail;
    const seen = same ? this.lastFault! : { ...fault, at: this.clock().toISOString() };
    this.lastFault = seen;
    if (failed && this.failingSince?.kind !== seen.kind) this.failingSince = seen;
    return seen;
  }

  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    this.flush();
    this.closed = true;
    if (this.chainWatch) clearInterval(this.chainWatch.timer);
    this.appended.emit('closed');
    await this.checkpointThread?.close();
    this.db.close();
  }

  /**
   * Whether the path no longer leads to the file this store opened (deleted with its data
   * directory, or replaced). SQLite would go on committing to the open file in WAL mode,
   * and every append acknowledged from then on would vanish when the process ends.
   */
  fileGone(): string | null {
    if (this.goneSeen) return this.goneSeen;
    if (this.fileIdentity === null) return null;
    const now = identityOf(this.options.file);
    if (now === null) return (this.goneSeen = `the event store's file ${basename(this.options.file)} was deleted while the store had it open`);
    if (now.dev !== this.fileIdentity.dev || now.ino !== this.fileIdentity.ino) {
      return (this.goneSeen = `the event store's file ${basename(this.options.file)} was replaced by another while the store had it open`);
    }
    return null;
  }

  /** What fileGone() last found, without asking the filesystem again: a file once gone from under the store stays so. */
  get fileGoneSeen(): string | null {
    return this.goneSeen;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the event store is closed');
  }
}

interface FileIdentity {
  dev: number;
  ino: number;
}

/** The device and inode the path leads to now; null for none (or an in-memory database). */
function identityOf(file: string): FileIdentity | null {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? { dev: stats.dev, ino: stats.ino } : null;
}

/** SQLite failing on its files rather than on a statement: what a storage fault looks like from above. */
function isStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(IOERR|FULL|READONLY|CANTOPEN|CORRUPT|NOTADB)/.test(code);
}

function revisionMatches(expected: ExpectedRevision, actual: number | null): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === null;
    case 'stream_exists':
      return actual !== null;
    default:
      return actual === expected;
  }
}

function isUniqueViolation(error: unknown, column: string): boolean {
  const e = error as { code?: string; message?: string };
  return e.code === 'SQLITE_CONSTRAINT_UNIQUE' && (e.message ?? '').includes(column);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

function toRecordedEvent(row: Row): RecordedEvent {
  const { data, metadata } = openEnvelope(row[5], row[6], row[7]);
  return { position: row[0], streamId: row[1], revision: row[2], type: row[4], data, metadata };
}

function toStoredEvent(row: Row): StoredEvent {
  return { position: row[0], streamId: row[1], revision: row[2], type: row[4], dataJson: row[5], metadataJson: row[6], hash: row[7] };
}

type HashedRow = [position: number, streamId: string, revision: number, hashedText: string, hash: string];

function toStoredText(row: HashedRow): StoredEventText {
  return { position: row[0], streamId: row[1], revision: row[2], hashedText: row[3], hash: row[4] };
}
