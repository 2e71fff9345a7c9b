import { EventEmitter } from 'node:events';

/**
 * The transaction log of the test server, kept in memory, with the write and
 * read rules of EventStoreDB (the server's IndexWriter.CheckCommit and its
 * $all / stream readers), reduced to what a single node does for ordinary
 * appends. It outlives the gRPC server, so a test can stop the server and start
 * it again on the same port with every event still there.
 */

export interface LoggedEvent {
  streamName: string;
  /** Revision in its stream, from 0. */
  revision: number;
  /**
   * Position in the log. Every append here is an implicit transaction whose events
   * commit themselves, so each event's commit position equals its prepare position
   * (as for ordinary appends on a real node); positions grow by the record's size, so
   * they are not contiguous.
   */
  position: bigint;
  eventId: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
  /** .NET ticks (100 ns) since the Unix epoch, as the server reports `created`. */
  created: bigint;
}

export interface ProposedEvent {
  eventId: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
}

export type ExpectedVersion = { kind: 'any' } | { kind: 'no_stream' } | { kind: 'stream_exists' } | { kind: 'revision'; revision: number };

export type AppendOutcome =
  /** Written, or recognised as a retry of a write already stored (idempotent): the revision and position of the batch's last event. */
  | { result: 'success'; currentRevision: number | null; position: bigint | null; idempotent: boolean }
  /** Refused: the stream's current revision (null when it does not exist). */
  | { result: 'wrong_expected_version'; currentRevision: number | null };

export type StreamFrom = 'start' | 'end' | number;
export type AllFrom = 'start' | 'end' | bigint;

/** Where positions start: the real log begins with an epoch record. */
const FIRST_POSITION = 128n;
/** A record's fixed size in this log, on top of its variable parts. */
const RECORD_OVERHEAD = 96;

const TICKS_PER_MS = 10_000n;

export class InMemoryLog {
  private readonly all: LoggedEvent[] = [];
  private readonly streams = new Map<string, LoggedEvent[]>();
  /** Event id -> event, the server's committed-events cache (here unbounded). */
  private readonly byEventId = new Map<string, LoggedEvent>();
  private nextPosition = FIRST_POSITION;
  /** Emits 'appended' with the LoggedEvent[] of each write, after it is stored. */
  readonly appended = new EventEmitter();

  constructor(private readonly clock: () => Date = () => new Date()) {
    this.appended.setMaxListeners(0);
  }

  /** The revision of the stream's last event, or null when it has none. */
  streamRevision(streamName: string): number | null {
    const events = this.streams.get(streamName);
    return events && events.length > 0 ? events[events.length - 1].revision : null;
  }

  get lastPosition(): bigint | null {
    return this.all.length > 0 ? this.all[this.all.length - 1].position : null;
  }

  /**
   * Appends with EventStoreDB's expected-version and idempotency rules:
   * - any / stream_exists: if every event id is already stored in this stream, the
   *   write is a retry and succeeds with the stored events' result; if only a leading
   *   part is, it is refused (the server's "corrupted idempotency" answers
   *   WrongExpectedVersion); otherwise the events are appended at the end.
   * - no_stream (= -1) or a revision below the current one: if the events at the
   *   revisions after the expected one carry the same ids, the write is a retry and
   *   succeeds with the original result; otherwise it is refused.
   * - a revision above the current one: refused. Equal: appended.
   * Event ids are not unique across streams: like the server, an id stored in
   * another stream does not stop a write.
   */
  append(streamName: string, expected: ExpectedVersion, proposed: ProposedEvent[]): AppendOutcome {
    const current = this.streamRevision(streamName);
    const cur = current ?? -1;

    if (expected.kind === 'stream_exists' && current === null) return { result: 'wrong_expected_version', currentRevision: null };

    if (expected.kind === 'any' || expected.kind === 'stream_exists') {
      let first: LoggedEvent | undefined;
      let last: LoggedEvent | undefined;
      for (const event of proposed) {
        const stored = this.byEventId.get(event.eventId);
        if (!stored || stored.streamName !== streamName) {
          if (first) return { result: 'wrong_expected_version', currentRevision: current };
          return this.write(streamName, current, proposed);
        }
        first ??= stored;
        last = stored;
      }
      if (!last) return { result: 'success', currentRevision: current, position: null, idempotent: false };
      return { result: 'success', currentRevision: last.revision, position: last.position, idempotent: true };
    }

    const expectedRevision = expected.kind === 'no_stream' ? -1 : expected.revision;
    if (expectedRevision < cur) {
      const events = this.streams.get(streamName) ?? [];
      let revision = expectedRevision;
      for (const event of proposed) {
        revision++;
        if (events[revision]?.eventId !== event.eventId) return { result: 'wrong_expected_version', currentRevision: current };
      }
      if (revision === expectedRevision) return { result: 'wrong_expected_version', currentRevision: current };
      const last = events[revision];
      return { result: 'success', currentRevision: last.revision, position: last.position, idempotent: true };
    }
    if (expectedRevision > cur) return { result: 'wrong_expected_version', currentRevision: current };
    return this.write(streamName, current, proposed);
  }

