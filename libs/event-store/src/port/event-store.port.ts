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
}

export interface StoreHealth {
  readable: boolean;
  headPosition: number;
  detail?: string;
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
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
