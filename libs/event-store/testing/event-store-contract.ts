import { randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import {
  DuplicateEventIdError,
  type EventStore,
  GENESIS_HASH,
  type NewEvent,
  type RecordedEvent,
  type SubscriptionBatch,
  type AppendResult,
  WrongExpectedRevisionError,
} from '../src';

/**
 * What an adapter's test run provides to the shared contract. `open` is required;
 * the rest are capabilities that only some storage has (a file to reopen, rows to
 * alter behind the store's back, several processes sharing one store). A capability
 * an adapter does not provide is reported, not silently passed.
 */
export interface EventStoreContractHarness {
  /** A new, empty store. */
  open(): Promise<EventStore>;
  /** Close the store and open the same storage again. */
  reopen?(store: EventStore): Promise<EventStore>;
  /** Alter stored events directly, as someone with raw access to the storage could. */
  tamper?: {
    changeData(store: EventStore, streamId: string, revision: number): Promise<void>;
    remove(store: EventStore, streamId: string, revision: number): Promise<void>;
    /** Exchange the stored contents of two events of one stream, keeping their global positions. */
    swap(store: EventStore, streamId: string, revisionA: number, revisionB: number): Promise<void>;
  };
  /**
   * Whether an event id is unique across the whole store (SQLite) or only within a
   * stream (EventStoreDB checks ids per stream). Defaults to true.
   */
  uniqueEventIdsAcrossStreams?: boolean;
  /** Whether global positions are consecutive integers (SQLite) rather than log offsets with gaps (EventStoreDB). Defaults to true. */
  contiguousPositions?: boolean;
  /** Start `processes` child processes that each append `eventsPerProcess` single-event batches to the same storage. */
  appendFromProcesses?(store: EventStore, processes: number, eventsPerProcess: number): Promise<void>;
  /**
   * Cut the store's connection to its server once `appends` more appends have been
   * stored, before the last of them is answered (so that one is stored but unacknowledged);
   * resolves when the server answers again.
   */
  cutConnectionAfterAppends?(appends: number): Promise<void>;
}

export const testActor = { subject: 'contract-suite', name: 'Contract Suite', role: 'secretariat', organisation: null };

export function newEvent(type = 'SomethingHappened', data: Record<string, unknown> = {}, eventId: string = randomUUID()): NewEvent {
  return { type, data: data as NewEvent['data'], metadata: { eventId, actor: testActor, correlationId: 'corr-1', causationId: null } };
}

const events = (n: number, prefix = 'e') => Array.from({ length: n }, (_, i) => newEvent('SomethingHappened', { n: i, label: `${prefix}${i}` }));

async function expectConflict(promise: Promise<unknown>, expected: unknown, actual: number | null) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect((error as WrongExpectedRevisionError).expected).toEqual(expected);
  expect((error as WrongExpectedRevisionError).actual).toEqual(actual);
}

async function readEverything(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (let after = 0; ;) {
    const page = await store.readAll({ after, limit: 250 });
    if (page.length === 0) return all;
    all.push(...page);
    after = page[page.length - 1].position;
  }
}

/** Collects batches from a subscription until `until` holds, or fails after `timeoutMs`. */
async function collect(iterator: AsyncIterator<SubscriptionBatch>, until: (seen: RecordedEvent[], batches: SubscriptionBatch[]) => boolean, timeoutMs = 5000) {
  const seen: RecordedEvent[] = [];
  const batches: SubscriptionBatch[] = [];
  const deadline = Date.now() + timeoutMs;
  while (!until(seen, batches)) {
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      iterator.next(),
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(1, deadline - Date.now())))),
    ]).finally(() => clearTimeout(timer));
    if (next === 'timeout') throw new Error(`subscription delivered ${seen.length} events before the timeout`);
    if (next.done) break;
    batches.push(next.value);
    seen.push(...next.value.events);
  }
  return { seen, batches };
}

interface CallerOutcome {
  streamId: string;
  events: NewEvent[];
  outcome: PromiseSettledResult<AppendResult>;
}