  private write(streamName: string, current: number | null, proposed: ProposedEvent[]): AppendOutcome {
    if (proposed.length === 0) return { result: 'success', currentRevision: current, position: null, idempotent: false };
    let events = this.streams.get(streamName);
    if (!events) this.streams.set(streamName, (events = []));
    const created = BigInt(this.clock().getTime()) * TICKS_PER_MS;
    const written: LoggedEvent[] = [];
    let revision = current ?? -1;
    for (const p of proposed) {
      const event: LoggedEvent = { streamName, revision: ++revision, position: this.nextPosition, created, ...p };
      this.nextPosition += BigInt(RECORD_OVERHEAD + streamName.length + p.type.length + p.data.length + p.metadata.length);
      events.push(event);
      this.all.push(event);
      this.byEventId.set(event.eventId, event);
      written.push(event);
    }
    this.appended.emit('appended', written);
    const last = written[written.length - 1];
    return { result: 'success', currentRevision: last.revision, position: last.position, idempotent: false };
  }

  /** A stream's events, or null when the stream does not exist. */
  readStream(streamName: string, from: StreamFrom, direction: 'forwards' | 'backwards', maxCount: number): LoggedEvent[] | null {
    const events = this.streams.get(streamName);
    if (!events || events.length === 0) return null;
    const last = events.length - 1;
    if (direction === 'forwards') {
      const start = from === 'start' ? 0 : from === 'end' ? events.length : from;
      return events.slice(start, start + maxCount);
    }
    const start = from === 'end' ? last : from === 'start' ? 0 : Math.min(from, last);
    const out: LoggedEvent[] = [];
    for (let i = start; i >= 0 && out.length < maxCount; i--) out.push(events[i]);
    return out;
  }

  /**
   * $all in log order. Forwards from a position returns the events at or after it;
   * backwards, the events before it.
   */
  readAll(from: AllFrom, direction: 'forwards' | 'backwards', maxCount: number): LoggedEvent[] {
    if (direction === 'forwards') {
      if (from === 'end') return [];
      const start = from === 'start' ? 0 : this.firstIndexAtOrAfter(from);
      return this.all.slice(start, start + maxCount);
    }
    const end = from === 'end' ? this.all.length : from === 'start' ? 0 : this.firstIndexAtOrAfter(from);
    const out: LoggedEvent[] = [];
    for (let i = end - 1; i >= 0 && out.length < maxCount; i--) out.push(this.all[i]);
    return out;
  }

  /** Events whose position is after `checkpoint` (all of them when it is null). */
  eventsAfter(checkpoint: bigint | null): LoggedEvent[] {
    return checkpoint === null ? [...this.all] : this.all.slice(this.firstIndexAtOrAfter(checkpoint + 1n));
  }

  private firstIndexAtOrAfter(position: bigint): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.all[mid].position < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
