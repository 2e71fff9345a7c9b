/**
 * The event store port (docs/architecture.md). Every adapter
 * (SQLite, EventStoreDB) implements it and passes the contract suite in
 * `@compact-ledger/event-store/testing`.
 *
 * Conventions, the same as EventStoreDB's:
 * - a stream's first event has revision 0; a stream's revision is that of its last event;
 * - a global position is a positive, strictly increasing number; a checkpoint of 0 means
 *   "before the first event", and `readAll({ after })` returns events whose position is > after.
 */

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Who did it: taken from the authenticated request, never from the body. */
export interface Actor {
  subject: string;
  name: string;
  role: string;
  organisation: string | null;
}

/** What a caller supplies for each event; the store adds the rest of the envelope. */
export interface NewEvent {
  type: string;
  data: JsonObject;
  metadata: {
    eventId: string;
    actor: Actor;
    /** When it took effect in the world, where that differs from when it was recorded (ISO 8601). */
    effectiveAt?: string | null;
    correlationId?: string | null;
    causationId?: string | null;
  };
}

/** The envelope every stored event carries (docs/architecture.md). */
export interface EventEnvelope {
  eventId: string;
  actor: Actor;
  recordedAt: string;
  effectiveAt: string | null;
  correlationId: string | null;
  causationId: string | null;
  prevHash: string;
  hash: string;
}

export interface RecordedEvent {
  streamId: string;
  revision: number;
  position: number;
  type: string;
  data: JsonObject;
  metadata: EventEnvelope;
}

export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export interface AppendResult {
  /** Revision of the last event appended: the revision to expect next time. */
  streamRevision: number;
  /** Global position of the last event appended: what a reader waits for to see it. */
  position: number;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Forwards defaults to 0; backwards defaults to the stream's last revision. */
  fromRevision?: number;
  /** Inclusive bound in the direction of reading. */
  toRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive checkpoint: return events whose position is greater. Defaults to 0. */
  after?: number;
  /** Page size. Defaults to 1000. */
  limit?: number;
}

/**
 * A batch of consecutive events in global order, as a catch-up subscription delivers them.
 * `caughtUp` is true when the batch reached what was the head of the log when it was read;
 * a batch may be empty when it only says so.
 */
export interface SubscriptionBatch {
  /** Read-only: an adapter may hand the same event objects to every subscriber (the SQLite one freezes them). */
  events: readonly RecordedEvent[];
  caughtUp: boolean;
}

/** Catch-up then live subscription to all events. Iterate it; close it to stop. */
export interface AllSubscription extends AsyncIterable<SubscriptionBatch> {
  close(): Promise<void>;
}

export interface SubscribeToAllOptions {
  after?: number;
  /** Largest batch delivered at once. Defaults to 1000. */
  maxBatch?: number;
}

export type ChainBreakReason = 'changed' | 'missing' | 'reordered';

export interface ChainBreak {
  streamId: string;
  revision: number;
  position: number | null;
  reason: ChainBreakReason;
  detail: string;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  /** The first broken place found, in global order (verifyAll) or revision order (verifyStream). */
  firstBreak: ChainBreak | null;
  /**
   * Every broken place found: the first of each broken stream, then any break no
   * stream's chain shows (a global position missing), which names stream `(unknown)`.
   */
  breaks?: ChainBreak[];
}

/**
 * Why appends fail: the disk full, the files read-only (the filesystem, an immutable
 * file, permissions), the file gone from under the store, another I/O error, the
 * server unreachable (EventStoreDB).
 */
export type StorageFaultKind = 'disk-full' | 'read-only' | 'file-gone' | 'io-error' | 'unreachable';

export interface StorageFault {
  kind: StorageFaultKind;
  /** What happened, in words an operator can act on. */
  detail: string;
  /** When it was seen (ISO 8601). */
  at: string;
}

/** Why an append cannot be made now: a storage fault, the store closed, or the log found not to be whole. */
export type AppendsRefusedCause = StorageFaultKind | 'closed' | 'log-incomplete';

export interface AppendsStatus {
  possible: boolean;
  cause?: AppendsRefusedCause;
  reason?: string;
}

/** What the store knows of its log's hash chains (see SqliteEventStore's chain check). */
export interface ChainStatus {
  /** The last whole pass over the log: when it ended, how many events it checked, whether all chained. */
  lastFullCheck: { at: string; eventsChecked: number; ok: boolean } | null;
  /** How far the pass under way has got (a global position). */
  checkedUpTo: number;
  /** Each stream found broken, where: refused for appends, and its reads flagged. */
  brokenStreams: ChainBreak[];
}

export interface StoreHealth {
  readable: boolean;
  headPosition: number;
  detail?: string;
  /** Whether an append could be made now, and if not, why. */
  appends?: AppendsStatus;
  /** The last storage fault seen, even once cleared. */
  lastFault?: StorageFault | null;
  chain?: ChainStatus;
}

export interface EventStore {
  append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** Position of the newest event, 0 when the store is empty. */
  headPosition(): Promise<number>;
  /** Revision of the stream's last event, or null when the stream does not exist. */
  streamRevision(streamId: string): Promise<number | null>;
  verifyStream(streamId: string): Promise<VerificationReport>;
  verifyAll(): Promise<VerificationReport>;
  /**
   * Where the stream's hash chain was found broken by the store's own check (SQLite:
   * at start and continuously); null where it was not found broken. Appends to such a
   * stream are refused with LogIntegrityError.
   */
  chainBreakOf(streamId: string): ChainBreak | null;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
