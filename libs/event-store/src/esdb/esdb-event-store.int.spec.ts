import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
// A test-only import of the test server (type:testing) into the store's own tests; production code never imports it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { EsdbTestServer } from '@compact-ledger/esdb-test-server';
import { randomUUID } from 'node:crypto';
import { newEvent } from '../../testing';
import { AppendTooLargeError, StoreUnavailableError } from '../port/errors';
import type { RecordedEvent, SubscriptionBatch } from '../port/event-store.port';
import { EsdbEventStore } from './esdb-event-store';

/** What only the EventStoreDB adapter has to show: system events left out, and surviving a server that goes away. */

const stream = () => `esdb-${randomUUID()}`;
const labelled = (label: string) => newEvent('SomethingHappened', { label });

async function nextBatch(iterator: AsyncIterator<SubscriptionBatch>, timeoutMs = 5000): Promise<SubscriptionBatch> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    iterator.next(),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no batch before the timeout')), timeoutMs))),
  ]).finally(() => clearTimeout(timer));
  if (result.done) throw new Error('the subscription ended');
  return result.value;
}

/** Events from the iterator until `count` ledger events of `streamId` have come. */
async function eventsOf(iterator: AsyncIterator<SubscriptionBatch>, streamId: string, count: number, seen: RecordedEvent[] = []): Promise<RecordedEvent[]> {
  while (seen.filter((e) => e.streamId === streamId).length < count) seen.push(...(await nextBatch(iterator, 10_000)).events);
  return seen;
}

