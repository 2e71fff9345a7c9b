import * as grpc from '@grpc/grpc-js';
import {
  type AllStreamResolvedEvent,
  BACKWARDS,
  CancelledError,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { ServerFeaturesClient } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { type SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { randomUUID } from 'node:crypto';
import { EMULATED_SERVER_VERSION, EsdbTestServer } from './esdb-test-server';
import { KURRENTDB_VERSION } from './kurrentdb';

/**
 * The test server driven by the real @eventstore/db-client, asserting EventStoreDB's
 * documented behaviour. The client appends by Streams.BatchAppend here (the server
 * advertises it); batch-append.int.spec.ts covers that route's protocol and both routes'
 * refusals, this file the log's rules on both routes.
 */
describe.each([
  ['BatchAppend', true],
  ['Append', false],
])('EsdbTestServer with @eventstore/db-client, appending by Streams.%s', (route, batchAppend) => {
  const server = new EsdbTestServer({ batchAppend });
  let client: EventStoreDBClient;

  beforeAll(async () => {
    await server.start(0);
    client = EventStoreDBClient.connectionString(server.connectionString);
  });
  afterAll(async () => {
    await client.dispose();
    await server.stop();
    // Every append of this file went by the route under test, and none by the other.
    const other = batchAppend ? 'append' : 'batchAppend';
    expect(server.appendsByRoute[batchAppend ? 'batchAppend' : 'append']).toBeGreaterThan(0);
    expect(server.appendsByRoute[other]).toBe(0);
  });

  const stream = () => `test-${randomUUID()}`;
  const event = (n: number, id: string = randomUUID()) => jsonEvent({ id, type: 'Happened', data: { n } });
  const collect = async <T>(readable: AsyncIterable<T>) => {
    const out: T[] = [];
    for await (const item of readable) out.push(item);
    return out;
  };
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);
  const allEvents = async () => (await collect(client.readAll({ fromPosition: START }))) as AllStreamResolvedEvent[];

  describe('append: expected revisions', () => {
    it('no_stream creates a stream and is refused on an existing one with its current revision', async () => {
      const s = stream();
      const result = await client.appendToStream(s, [event(0), event(1)], { expectedRevision: 'no_stream' });
      expect(result).toMatchObject({ success: true, nextExpectedRevision: 1n });
      const error = await failure(client.appendToStream(s, event(2), { expectedRevision: 'no_stream' }));
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamName: s, expectedVersion: 'no_stream', actualVersion: 1n });
    });

    it('stream_exists is refused on a missing stream (current: no_stream) and appends to an existing one', async () => {
      const s = stream();
      expect(await failure(client.appendToStream(s, event(0), { expectedRevision: 'stream_exists' }))).toMatchObject({
        actualVersion: 'no_stream',
        expectedVersion: 'stream_exists',
      });
      await client.appendToStream(s, event(0), { expectedRevision: 'no_stream' });
      expect(await client.appendToStream(s, event(1), { expectedRevision: 'stream_exists' })).toMatchObject({ nextExpectedRevision: 1n });
    });

    it('any appends whatever the state; an exact revision only when it is the current one', async () => {
      const s = stream();
      await client.appendToStream(s, event(0), { expectedRevision: 'any' });
      await client.appendToStream(s, event(1), { expectedRevision: 'any' });
      expect(await failure(client.appendToStream(s, event(2), { expectedRevision: 5n }))).toMatchObject({ expectedVersion: 5n, actualVersion: 1n });
      expect(await failure(client.appendToStream(s, event(2), { expectedRevision: 0n }))).toMatchObject({ expectedVersion: 0n, actualVersion: 1n });
      expect(await client.appendToStream(s, event(2), { expectedRevision: 1n })).toMatchObject({ nextExpectedRevision: 2n });
    });
  });

  describe('append: idempotency by event id', () => {
    it('the same ids after the same expected revision succeed with the original result and store nothing', async () => {
      const s = stream();
      await client.appendToStream(s, event(0), { expectedRevision: 'no_stream' });
      const batch = [event(1), event(2)];
      const first = await client.appendToStream(s, batch, { expectedRevision: 0n });
      await client.appendToStream(stream(), event(0));
      const before = (await allEvents()).length;
      expect(await client.appendToStream(s, batch, { expectedRevision: 0n })).toEqual(first);
      expect(await client.appendToStream(s, batch, { expectedRevision: 'any' })).toEqual(first);
      expect((await allEvents()).length).toBe(before);
      expect(await collect(client.readStream(s))).toHaveLength(3);
    });

    it('a batch that matches stored events only in part is refused as a wrong expected version', async () => {
      const s = stream();
      const batch = [event(0), event(1)];
      await client.appendToStream(s, batch, { expectedRevision: 'no_stream' });
      expect(await failure(client.appendToStream(s, [batch[0], event(9)], { expectedRevision: 'no_stream' }))).toBeInstanceOf(WrongExpectedVersionError);
      expect(await failure(client.appendToStream(s, [batch[1], event(9)], { expectedRevision: 'any' }))).toBeInstanceOf(WrongExpectedVersionError);
      expect(await collect(client.readStream(s))).toHaveLength(2);
    });

    it('an id stored in another stream does not stop a write (ids are checked per stream)', async () => {
      const shared = randomUUID();
      await client.appendToStream(stream(), event(0, shared));
      const s = stream();
      await expect(client.appendToStream(s, event(0, shared), { expectedRevision: 'no_stream' })).resolves.toMatchObject({ success: true });
    });
  });

  describe('reading a stream', () => {
    const s = `read-${randomUUID()}`;
    beforeAll(async () => {
      await client.appendToStream(s, [0, 1, 2, 3, 4, 5].map((n) => event(n)), { expectedRevision: 'no_stream' });
    });
    const revisions = (events: ResolvedEvent[]) => events.map((e) => Number(e.event!.revision));

    it('forwards from a revision with a maximum count', async () => {
      expect(revisions(await collect(client.readStream(s, { fromRevision: 2n, maxCount: 3 })))).toEqual([2, 3, 4]);
      expect(revisions(await collect(client.readStream(s, { fromRevision: START, direction: FORWARDS })))).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('backwards from the end or from a revision', async () => {
      expect(revisions(await collect(client.readStream(s, { fromRevision: END, direction: BACKWARDS, maxCount: 2 })))).toEqual([5, 4]);
      expect(revisions(await collect(client.readStream(s, { fromRevision: 3n, direction: BACKWARDS })))).toEqual([3, 2, 1, 0]);
    });

    it('events come back with their type, JSON data, id and position', async () => {
      const [first] = await collect(client.readStream(s, { maxCount: 1 }));
      expect(first.event).toMatchObject({ streamId: s, type: 'Happened', data: { n: 0 }, isJson: true, revision: 0n });
      expect(first.event!.position!.commit).toBe(first.event!.position!.prepare);
    });

    it('a missing stream is StreamNotFoundError', async () => {
      expect(await failure(collect(client.readStream(stream())))).toBeInstanceOf(StreamNotFoundError);
    });
  });

  describe('$all', () => {
    it('holds the server system events ($-prefixed streams) before anything written', async () => {
      const all = await allEvents();
      expect(all.slice(0, 2).map((e) => e.event!.streamId)).toEqual(['$users', '$settings']);
    });

    it('reads forwards from a position, that event included; positions increase, with gaps, commit == prepare', async () => {
      const s = stream();
      const result = await client.appendToStream(s, [event(0), event(1), event(2)]);
      const mine = (await allEvents()).filter((e) => e.event!.streamId === s);
      const positions = mine.map((e) => e.event!.position.commit);
      expect(positions[1] - positions[0]).toBeGreaterThan(1n);
      for (const e of mine) expect(e.event!.position.prepare).toBe(e.event!.position.commit);
      expect(result.position).toEqual(mine[2].event!.position);
      const from = await collect(client.readAll({ fromPosition: mine[1].event!.position, maxCount: 2 }));
      expect(from.map((e) => e.event!.position.commit)).toEqual([positions[1], positions[2]]);
    });

    it('reads backwards from the end', async () => {
      const s = stream();
      await client.appendToStream(s, [event(0), event(1)]);
      const [last] = await collect(client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 }));
      expect(last.event).toMatchObject({ streamId: s, revision: 1n });
    });
  });

  describe('subscription to $all', () => {
    it('confirms, sends the events after the position, says caught up, then sends live events', async () => {
      const s = stream();
      await client.appendToStream(s, [event(0), event(1), event(2)]);
      const [, second] = (await allEvents()).filter((e) => e.event!.streamId === s);
      const subscription = client.subscribeToAll({ fromPosition: second.event!.position });
      const seen: string[] = [];
      const order: string[] = [];
      subscription.on('confirmation', () => order.push('confirmation'));
      subscription.on('caughtUp', () => {
        order.push('caughtUp');
        void client.appendToStream(s, event(3));
      });
      const done = new Promise<void>((resolve) => {
        subscription.on('data', (e: AllStreamResolvedEvent) => {
          order.push('event');
          if (e.event!.streamId === s) seen.push(`${e.event!.revision}`);
          if (seen.length === 2) resolve();
        });
      });
      await done;
      await subscription.unsubscribe();
      expect(seen).toEqual(['2', '3']);
      expect(order).toEqual(['confirmation', 'event', 'caughtUp', 'event']);
    });
  });

  describe('connecting', () => {
    it(`answers ServerFeatures.GetSupportedMethods with the pinned version, and BatchAppend listed only when served (${route})`, async () => {
      const features = new ServerFeaturesClient(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
      const methods = await new Promise<SupportedMethods>((resolve, reject) =>
        features.getSupportedMethods(new Empty(), (error, value) => (error ? reject(error) : resolve(value))),
      );
      features.close();
      expect(methods.getEventStoreServerVersion()).toBe(KURRENTDB_VERSION);
      expect(EMULATED_SERVER_VERSION).toBe(KURRENTDB_VERSION);
      const listed = Object.fromEntries(methods.getMethodsList().map((m) => [`${m.getServiceName()}/${m.getMethodName()}`, m.getFeaturesList()]));
      expect(listed['event_store.client.streams.streams/append']).toEqual([]);
      expect(listed['event_store.client.streams.streams/batchappend']).toEqual(batchAppend ? ['deadline_duration'] : undefined);
    });

    it('answers gossip, so a discovery connection string finds the node', async () => {
      const discovering = EventStoreDBClient.connectionString(`esdb+discover://127.0.0.1:${server.port}?tls=false`);
      try {
        await expect(discovering.appendToStream(stream(), event(0))).resolves.toMatchObject({ success: true });
      } finally {
        await discovering.dispose();
      }
    });
  });

  describe('going away and coming back', () => {
    it('refuses calls while stopped and serves the same log on the same port after start', async () => {
      const s = stream();
      await client.appendToStream(s, event(0));
      const port = server.port;
      await server.stop();
      // The call under way is cut (cancelled), a new one finds no server (unavailable).
      expect([UnavailableError, CancelledError]).toContain((await failure(client.appendToStream(s, event(1))))?.constructor);
      await server.start();
      expect(server.port).toBe(port);
      // The client reconnects on its next call.
      let result: unknown = null;
      for (let i = 0; i < 20 && !result; i++) {
        result = await client.appendToStream(s, event(1), { expectedRevision: 0n }).catch(() => null);
        if (!result) await new Promise((r) => setTimeout(r, 100));
      }
      expect(result).toMatchObject({ nextExpectedRevision: 1n });
      expect(await collect(client.readStream(s))).toHaveLength(2);
    });
  });
});
