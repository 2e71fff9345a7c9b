import {
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type AppendResult as EsdbAppendResult,
  BACKWARDS,
  END,
  ErrorType,
  type EventData,
  EventStoreDBClient,
  FORWARDS,
  isCommandError,
  MaxAppendSizeExceededError,
  NO_STREAM,
  type Position,
  type ReadPosition,
  type ReadRevision,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
  UnknownError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import pLimit from 'p-limit';
import { ChainVerifier } from '../envelope/chain-verifier';
import { GENESIS_HASH, sealEvent } from '../envelope/hash-chain';
import { AppendTooLargeError, DuplicateEventIdError, StoreUnavailableError, WrongExpectedRevisionError } from '../port/errors';
import type {
  AllSubscription,
  AppendResult,
  ChainBreak,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreHealth,
  SubscribeToAllOptions,
  VerificationReport,
} from '../port/event-store.port';
import { validateAppend } from '../port/validate-append';
import { EsdbAllSubscription, type SubscriptionRetryOptions } from './esdb-all-subscription';
import { isSystemEvent, toEventData, toRecordedEvent, toStoredText } from './esdb-records';

export interface EsdbEventStoreOptions {
  /** e.g. `esdb://localhost:2113?tls=false` (EVENTSTORE_CONNECTION_STRING). */
  connectionString: string;
  clock?: () => Date;
  /** How often an 'any' or 'stream_exists' append reads the stream again after losing a race to another writer. Default 10. */
  maxAppendAttempts?: number;
  /** How a subscription to $all reconnects after the connection drops. */
  subscriptionRetry?: SubscriptionRetryOptions;
  /** How long health() waits for the server. Default 3000 ms. */
  healthTimeoutMs?: number;
  /**
   * How long an append whose connection was lost before its answer keeps sending the
   * same events again (see appendResolvingDoubt). Default 3000 ms.
   */
  appendRetryMs?: number;
}

/** The stream's last event as an append needs it: where the chain continues. */
interface Tip {
  revision: number;
  hash: string;
}

const PAGE = 500;

/**
 * The most appends that wait for the server at once. @eventstore/db-client 6.2.1 sends
 * them all on one BatchAppend call and queues writes behind a full call (16 messages,
 * the high-water mark of its object-mode stream) inside a promise nobody handles: when
 * the connection drops with writes queued, each becomes an unhandled rejection, which
 * ends a Node process. Below the mark nothing is ever queued, as long as each append
 * is one message (under the client's 3 MiB batchAppendSize). The contract's
 * dropped-connection test counts unhandled rejections.
 */
const MAX_APPENDS_IN_FLIGHT = 15;
/** System events are few: the newest ledger event is almost always among the last few. */
const HEAD_PAGE = 16;

/**
 * The event store on EventStoreDB through @eventstore/db-client.
 *
 * Appends keep each stream's hash chain linear: the adapter reads the event it will
 * chain to (the expected revision's event, or the stream's last one), seals the batch
 * after it, and appends expecting exactly that revision, so two writers can never
 * both continue the chain from the same event. For 'any' and 'stream_exists' a lost
 * race is retried on a fresh read.
 *
 * The client sends appends by Streams.BatchAppend (one long-lived call shared by every
 * append) on servers that offer it, all since 21.10, and by Streams.Append otherwise. An
 * append whose connection drops before its answer is sent again, unchanged, until the
 * server answers (see send): each caller learns what became of its own append. A server
 * refusing an append as too large gives AppendTooLargeError. Keep one store per process
 * while appending: client 6.2.1 keeps BatchAppend's waiting appends in one module-wide
 * map, so closing one client fails the appends in flight of every other, whose late
 * answers then throw inside the client.
 *
 * Global positions are EventStoreDB commit positions (byte offsets in the log, as JS
 * numbers: exact up to 2^53 bytes). For an ordinary append every event commits
 * itself, so its commit and prepare positions are equal, and the adapter passes a
 * position back to the server as { commit: p, prepare: p }. Positions are increasing
 * but not contiguous. System events (`$`-prefixed streams or types) are left out of
 * readAll, subscriptions, headPosition and verifyAll.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly clock: () => Date;
  private readonly maxAppendAttempts: number;
  private readonly healthTimeoutMs: number;
  private readonly appendRetryMs: number;
  private readonly appendSlots = pLimit(MAX_APPENDS_IN_FLIGHT);
  private readonly subscriptions = new Set<EsdbAllSubscription>();
  private closed = false;

  constructor(private readonly options: EsdbEventStoreOptions) {
    try {
      this.client = EventStoreDBClient.connectionString(options.connectionString);
    } catch (error) {
      throw new StoreUnavailableError(`invalid EventStoreDB connection string: ${(error as Error).message}`, { cause: error });
    }
    this.clock = options.clock ?? (() => new Date());
    this.maxAppendAttempts = options.maxAppendAttempts ?? 10;
    this.healthTimeoutMs = options.healthTimeoutMs ?? 3000;
    this.appendRetryMs = options.appendRetryMs ?? 3000;
  }

  async append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    validateAppend(streamId, events, expectedRevision);
    return this.unavailableOnLoss(async () => {
      if (typeof expectedRevision === 'number' || expectedRevision === 'no_stream') return this.appendAt(streamId, events, expectedRevision);
      return this.appendAtEnd(streamId, events, expectedRevision);
    });
  }

  /** Appends after an exact revision ('no_stream' being "before revision 0"): one attempt, the server decides. */
  private async appendAt(streamId: string, events: NewEvent[], expected: number | 'no_stream'): Promise<AppendResult> {
    let tip: Tip | null = null;
    if (expected !== 'no_stream') {
      const [event] = await this.untilAnswered(() => this.read(streamId, BigInt(expected), BACKWARDS, 1));
      if (!event || event.revision !== expected) {
        const [last] = event ? await this.untilAnswered(() => this.read(streamId, END, BACKWARDS, 1)) : [];
        throw new WrongExpectedRevisionError(streamId, expected, last ? last.revision : null);
      }
      tip = { revision: event.revision, hash: event.metadata.hash };
    }
    try {
      return await this.write(streamId, events, tip);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      await this.refuseOverlap(streamId, events, tip ? tip.revision + 1 : 0);
      throw new WrongExpectedRevisionError(streamId, expected, actualOf(error));
    }
  }

  /**
   * Appends at the end of the stream ('any', 'stream_exists'). A batch that is already
   * the stream's tail is a retry and gets the first result; a batch that shares only
   * some ids with the tail is refused.
   */
  private async appendAtEnd(streamId: string, events: NewEvent[], expected: 'any' | 'stream_exists'): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const tail = (await this.untilAnswered(() => this.read(streamId, END, BACKWARDS, events.length))).reverse();
      const last = tail[tail.length - 1];
      if (!last && expected === 'stream_exists') throw new WrongExpectedRevisionError(streamId, expected, null);
      const ids = events.map((e) => e.metadata.eventId);
      const tailIds = tail.map((e) => e.metadata.eventId);
      if (tail.length === ids.length && tailIds.every((id, i) => id === ids[i])) return { streamRevision: last.revision, position: last.position };
      const overlap = ids.filter((id) => tailIds.includes(id));
      if (overlap.length > 0) throw new DuplicateEventIdError(streamId, overlap);
      try {
        return await this.write(streamId, events, last ? { revision: last.revision, hash: last.metadata.hash } : null);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= this.maxAppendAttempts) {
          throw error instanceof WrongExpectedVersionError ? new WrongExpectedRevisionError(streamId, expected, actualOf(error)) : error;
        }
      }
    }
  }

  /** Seals the batch after `tip` and appends it expecting exactly the tip's revision. */
  private async write(streamId: string, events: NewEvent[], tip: Tip | null): Promise<AppendResult> {
    const recordedAt = this.clock().toISOString();
    let prevHash = tip ? tip.hash : GENESIS_HASH;
    let revision = tip ? tip.revision : -1;
    const data = events.map((event) => {
      const sealed = sealEvent(streamId, ++revision, event, prevHash, recordedAt);
      prevHash = sealed.hash;
      return toEventData(sealed);
    });
    const expectedRevision: AppendExpectedRevision = tip ? BigInt(tip.revision) : NO_STREAM;
    const result = await this.send(streamId, data, expectedRevision);
    const streamRevision = Number(result.nextExpectedRevision);
    // The server answers with the commit position of the batch's last event (for a retry
    // it recognised, of the stored batch's last event). Without one, read it.
    if (result.position) return { streamRevision, position: Number(result.position.commit) };
    const [stored] = await this.untilAnswered(() => this.read(streamId, BigInt(streamRevision), BACKWARDS, 1));
    return { streamRevision, position: stored?.position ?? 0 };
  }

  /**
   * Sends one append. If the connection is lost before its answer comes, the append may
   * or may not be stored: the same events, with the same ids and expected revision, are
   * sent again (untilAnswered). The server's idempotency by event id answers one already
   * stored with its first result and stores one that was not, so the caller is told what
   * happened and nothing is stored twice.
   */
  private async send(streamId: string, data: EventData[], expectedRevision: AppendExpectedRevision): Promise<EsdbAppendResult> {
    try {
      return await this.untilAnswered(() => this.appendSlots(() => this.client.appendToStream(streamId, data, { expectedRevision })));
    } catch (error) {
      const tooLarge = appendTooLargeOf(streamId, error);
      if (tooLarge) throw tooLarge;
      if (!isConnectionLoss(error)) throw error;
      throw new StoreUnavailableError(
        `EventStoreDB is unavailable: ${(error as Error).message}; the append may or may not be stored, and sending it again with the same event ids is safe`,
        { cause: error },
      );
    }
  }

  /**
   * Runs a step of an append again while the connection is lost, until the server
   * answers or appendRetryMs has passed. Every step can be repeated: the reads, and the
   * write, sent with the same events each time. A lost connection that comes back
   * within the time thus leaves each caller with the outcome of its own append.
   */
  private async untilAnswered<T>(step: () => Promise<T>): Promise<T> {
    const giveUpAt = Date.now() + this.appendRetryMs;
    for (let delayMs = 25; ; delayMs = Math.min(delayMs * 2, 500)) {
      try {
        return await step();
      } catch (error) {
        if (!isConnectionLoss(error) || this.closed || Date.now() + delayMs > giveUpAt) throw error;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  /** After a refused append: ids of the batch already stored where the batch was meant to go make it a DuplicateEventIdError. */
  private async refuseOverlap(streamId: string, events: NewEvent[], fromRevision: number): Promise<void> {
    const stored = await this.untilAnswered(() => this.read(streamId, BigInt(fromRevision), FORWARDS, events.length));
    const storedIds = new Set(stored.map((e) => e.metadata.eventId));
    const overlap = events.map((e) => e.metadata.eventId).filter((id) => storedIds.has(id));
    if (overlap.length > 0) throw new DuplicateEventIdError(streamId, overlap);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (max <= 0) return [];
    const from: ReadRevision = options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : START;
    const to = options.toRevision;
    let count = max;
    if (to !== undefined && options.fromRevision !== undefined) count = Math.min(max, Math.abs(options.fromRevision - to) + 1);
    if (to !== undefined && (backwards ? to > (options.fromRevision ?? Infinity) : to < (options.fromRevision ?? 0))) return [];
    return this.unavailableOnLoss(() =>
      this.read(streamId, from, backwards ? BACKWARDS : FORWARDS, count, (e) => to === undefined || (backwards ? e.revision >= to : e.revision <= to)),
    );
  }

  /** A stream's events; [] when it does not exist. Stops at the first event `within` refuses. */
  private async read(
    streamId: string,
    fromRevision: ReadRevision,
    direction: typeof FORWARDS | typeof BACKWARDS,
    maxCount: number,
    within: (event: RecordedEvent) => boolean = () => true,
  ): Promise<RecordedEvent[]> {
    let resolved: ResolvedEvent[];
    try {
      resolved = await drain<ResolvedEvent>(this.client.readStream(streamId, { fromRevision, direction, maxCount }));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    const out: RecordedEvent[] = [];
    for (const r of resolved) {
      const event = toRecordedEvent(r);
      if (!event) continue;
      if (!within(event)) break;
      out.push(event);
    }
    return out;
  }

  /** One page of $all, read to its end (see drain). */
  private readAllPage(fromPosition: ReadPosition, direction: typeof FORWARDS | typeof BACKWARDS, maxCount: number): Promise<AllStreamResolvedEvent[]> {
    return drain<AllStreamResolvedEvent>(this.client.readAll({ fromPosition, direction, maxCount }));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = options.limit ?? 1000;
    return this.unavailableOnLoss(() => this.readAllNow(options.after ?? 0, limit));
  }

  /** Ledger events after `after`, in commit order, system events left out. */
  private async readAllNow(after: number, limit: number): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    if (limit <= 0) return out;
    const pageSize = Math.min(limit + 1, 4096);
    let checkpoint = after;
    for (;;) {
      // Reading from a position includes the event at it: it is skipped below.
      const fromPosition: ReadPosition = checkpoint > 0 ? positionOf(checkpoint) : START;
      const page = await this.readAllPage(fromPosition, FORWARDS, pageSize);
      for (const resolved of page) {
        const event = toRecordedEvent(resolved);
        if (!event || event.position <= checkpoint) continue;
        checkpoint = event.position;
        if (isSystemEvent(event.streamId, event.type)) continue;
        out.push(event);
        if (out.length === limit) return out;
      }
      if (page.length < pageSize) return out;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const subscription = new EsdbAllSubscription(this.client, {
      after: options.after ?? 0,
      maxBatch: options.maxBatch ?? 1000,
      retry: this.options.subscriptionRetry,
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.unavailableOnLoss(() => this.headPositionNow());
  }

  /** The newest ledger event's position: $all read backwards past any system events. */
  private async headPositionNow(): Promise<number> {
    let fromPosition: ReadPosition = END;
    for (;;) {
      const page = await this.readAllPage(fromPosition, BACKWARDS, HEAD_PAGE);
      for (const { event } of page) {
        if (event && !isSystemEvent(event.streamId, event.type)) return Number(event.position.commit);
      }
      const oldest = page[page.length - 1]?.event?.position;
      if (page.length < HEAD_PAGE || !oldest) return 0;
      fromPosition = oldest;
    }
  }

  async streamRevision(streamId: string): Promise<number | null> {
    this.assertOpen();
    return this.unavailableOnLoss(async () => {
      const [last] = await this.read(streamId, END, BACKWARDS, 1);
      return last ? last.revision : null;
    });
  }

  async verifyStream(streamId: string): Promise<VerificationReport> {
    this.assertOpen();
    return this.unavailableOnLoss(async () => {
      const verifier = new ChainVerifier();
      for (let from = 0; ; ) {
        const page = await this.read(streamId, BigInt(from), FORWARDS, PAGE);
        for (const event of page) verifier.feed(toStoredText(event));
        if (page.length < PAGE) break;
        from = page[page.length - 1].revision + 1;
      }
      return verifier.report();
    });
  }

  /**
   * Every stream's chain, in one pass over $all. EventStoreDB's positions have gaps by
   * nature, so unlike SQLite a missing global position is not a finding: a removed
   * event shows as a break in its stream's chain (a removed last event of a stream
   * does not; EventStoreDB cannot remove events but by deleting or truncating streams).
   */
  async verifyAll(): Promise<VerificationReport> {
    this.assertOpen();
    return this.unavailableOnLoss(async () => {
      const verifier = new ChainVerifier({ trackSeen: false });
      for (let after = 0; ; ) {
        const page = await this.readAllNow(after, PAGE);
        for (const event of page) verifier.feed(toStoredText(event));
        if (page.length < PAGE) break;
        after = page[page.length - 1].position;
      }
      const report = verifier.report();
      if (report.firstBreak) {
        // The stream alone, in revision order, tells a reordering from a gap.
        const precise = (await this.verifyStream(report.firstBreak.streamId)).firstBreak;
        if (precise) return { ...report, firstBreak: precise };
      }
      return report;
    });
  }

  /** EventStoreDB's log is checked on demand (verifyAll, `compact-ledger verify --esdb`), not continuously by the API. */
  chainBreakOf(): ChainBreak | null {
    return null;
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { readable: false, headPosition: 0, detail: 'closed', appends: { possible: false, cause: 'closed', reason: 'the event store is closed' } };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from EventStoreDB within ${this.healthTimeoutMs} ms`)), this.healthTimeoutMs);
    });
    try {
      // The server's own disks are its to report: reachable is what this side can tell.
      return { readable: true, headPosition: await Promise.race([this.headPositionNow(), timeout]), appends: { possible: true } };
    } catch (error) {
      const detail = (error as Error).message;
      return { readable: false, headPosition: 0, detail, appends: { possible: false, cause: 'unreachable', reason: `EventStoreDB cannot be reached: ${detail}` } };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the event store is closed');
  }

  /** Runs a call to the server; a lost or refused connection becomes StoreUnavailableError. */
  private async unavailableOnLoss<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (isConnectionLoss(error)) throw new StoreUnavailableError(`EventStoreDB is unavailable: ${(error as Error).message}`, { cause: error });
      throw error;
    }
  }
}

/**
 * Reads a client read stream to its end. Leaving one early would leave the gRPC
 * stream under it unread, and the client's dispose() waits for every stream to end:
 * every read here has a maxCount, so reading to the end costs little.
 */
async function drain<T>(stream: AsyncIterable<unknown>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item as T);
  return out;
}

export function positionOf(position: number): Position {
  const p = BigInt(position);
  return { commit: p, prepare: p };
}

/** The server's refusal of an append too large, as client 6.2.1 reports it, or null for any other error. */
function appendTooLargeOf(streamId: string, error: unknown): AppendTooLargeError | null {
  if (error instanceof MaxAppendSizeExceededError) return new AppendTooLargeError(streamId, 'append', error.maxAppendSize);
  // Client 6.2.1 predates the per-event limit (servers 25.0+) and reports it as an UnknownError whose text is all
  // there is: "Could not recognize MaximumAppendEventSizeExceeded" (BatchAppend), or the server's message with the limit (Append).
  if (error instanceof UnknownError && /MaximumAppendEventSizeExceeded|Maximum Append Event Size/.test(error.message)) {
    const limit = /Maximum Append Event Size of (\d+)/.exec(error.message);
    return new AppendTooLargeError(streamId, 'event', limit ? Number(limit[1]) : null);
  }
  return null;
}

function actualOf(error: WrongExpectedVersionError): number | null {
  return typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : null;
}

/** Errors that mean the server could not be reached or the connection went away. */
export function isConnectionLoss(error: unknown): boolean {
  if (error instanceof Error && isCommandError(error)) {
    return [ErrorType.UNAVAILABLE, ErrorType.CANCELLED, ErrorType.DEADLINE_EXCEEDED, ErrorType.TIMEOUT, ErrorType.NOT_LEADER].includes(error.type);
  }
  const code = (error as { code?: unknown } | null)?.code;
  // gRPC UNAVAILABLE, CANCELLED and DEADLINE_EXCEEDED, as grpc-js reports them before the client converts them.
  return code === 14 || code === 1 || code === 4;
}