async function whenAvailable<T>(action: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('EsdbEventStore: system events', () => {
  const server = new EsdbTestServer();
  let store: EsdbEventStore;
  let raw: EventStoreDBClient;

  beforeAll(async () => {
    await server.start(0);
    raw = EventStoreDBClient.connectionString(server.connectionString);
  });
  beforeEach(() => {
    store = new EsdbEventStore({ connectionString: server.connectionString });
  });
  afterEach(() => store.close());
  afterAll(async () => {
    await raw.dispose();
    await server.stop();
  });

  it('readAll, headPosition, subscriptions and verifyAll leave out $ streams and $ event types', async () => {
    const s = stream();
    await store.append(s, [labelled('a')], 'no_stream');
    // What a server and its operators write besides the ledger: stream metadata ($$s, type $metadata),
    // a $-prefixed stream, and a $-prefixed event type in an ordinary stream.
    await raw.setStreamMetadata(s, { maxAge: 86_400 });
    await raw.appendToStream('$stats-node', jsonEvent({ type: '$statsCollected', data: { cpu: 1 } }));
    await raw.appendToStream(`other-${randomUUID()}`, jsonEvent({ type: '$>', data: { link: true } }));
    await store.append(s, [labelled('b')], 0);
    await raw.appendToStream('$stats-node', jsonEvent({ type: '$statsCollected', data: { cpu: 2 } }));

    const all = await store.readAll();
    expect(all.some((e) => e.streamId.startsWith('$') || e.type.startsWith('$'))).toBe(false);
    expect(all.filter((e) => e.streamId === s).map((e) => e.data.label)).toEqual(['a', 'b']);
    const [, b] = await store.readStream(s);
    expect(await store.headPosition()).toBe(b.position);
    // The server's own events ($users, $settings) come first in its log and are left out as well.
    expect(all[0].streamId).not.toMatch(/^\$/);

    const subscription = store.subscribeToAll();
    try {
      const seen = await eventsOf(subscription[Symbol.asyncIterator](), s, 2);
      expect(seen.some((e) => e.streamId.startsWith('$') || e.type.startsWith('$'))).toBe(false);
    } finally {
      await subscription.close();
    }
    expect((await store.verifyAll()).ok).toBe(true);
  });

  it('readAll pages past a run of system events to fill its limit', async () => {
    const s = stream();
    await store.append(s, [labelled('before')], 'no_stream');
    const [before] = await store.readStream(s);
    for (let i = 0; i < 30; i++) await raw.appendToStream('$stats-node', jsonEvent({ type: '$statsCollected', data: { i } }));
    await store.append(s, [labelled('x'), labelled('y')], 0);
    const page = await store.readAll({ after: before.position, limit: 2 });
    expect(page.map((e) => e.data.label)).toEqual(['x', 'y']);
  });

  it('a stored event changed behind the store breaks its chain for verifyStream and verifyAll', async () => {
    const s = stream();
    await store.append(s, [labelled('a'), labelled('b')], 'no_stream');
    const [, second] = await store.readStream(s);
    // Someone appends an event with a forged envelope: its hash does not match its content.
    const forged = { ...second.metadata, eventId: randomUUID(), prevHash: second.metadata.hash };
    await raw.appendToStream(s, jsonEvent({ id: forged.eventId, type: 'SomethingHappened', data: { label: 'forged' }, metadata: forged }), {
      expectedRevision: 1n,
    });
    expect(await store.verifyStream(s)).toMatchObject({ ok: false, firstBreak: { streamId: s, revision: 2, reason: 'changed' } });
    expect((await store.verifyAll()).firstBreak).toMatchObject({ streamId: s, revision: 2, reason: 'changed' });
  });
});

describe('EsdbEventStore: the server goes away and comes back', () => {
  const server = new EsdbTestServer();
  let store: EsdbEventStore;

  beforeEach(async () => {
    if (!server.running) await server.start();
    store = new EsdbEventStore({
      connectionString: server.connectionString,
      subscriptionRetry: { initialDelayMs: 300, maxDelayMs: 300 },
      appendRetryMs: 500,
    });
  });
  beforeAll(() => server.start(0));
  afterEach(() => store.close());
  afterAll(() => server.stop());

  it('calls fail with StoreUnavailableError and health says unreadable while it is down, and work again after', async () => {
    const s = stream();
    await store.append(s, [labelled('a')], 'no_stream');
    await server.stop();
    const started = Date.now();
    const refused = await store.append(s, [labelled('b')], 0).catch((e: unknown) => e);
    // It kept trying (backing off 25, 50, 100, 200 ms) within appendRetryMs before saying so.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    await expect(store.readAll()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.readStream(s)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.health()).toMatchObject({ readable: false });
    await server.start();
    await whenAvailable(() => store.append(s, [labelled('b')], 0));
    expect((await store.readStream(s)).map((e) => e.data.label)).toEqual(['a', 'b']);
    expect(await store.health()).toMatchObject({ readable: true, headPosition: (await store.readStream(s))[1].position });
  });

  it('a subscription resumes after the last event it received: nothing lost, nothing repeated', async () => {
    const s = stream();
    const writer = new EsdbEventStore({ connectionString: server.connectionString });
    try {
      await writer.append(s, [labelled('0'), labelled('1'), labelled('2')], 'no_stream');
      const subscription = store.subscribeToAll({ maxBatch: 2 });
      const iterator = subscription[Symbol.asyncIterator]();
      try {
        const seen = await eventsOf(iterator, s, 3);
        await server.stop();
        await server.start();
        // Written after the restart and before the subscription is back (it waits 300 ms): caught up on resubscribing.
        await whenAvailable(() => writer.append(s, [labelled('3'), labelled('4')], 2));
        await eventsOf(iterator, s, 5, seen);
        // And live again afterwards.
        await writer.append(s, [labelled('5')], 4);
        await eventsOf(iterator, s, 6, seen);
        const mine = seen.filter((e) => e.streamId === s);
        expect(mine.map((e) => e.data.label)).toEqual(['0', '1', '2', '3', '4', '5']);
        expect(new Set(seen.map((e) => e.position)).size).toBe(seen.length);
      } finally {
        await subscription.close();
      }
    } finally {
      await writer.close();
    }
  });

  it('a subscription that cannot get back within its attempts fails with StoreUnavailableError', async () => {
    const impatient = new EsdbEventStore({ connectionString: server.connectionString, subscriptionRetry: { initialDelayMs: 50, maxDelayMs: 50, maxAttempts: 2 } });
    try {
      const subscription = impatient.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      await nextBatch(iterator); // caught up
      await server.stop();
      let error: unknown = null;
      for (let i = 0; i < 100 && !error; i++) await iterator.next().catch((e: unknown) => (error = e));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      await subscription.close();
    } finally {
      await impatient.close();
      await server.start();
    }
  });

  it('after close, calls fail with StoreUnavailableError', async () => {
    await store.close();
    await expect(store.readAll()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.append(stream(), [labelled('a')], 'any')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.health()).toMatchObject({ readable: false, detail: 'closed' });
  });
});

describe.each([
  ['Streams.BatchAppend', true],
  ['Streams.Append', false],
])('EsdbEventStore: an append larger than the server takes, by %s', (_route, batchAppend) => {
  const server = new EsdbTestServer({ batchAppend, maxAppendSize: 4096, maxAppendEventSize: 2048 });
  let store: EsdbEventStore;
  beforeAll(() => server.start(0));
  beforeEach(() => {
    store = new EsdbEventStore({ connectionString: server.connectionString });
  });
  afterEach(() => store.close());
  afterAll(() => server.stop());

  const sized = (bytes: number) => newEvent('SomethingHappened', { text: 'x'.repeat(bytes) });

  it('over the maximum append size: AppendTooLargeError naming the limit, and nothing appended', async () => {
    const s = stream();
    await store.append(s, [sized(100)], 'no_stream');
    const error = await store.append(s, [sized(1500), sized(1500), sized(1500)], 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppendTooLargeError);
    expect(error).toMatchObject({ streamId: s, limitOn: 'append', limitBytes: 4096 });
    expect(await store.readStream(s)).toHaveLength(1);
    expect(server.log.streamRevision(s)).toBe(0);
    // The stream goes on: a smaller append after it is stored.
    await expect(store.append(s, [sized(1500)], 0)).resolves.toMatchObject({ streamRevision: 1 });
  });

  it('one event over the maximum event size: AppendTooLargeError on the event (its limit named where the client passes it on), nothing appended', async () => {
    const s = stream();
    const error = await store.append(s, [sized(100), sized(2500)], 'no_stream').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppendTooLargeError);
    // Client 6.2.1 cannot read this refusal's detail from a BatchAppend answer; Streams.Append's message carries the limit.
    expect(error).toMatchObject({ streamId: s, limitOn: 'event', limitBytes: batchAppend ? null : 2048 });
    expect(await store.readStream(s)).toEqual([]);
  });
});