/**
 * What every caller of a burst was told, checked against the store: an acknowledged
 * append is stored once, at the revision and position its caller was told; a refused
 * one is not stored at all; nothing else was stored after `head`.
 */
async function expectEachCallerToldTheTruth(store: EventStore, head: number, callers: CallerOutcome[]): Promise<void> {
  const stored = (await readEverything(store)).filter((e) => e.position > head);
  const byId = new Map<string, RecordedEvent[]>();
  for (const e of stored) byId.set(e.metadata.eventId, [...(byId.get(e.metadata.eventId) ?? []), e]);
  const acknowledged = new Set<string>();
  for (const { streamId, events, outcome } of callers) {
    const ids = events.map((e) => e.metadata.eventId);
    if (outcome.status === 'fulfilled') {
      const copies = ids.map((id) => byId.get(id) ?? []);
      expect(copies.map((c) => c.length)).toEqual(ids.map(() => 1));
      const mine = copies.map(([e]) => e);
      expect(mine.map((e) => e.streamId)).toEqual(ids.map(() => streamId));
      const last = mine[mine.length - 1];
      expect(outcome.value).toEqual({ streamRevision: last.revision, position: last.position });
      expect(mine.map((e) => e.revision)).toEqual(ids.map((_, i) => last.revision - ids.length + 1 + i));
      for (const id of ids) acknowledged.add(id);
    } else {
      expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(ids.filter((id) => byId.has(id))).toEqual([]);
    }
  }
  expect(stored.filter((e) => !acknowledged.has(e.metadata.eventId))).toEqual([]);
}

/** Registers a case only where the adapter has the capability it needs (never a skipped test). */
const itWhen = (capable: boolean): typeof it | ((name: string, fn: () => Promise<void>) => void) => (capable ? it : () => undefined);

export function describeEventStoreContract(adapterName: string, harness: EventStoreContractHarness): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let store: EventStore;
    const stream = () => `contract-${randomUUID()}`;

    beforeEach(async () => {
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('expected revision', () => {
      it("'no_stream' appends to a new stream and refuses an existing one, naming its revision", async () => {
        const s = stream();
        await expect(store.append(s, events(2), 'no_stream')).resolves.toMatchObject({ streamRevision: 1 });
        await expectConflict(store.append(s, events(1), 'no_stream'), 'no_stream', 1);
      });

      it("'stream_exists' refuses a new stream and appends to an existing one", async () => {
        const s = stream();
        await expectConflict(store.append(s, events(1), 'stream_exists'), 'stream_exists', null);
        await store.append(s, events(1), 'no_stream');
        await expect(store.append(s, events(1), 'stream_exists')).resolves.toMatchObject({ streamRevision: 1 });
      });

      it("'any' appends whatever the stream's state", async () => {
        const s = stream();
        await expect(store.append(s, events(1), 'any')).resolves.toMatchObject({ streamRevision: 0 });
        await expect(store.append(s, events(1), 'any')).resolves.toMatchObject({ streamRevision: 1 });
      });

      it('an exact revision appends only when it is the stream revision, and a mismatch carries expected and actual', async () => {
        const s = stream();
        await store.append(s, events(3), 'no_stream');
        await expectConflict(store.append(s, events(1), 1), 1, 2);
        await expectConflict(store.append(s, events(1), 5), 5, 2);
        await expectConflict(store.append(stream(), events(1), 0), 0, null);
        await expect(store.append(s, events(1), 2)).resolves.toMatchObject({ streamRevision: 3 });
        expect(await store.streamRevision(s)).toBe(3);
      });

      it('of many concurrent appends expecting the same revision, exactly one lands', async () => {
        const s = stream();
        await store.append(s, events(1), 'no_stream');
        const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => store.append(s, events(1), 0)));
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
          expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect(o.reason.actual).toBe(1);
        }
        expect(await store.readStream(s)).toHaveLength(2);
      });
    });

    describe('atomicity', () => {
      it('a refused batch stores none of its events', async () => {
        const s = stream();
        await store.append(s, events(2), 'no_stream');
        const head = await store.headPosition();
        await expect(store.append(s, events(5), 0)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(s)).toHaveLength(2);
        expect(await store.headPosition()).toBe(head);
      });

      itWhen(harness.uniqueEventIdsAcrossStreams !== false)('a batch whose last event reuses a stored event id stores none of its events', async () => {
        const taken = newEvent();
        await store.append(stream(), [taken], 'no_stream');
        const s = stream();
        const head = await store.headPosition();
        const batch = [...events(3), newEvent('SomethingHappened', {}, taken.metadata.eventId)];
        await expect(store.append(s, batch, 'any')).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(await store.readStream(s)).toEqual([]);
        expect(await store.headPosition()).toBe(head);
      });

      itWhen(harness.uniqueEventIdsAcrossStreams !== false)(
        'a refused single-event append among concurrent ones stores nothing and costs the others nothing, leaving no gap in positions',
        async () => {
          const taken = newEvent();
          await store.append(stream(), [taken], 'no_stream');
          const head = await store.headPosition();
          const streams = Array.from({ length: 6 }, () => stream());
          const outcomes = await Promise.allSettled(
            streams.map((s, i) => store.append(s, [i === 2 ? newEvent('SomethingHappened', {}, taken.metadata.eventId) : newEvent()], 'no_stream')),
          );
          expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
          expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
          expect(await store.readStream(streams[2])).toEqual([]);
          const appended = await store.readAll({ after: head });
          expect(appended.map((e) => e.streamId).sort()).toEqual(streams.filter((_, i) => i !== 2).sort());
          if (harness.contiguousPositions !== false) expect(appended.map((e) => e.position)).toEqual([1, 2, 3, 4, 5].map((k) => head + k));
        },
      );

      it('a batch is read whole, with consecutive revisions, positions and the append result naming its last event', async () => {
        const s = stream();
        const result = await store.append(s, events(4), 'no_stream');
        const read = await store.readStream(s);
        expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
        expect(result).toEqual({ streamRevision: 3, position: read[3].position });
        for (let i = 1; i < read.length; i++) expect(read[i].position).toBeGreaterThan(read[i - 1].position);
      });
    });

    describe('global order', () => {
      it('readAll returns every stream interleaved in the order appended, in pages', async () => {
        const before = await store.headPosition();
        const [a, b] = [stream(), stream()];
        await store.append(a, [newEvent('A0')], 'no_stream');
        await store.append(b, [newEvent('B0'), newEvent('B1')], 'no_stream');
        await store.append(a, [newEvent('A1')], 0);
        await store.append(b, [newEvent('B2')], 1);
        const seen: RecordedEvent[] = [];
        for (let after = before; ;) {
          const page = await store.readAll({ after, limit: 2 });
          expect(page.length).toBeLessThanOrEqual(2);
          if (page.length === 0) break;
          seen.push(...page);
          after = page[page.length - 1].position;
        }
        expect(seen.map((e) => e.type)).toEqual(['A0', 'B0', 'B1', 'A1', 'B2']);
        for (let i = 1; i < seen.length; i++) expect(seen[i].position).toBeGreaterThan(seen[i - 1].position);
        expect(await store.headPosition()).toBe(seen[seen.length - 1].position);
      });

      it('concurrent appends to many streams all land, each at its own position', async () => {
        const streams = Array.from({ length: 40 }, () => stream());
        const results = await Promise.all(streams.map((s) => store.append(s, events(2), 'no_stream')));
        const positions = results.map((r) => r.position);
        expect(new Set(positions).size).toBe(40);
        const all = await readEverything(store);
        for (const s of streams) expect(all.filter((e) => e.streamId === s).map((e) => e.revision)).toEqual([0, 1]);
      });
    });

    describe('many callers at once', () => {
      it('each of many concurrent callers is told what happened to its own append: acknowledged ones stored once where told, refused ones not at all', async () => {
        const head = await store.headPosition();
        const contested = Array.from({ length: 30 }, () => stream());
        const callers = [
          // Four callers race to create each of 30 streams: one wins each.
          ...contested.flatMap((s) => Array.from({ length: 4 }, () => ({ streamId: s, events: events(1), expected: 'no_stream' as const }))),
          // Forty more each create their own stream with two events.
          ...Array.from({ length: 40 }, () => ({ streamId: stream(), events: events(2), expected: 'no_stream' as const })),
        ];
        const outcomes = await Promise.allSettled(callers.map((c) => store.append(c.streamId, c.events, c.expected)));
        const told = callers.map((c, i) => ({ ...c, outcome: outcomes[i] }));
        for (const s of contested) expect(told.filter((c) => c.streamId === s && c.outcome.status === 'fulfilled')).toHaveLength(1);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(70);
        await expectEachCallerToldTheTruth(store, head, told);
      });
    });

    describe('reading a stream', () => {
      let s: string;
      beforeEach(async () => {
        s = stream();
        await store.append(s, events(10), 'no_stream');
      });

      it('forwards from and to a revision', async () => {
        const read = await store.readStream(s, { fromRevision: 3, toRevision: 6 });
        expect(read.map((e) => e.revision)).toEqual([3, 4, 5, 6]);
        expect(read.map((e) => e.data.n)).toEqual([3, 4, 5, 6]);
      });

      it('backwards from and to a revision', async () => {
        const read = await store.readStream(s, { direction: 'backwards', fromRevision: 7, toRevision: 4 });
        expect(read.map((e) => e.revision)).toEqual([7, 6, 5, 4]);
      });

      it('backwards from the end with a maximum count', async () => {
        const read = await store.readStream(s, { direction: 'backwards', maxCount: 2 });
        expect(read.map((e) => e.revision)).toEqual([9, 8]);
      });

      it('forwards with a maximum count', async () => {
        const read = await store.readStream(s, { fromRevision: 8, maxCount: 5 });
        expect(read.map((e) => e.revision)).toEqual([8, 9]);
      });

      it('an unknown stream reads as empty and has no revision', async () => {
        expect(await store.readStream(stream())).toEqual([]);
        expect(await store.streamRevision(stream())).toBeNull();
      });
    });

    describe('idempotent retry', () => {
      it('the same batch with the same expected revision returns the first result and stores nothing twice', async () => {
        const s = stream();
        await store.append(s, events(1), 'no_stream');
        const batch = events(3);
        const first = await store.append(s, batch, 0);
        const other = await store.append(stream(), events(1), 'no_stream');
        const again = await store.append(s, batch, 0);
        expect(again).toEqual(first);
        expect(await store.readStream(s)).toHaveLength(4);
        expect(await store.headPosition()).toBe(other.position);
      });

      it("the same batch retried with 'no_stream' or 'any' is idempotent too", async () => {
        const s = stream();
        const batch = events(2);
        const first = await store.append(s, batch, 'no_stream');
        await expect(store.append(s, batch, 'no_stream')).resolves.toEqual(first);
        await expect(store.append(s, batch, 'any')).resolves.toEqual(first);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('the same batch sent by several callers at once is stored once, and every caller gets the first result', async () => {
        const s = stream();
        await store.append(s, events(1), 'no_stream');
        const batch = events(2);
        const results = await Promise.all(Array.from({ length: 6 }, () => store.append(s, batch, 0)));
        const read = await store.readStream(s);
        expect(read).toHaveLength(3);
        for (const result of results) expect(result).toEqual({ streamRevision: 2, position: read[2].position });
      });

      it('a batch that overlaps a stored one only in part is refused', async () => {
        const s = stream();
        const batch = events(2);
        await store.append(s, batch, 'no_stream');
        await expect(store.append(s, [batch[1], newEvent()], 'any')).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(await store.readStream(s)).toHaveLength(2);
      });
    });

    describe('envelope and hash chain', () => {
      it('every event carries the envelope, chained to its predecessor by SHA-256 over RFC 8785 canonical JSON', async () => {
        const s = stream();
        await store.append(s, [newEvent('First', { b: 2, a: 'ü \u2028 "quoted"' })], 'no_stream');
        await store.append(s, [newEvent('Second', { nested: { z: [3, 1], y: null } })], 0);
        const [first, second] = await store.readStream(s);
        expect(first.metadata.prevHash).toBe(GENESIS_HASH);
        expect(second.metadata.prevHash).toBe(first.metadata.hash);
        for (const event of [first, second]) {
          expect(event.metadata).toMatchObject({ actor: testActor, correlationId: 'corr-1', causationId: null, effectiveAt: null });
          expect(new Date(event.metadata.recordedAt).toISOString()).toBe(event.metadata.recordedAt);
          const { hash, ...withoutHash } = event.metadata;
          // Recomputed independently of the store's own code, as an outside verifier would.
          const canonical = canonicalize({ streamId: event.streamId, revision: event.revision, type: event.type, data: event.data, metadata: withoutHash })!;
          expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(hash);
        }
        expect(first.data).toEqual({ b: 2, a: 'ü \u2028 "quoted"' });
      });

      it('verifyStream and verifyAll pass on an untouched store', async () => {
        const s = stream();
        await store.append(s, events(5), 'no_stream');
        await store.append(stream(), events(3), 'no_stream');
        expect(await store.verifyStream(s)).toMatchObject({ ok: true, eventsChecked: 5, firstBreak: null });
        const all = await store.verifyAll();
        expect(all.ok).toBe(true);
        expect(all.eventsChecked).toBeGreaterThanOrEqual(8);
      });
    });

    describe('subscription to all', () => {
      it('catches up from a position, says so, then follows new appends live', async () => {
        const s = stream();
        const before = await store.headPosition();
        await store.append(s, events(5), 'no_stream');
        const subscription = store.subscribeToAll({ after: before, maxBatch: 2 });
        const iterator = subscription[Symbol.asyncIterator]();
        try {
          const caughtUp = await collect(iterator, (_seen, batches) => batches.some((b) => b.caughtUp));
          expect(caughtUp.seen.map((e) => e.data.n)).toEqual([0, 1, 2, 3, 4]);
          expect(caughtUp.batches.every((b) => b.events.length <= 2)).toBe(true);

          const live = collect(iterator, (seen) => seen.length >= 3);
          await store.append(s, events(2, 'live'), 4);
          await store.append(stream(), events(1, 'other'), 'no_stream');
          const { seen } = await live;
          expect(seen.map((e) => e.data.label)).toEqual(['live0', 'live1', 'other0']);
        } finally {
          await subscription.close();
        }
      });

      it('starts after the given position and ends when closed', async () => {
        const s = stream();
        await store.append(s, events(4), 'no_stream');
        const [, second] = await store.readStream(s);
        const subscription = store.subscribeToAll({ after: second.position });
        const iterator = subscription[Symbol.asyncIterator]();
        const { seen } = await collect(iterator, (_s, batches) => batches.some((b) => b.caughtUp));
        expect(seen.filter((e) => e.streamId === s).map((e) => e.revision)).toEqual([2, 3]);
        await subscription.close();
        await expect(iterator.next()).resolves.toMatchObject({ done: true });
      });
    });

    if (harness.reopen) {
      const reopen = harness.reopen;
      it('after close and reopen, every event is there and the chain goes on', async () => {
        const s = stream();
        await store.append(s, events(3), 'no_stream');
        const before = await readEverything(store);
        store = await reopen(store);
        expect(await readEverything(store)).toEqual(before);
        await store.append(s, events(1), 2);
        const read = await store.readStream(s);
        expect(read[3].metadata.prevHash).toBe(read[2].metadata.hash);
        expect((await store.verifyAll()).ok).toBe(true);
      });
    }

    if (harness.tamper) {
      const tamper = harness.tamper;
      describe('tampering is found by verifyAll', () => {
        let s: string;
        beforeEach(async () => {
          await store.append(stream(), events(2), 'no_stream');
          s = stream();
          for (let i = 0; i < 5; i++) await store.append(s, events(1), i === 0 ? 'no_stream' : i - 1);
          await store.append(stream(), events(2), 'no_stream');
        });

        it('a changed event: its stream and revision, reason changed', async () => {
          await tamper.changeData(store, s, 2);
          const report = await store.verifyAll();
          expect(report.ok).toBe(false);
          expect(report.firstBreak).toMatchObject({ streamId: s, revision: 2, reason: 'changed' });
          expect(await store.verifyStream(s)).toMatchObject({ ok: false, firstBreak: { streamId: s, revision: 2, reason: 'changed' } });
        });

        it('a removed event: its stream and revision, reason missing', async () => {
          await tamper.remove(store, s, 2);
          expect((await store.verifyAll()).firstBreak).toMatchObject({ streamId: s, revision: 3, reason: 'missing' });
        });

        it('two events exchanged: reason reordered', async () => {
          await tamper.swap(store, s, 1, 3);
          const report = await store.verifyAll();
          expect(report.firstBreak).toMatchObject({ streamId: s, reason: 'reordered' });
        });
      });
    }

    if (harness.cutConnectionAfterAppends) {
      const cut = harness.cutConnectionAfterAppends;
      it('a connection dropped in the middle of a burst of appends: none acknowledged is lost, none stored twice, each caller told what happened to its own', async () => {
        const unhandled: unknown[] = [];
        const onUnhandled = (reason: unknown) => unhandled.push(reason);
        process.on('unhandledRejection', onUnhandled);
        try {
          const head = await store.headPosition();
          // Events of some size, so that the burst fills the connection and waits on it.
          const sized = (n: number) => Array.from({ length: n }, (_, i) => newEvent('SomethingHappened', { n: i, padding: 'x'.repeat(30_000) }));
          const contested = Array.from({ length: 20 }, () => stream());
          const callers = [
            ...contested.flatMap((s) => [0, 1].map(() => ({ streamId: s, events: sized(1) }))),
            ...Array.from({ length: 60 }, () => ({ streamId: stream(), events: sized(2) })),
          ];
          let settled = 0;
          let settledWhenBack = -1;
          const back = cut(25).then(() => (settledWhenBack = settled));
          const outcomes = await Promise.allSettled(
            callers.map((c) => store.append(c.streamId, c.events, 'no_stream').finally(() => settled++)),
          );
          await back;
          // The cut came in the middle of the burst: callers were still waiting when the server came back.
          expect(settledWhenBack).toBeGreaterThanOrEqual(0);
          expect(settledWhenBack).toBeLessThan(callers.length);
          const told = callers.map((c, i) => ({ ...c, outcome: outcomes[i] }));
          for (const s of contested) expect(told.filter((c) => c.streamId === s && c.outcome.status === 'fulfilled')).toHaveLength(1);
          expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(80);
          await expectEachCallerToldTheTruth(store, head, told);
          expect((await store.verifyAll()).ok).toBe(true);
          expect(unhandled).toEqual([]);
        } finally {
          process.off('unhandledRejection', onUnhandled);
        }
      }, 30_000);
    }

    if (harness.appendFromProcesses) {
      const appendFromProcesses = harness.appendFromProcesses;
      it('two processes appending at once to the same store lose and duplicate nothing', async () => {
        const before = await store.headPosition();
        await appendFromProcesses(store, 2, 150);
        const all = (await readEverything(store)).filter((e) => e.position > before);
        expect(all).toHaveLength(300);
        expect(new Set(all.map((e) => e.metadata.eventId)).size).toBe(300);
        expect(new Set(all.map((e) => e.position)).size).toBe(300);
        const byStream = new Map<string, number[]>();
        for (const e of all) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.revision]);
        for (const revisions of byStream.values()) expect(revisions).toEqual(revisions.map((_, i) => i));
        expect((await store.verifyAll()).ok).toBe(true);
      }, 60_000);
    }
  });
}
