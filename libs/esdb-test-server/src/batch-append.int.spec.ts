import * as grpc from '@grpc/grpc-js';
import {
  CancelledError,
  DeadlineExceededError,
  EventStoreDBClient,
  jsonEvent,
  MaxAppendSizeExceededError,
  UnavailableError,
  UnknownError,
} from '@eventstore/db-client';
import { BadRequest, Empty, MaximumAppendSizeExceeded, StreamIdentifier, UUID, WrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { StreamsClient } from '@eventstore/db-client/generated/streams_grpc_pb';
import { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import { BinaryReader, BinaryWriter } from 'google-protobuf';
import { Timestamp } from 'google-protobuf/google/protobuf/timestamp_pb';
import { randomUUID } from 'node:crypto';
import { EsdbTestServer } from './esdb-test-server';
import { sizeOnDisk } from './kurrentdb';
import { uuidOf } from './proposed-messages';

/**
 * Streams.BatchAppend as KurrentDB serves it, driven request by request over gRPC with
 * the client package's own messages, and the refusals both append routes share as
 * @eventstore/db-client reports them.
 */

const stream = () => `batch-${randomUUID()}`;
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

type Expected = 'any' | 'no_stream' | 'stream_exists' | number;

function options(streamName: string, expected: Expected, deadline?: Date): BatchAppendReq.Options {
  const o = new BatchAppendReq.Options().setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8')));
  if (expected === 'any') o.setAny(new Empty());
  else if (expected === 'no_stream') o.setNoStream(new Empty());
  else if (expected === 'stream_exists') o.setStreamExists(new Empty());
  else o.setStreamPosition(String(expected));
  if (deadline) o.setDeadline(Timestamp.fromDate(deadline));
  return o;
}

/** A JSON event of exactly `size` bytes as the server counts them (type "T": 2 bytes, no metadata). */
function proposed(size = 100, id: string = randomUUID(), metadata: Record<string, string> = { type: 'T', 'content-type': 'application/json' }) {
  const message = new BatchAppendReq.ProposedMessage().setId(new UUID().setString(id)).setData(Buffer.from(`"${'x'.repeat(size - 4)}"`));
  for (const [key, value] of Object.entries(metadata)) message.getMetadataMap().set(key, value);
  return message;
}

function request(correlationId: string, parts: { options?: BatchAppendReq.Options; events?: BatchAppendReq.ProposedMessage[]; isFinal?: boolean }) {
  const req = new BatchAppendReq().setCorrelationId(new UUID().setString(correlationId)).setIsFinal(parts.isFinal ?? true);
  if (parts.options) req.setOptions(parts.options);
  req.setProposedMessagesList(parts.events ?? []);
  return req;
}

/** One BatchAppend call; answers are kept in arrival order. */
function openCall(port: number) {
  const client = new StreamsClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const call = client.batchAppend();
  const answers: BatchAppendResp[] = [];
  const waiters: Array<() => void> = [];
  let ended: grpc.StatusObject | null = null;
  call.on('data', (resp: BatchAppendResp) => {
    answers.push(resp);
    for (const w of waiters.splice(0)) w();
  });
  call.on('status', (status: grpc.StatusObject) => (ended = status));
  call.on('error', () => undefined);
  return {
    send: (req: BatchAppendReq) => call.write(req),
    async answers(count: number, timeoutMs = 5000): Promise<BatchAppendResp[]> {
      const deadline = Date.now() + timeoutMs;
      while (answers.length < count) {
        if (Date.now() > deadline) throw new Error(`${answers.length} of ${count} answers before the timeout`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 20);
        });
      }
      return answers.slice(0, count);
    },
    get status() {
      return ended as grpc.StatusObject | null;
    },
    close() {
      call.end();
      client.close();
    },
  };
}

const correlationOf = (resp: BatchAppendResp) => uuidOf(resp.getCorrelationId());
const streamOf = (resp: BatchAppendResp) => Buffer.from(resp.getStreamIdentifier()!.getStreamName_asU8()).toString('utf8');

describe('Streams.BatchAppend, request by request', () => {
  const server = new EsdbTestServer({ maxAppendSize: 1000, maxAppendEventSize: 600, writeTimeoutMs: 10_000 });
  let call: ReturnType<typeof openCall>;
  beforeAll(() => server.start(0));
  beforeEach(() => {
    call = openCall(server.port);
  });
  afterEach(() => call.close());
  afterAll(() => server.stop());

  it('answers each append by its correlation id as it completes, its events possibly split over several requests', async () => {
    const [a, b] = [stream(), stream()];
    const [ca, cb] = [randomUUID(), randomUUID()];
    call.send(request(ca, { options: options(a, 'no_stream'), events: [proposed(), proposed()], isFinal: false }));
    call.send(request(cb, { options: options(b, 'any'), events: [proposed()] }));
    call.send(request(ca, { events: [proposed()] }));
    const [first, second] = await call.answers(2);
    expect([correlationOf(first), streamOf(first)]).toEqual([cb, b]);
    expect([correlationOf(second), streamOf(second)]).toEqual([ca, a]);
    const stored = server.log.readStream(a, 'start', 'forwards', 10)!;
    expect(stored).toHaveLength(3);
    const success = second.getSuccess()!;
    expect(success.getCurrentRevision()).toBe('2');
    expect(success.getPosition()!.getCommitPosition()).toBe(String(stored[2].position));
    expect(success.getPosition()!.getPreparePosition()).toBe(String(stored[2].position));
    expect(first.getSuccess()!.getCurrentRevision()).toBe('0');
  });

  it('a wrong expected revision is a google.rpc.Status ALREADY_EXISTS carrying WrongExpectedVersion (current and expected)', async () => {
    const s = stream();
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    call.send(request(ids[0], { options: options(s, 'no_stream'), events: [proposed()] }));
    call.send(request(ids[1], { options: options(s, 'no_stream'), events: [proposed()] }));
    call.send(request(ids[2], { options: options(stream(), 4), events: [proposed()] }));
    const [, taken, missing] = await call.answers(3);
    for (const answer of [taken, missing]) {
      expect(answer.getError()!.getCode()).toBe(grpc.status.ALREADY_EXISTS);
      expect(answer.getError()!.getMessage()).toBe('WrongExpectedVersion');
      expect(answer.getError()!.getDetails()!.getTypeName()).toBe('event_store.client.WrongExpectedVersion');
    }
    const unpack = (r: BatchAppendResp) => r.getError()!.getDetails()!.unpack(WrongExpectedVersion.deserializeBinary, 'event_store.client.WrongExpectedVersion')!;
    expect(unpack(taken).toObject()).toMatchObject({ currentStreamRevision: '0', expectedNoStream: {} });
    expect(unpack(missing).toObject()).toMatchObject({ currentNoStream: {}, expectedStreamPosition: '4' });
    expect(correlationOf(taken)).toBe(ids[1]);
    expect(server.log.streamRevision(s)).toBe(0);
  });

  it('the same event ids after the same expected revision answer the first success and store nothing', async () => {
    const s = stream();
    const events = [proposed(), proposed()];
    call.send(request(randomUUID(), { options: options(s, 'no_stream'), events }));
    call.send(request(randomUUID(), { options: options(s, 'no_stream'), events }));
    const [first, again] = await call.answers(2);
    expect(again.getSuccess()!.toObject()).toEqual(first.getSuccess()!.toObject());
    expect(server.log.readStream(s, 'start', 'forwards', 10)).toHaveLength(2);
  });

  it('an append over MaxAppendSize is refused with MaximumAppendSizeExceeded naming the limit, nothing stored; one at the limit is stored', async () => {
    const [over, at] = [stream(), stream()];
    // 5 x 200 = 1000 bytes, the limit; the sixth event is in a later request of the same append.
    const overId = randomUUID();
    call.send(request(overId, { options: options(over, 'no_stream'), events: Array.from({ length: 5 }, () => proposed(200)), isFinal: false }));
    call.send(request(randomUUID(), { options: options(at, 'no_stream'), events: Array.from({ length: 5 }, () => proposed(200)) }));
    const [accepted] = await call.answers(1);
    expect(streamOf(accepted)).toBe(at);
    expect(accepted.getSuccess()!.getCurrentRevision()).toBe('4');
    expect(sizeOnDisk('T', proposed(200).getData_asU8(), new Uint8Array(0))).toBe(200);

    call.send(request(overId, { events: [proposed(200)], isFinal: false }));
    const [, refused] = await call.answers(2);
    expect(correlationOf(refused)).toBe(overId);
    expect(refused.getError()!.toObject()).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, message: 'MaximumAppendSizeExceeded' });
    const detail = refused.getError()!.getDetails()!.unpack(MaximumAppendSizeExceeded.deserializeBinary, 'event_store.client.MaximumAppendSizeExceeded')!;
    expect(detail.getMaxappendsize()).toBe(1000);
    expect(server.log.readStream(over, 'start', 'forwards', 10)).toBeNull();
  });

  it('an event over MaxAppendEventSize is refused with MaximumAppendEventSizeExceeded: its id, its size, the limit', async () => {
    const s = stream();
    const big = randomUUID();
    call.send(request(randomUUID(), { options: options(s, 'any'), events: [proposed(100), proposed(601, big)] }));
    const [refused] = await call.answers(1);
    expect(refused.getError()!.toObject()).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, message: 'MaximumAppendEventSizeExceeded' });
    const any = refused.getError()!.getDetails()!;
    expect(any.getTypeName()).toBe('event_store.client.MaximumAppendEventSizeExceeded');
    const reader = new BinaryReader(any.getValue_asU8());
    const fields: Record<number, string | number> = {};
    while (reader.nextField()) fields[reader.getFieldNumber()] = reader.getFieldNumber() === 1 ? reader.readString() : reader.readUint32();
    expect(fields).toEqual({ 1: big, 2: 601, 3: 600 });
    expect(server.log.readStream(s, 'start', 'forwards', 10)).toBeNull();
  });

  it('a deadline already past (a Timestamp, as client 6.2.1 sends it) is answered Timeout, nothing stored', async () => {
    const s = stream();
    call.send(request(randomUUID(), { options: options(s, 'any', new Date(Date.now() - 1)), events: [proposed()] }));
    const [answer] = await call.answers(1);
    expect(answer.getError()!.toObject()).toMatchObject({ code: grpc.status.DEADLINE_EXCEEDED, message: 'Timeout' });
    expect(answer.getError()!.getDetails()!.getTypeName()).toBe('event_store.client.Timeout');
    expect(server.log.readStream(s, 'start', 'forwards', 10)).toBeNull();
  });

  it('a proposed event without its type metadata is answered BadRequest, and the call goes on', async () => {
    const s = stream();
    call.send(request(randomUUID(), { options: options(s, 'any'), events: [proposed(100, randomUUID(), { 'content-type': 'application/json' })] }));
    call.send(request(randomUUID(), { options: options(s, 'any'), events: [proposed()] }));
    const [bad, good] = await call.answers(2);
    expect(bad.getError()!.getMessage()).toBe('BadRequest');
    const detail = bad.getError()!.getDetails()!.unpack(BadRequest.deserializeBinary, 'event_store.client.BadRequest')!;
    expect(detail.getMessage()).toBe("Required Metadata Property 'type' is missing");
    expect(good.getSuccess()!.getCurrentRevision()).toBe('0');
  });
});

describe('Streams.BatchAppend deadlines', () => {
  it("an append whose last request does not come within WriteTimeoutMs is answered Timeout, with the server's structured correlation id", async () => {
    const server = new EsdbTestServer({ writeTimeoutMs: 150 });
    await server.start(0);
    const call = openCall(server.port);
    try {
      const s = stream();
      const id = randomUUID();
      call.send(request(id, { options: options(s, 'any'), events: [proposed()], isFinal: false }));
      const [answer] = await call.answers(1);
      expect(answer.getError()!.getMessage()).toBe('Timeout');
      expect(answer.getCorrelationId()!.hasStructured()).toBe(true);
      expect(correlationOf(answer)).toBe(id);
      // Its last request, late, belongs to no append any more: nothing is stored.
      call.send(request(id, { events: [proposed()] }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(server.log.readStream(s, 'start', 'forwards', 10)).toBeNull();
    } finally {
      call.close();
      await server.stop();
    }
  });

  it('a deadline sent as a Duration (the advertised deadline_duration feature) is read, not only the 21.10 Timestamp', async () => {
    // WriteTimeoutMs of a minute: a Timeout within seconds can only come from the 150 ms Duration.
    const server = new EsdbTestServer({ writeTimeoutMs: 60_000 });
    await server.start(0);
    const raw = new grpc.Client(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
    const call = raw.makeBidiStreamRequest('/event_store.client.streams.Streams/BatchAppend', (bytes: Buffer) => bytes, BatchAppendResp.deserializeBinary);
    try {
      const s = stream();
      const duration = new BinaryWriter();
      duration.writeInt32(2, 150_000_000); // nanos: 150 ms
      const optionsWithDuration = new BinaryWriter();
      optionsWithDuration.writeBytes(7, duration.getResultBuffer());
      const body = Buffer.concat([options(s, 'any').serializeBinary(), optionsWithDuration.getResultBuffer()]);
      const top = new BinaryWriter();
      top.writeBytes(2, body);
      const id = randomUUID();
      const req = request(id, { events: [proposed()], isFinal: false });
      call.on('error', () => undefined);
      const answer = new Promise<BatchAppendResp>((resolve) => call.on('data', resolve));
      call.write(Buffer.concat([req.serializeBinary(), top.getResultBuffer()]));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([answer, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 5000)))]);
      clearTimeout(timer);
      expect(timedOut?.getError()?.getMessage()).toBe('Timeout');
      expect(correlationOf(timedOut!)).toBe(id);
    } finally {
      call.end();
      raw.close();
      await server.stop();
    }
  });
});

describe('refusals through @eventstore/db-client, on both append routes', () => {
  describe.each([
    ['BatchAppend', true],
    ['Append', false],
  ])('Streams.%s', (_route, batchAppend) => {
    const server = new EsdbTestServer({ batchAppend, maxAppendSize: 4096 });
    let client: EventStoreDBClient;
    beforeAll(async () => {
      await server.start(0);
      client = EventStoreDBClient.connectionString(server.connectionString);
    });
    afterAll(async () => {
      await client.dispose();
      await server.stop();
    });

    it('an append over the maximum append size is MaxAppendSizeExceededError naming the limit, and nothing is stored', async () => {
      const s = stream();
      const events = Array.from({ length: 5 }, (_, n) => jsonEvent({ type: 'Big', data: { n, text: 'x'.repeat(1000) } }));
      const error = await failure(client.appendToStream(s, events));
      expect(error).toBeInstanceOf(MaxAppendSizeExceededError);
      expect((error as MaxAppendSizeExceededError).maxAppendSize).toBe(4096);
      expect(server.log.readStream(s, 'start', 'forwards', 10)).toBeNull();
      await expect(client.appendToStream(s, events.slice(0, 3))).resolves.toMatchObject({ nextExpectedRevision: 2n });
    });

    it('an event over the maximum event size is refused, and nothing is stored (client 6.2.1 cannot name this refusal)', async () => {
      const small = new EsdbTestServer({ batchAppend, maxAppendEventSize: 512 });
      await small.start(0);
      const c = EventStoreDBClient.connectionString(small.connectionString);
      try {
        const s = stream();
        const error = await failure(c.appendToStream(s, jsonEvent({ type: 'Big', data: { text: 'x'.repeat(600) } })));
        expect(error).toBeInstanceOf(UnknownError);
        expect(small.log.readStream(s, 'start', 'forwards', 10)).toBeNull();
      } finally {
        await c.dispose();
        await small.stop();
      }
    });
  });

  it('a BatchAppend deadline that has passed before the server reads the append is DeadlineExceededError (the client test suite case)', async () => {
    const server = new EsdbTestServer();
    await server.start(0);
    const client = EventStoreDBClient.connectionString(server.connectionString);
    try {
      const s = stream();
      const events = Array.from({ length: 3000 }, (_, n) => jsonEvent({ type: 'T', data: { n } }));
      expect(await failure(client.appendToStream(s, events, { deadline: 1 }))).toBeInstanceOf(DeadlineExceededError);
      expect(server.log.readStream(s, 'start', 'forwards', 10)).toBeNull();
      expect(server.appendsByRoute.batchAppend).toBe(1);
    } finally {
      await client.dispose();
      await server.stop();
    }
  });

  it('the client appends by Streams.Append when a call carries credentials of its own, and a server without BatchAppend answers it UNIMPLEMENTED', async () => {
    const server = new EsdbTestServer();
    const old = new EsdbTestServer({ batchAppend: false });
    await server.start(0);
    await old.start(0);
    const client = EventStoreDBClient.connectionString(server.connectionString);
    const raw = openCall(old.port);
    try {
      await client.appendToStream(stream(), jsonEvent({ type: 'T', data: {} }), { credentials: { username: 'admin', password: 'changeit' } });
      expect(server.appendsByRoute).toEqual({ append: 1, batchAppend: 0 });
      raw.send(request(randomUUID(), { options: options(stream(), 'any'), events: [proposed()] }));
      for (let i = 0; i < 100 && !raw.status; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(raw.status?.code).toBe(grpc.status.UNIMPLEMENTED);
    } finally {
      raw.close();
      await client.dispose();
      await server.stop();
      await old.stop();
    }
  });
});

describe('dropConnectionsAfter: a node lost between storing an append and answering it', () => {
  it.each([
    ['BatchAppend', true],
    ['Append', false],
  ])('Streams.%s: the append is stored, its caller is cut off, and the same append sent again is answered with the first result', async (_route, batchAppend) => {
    const server = new EsdbTestServer({ batchAppend });
    await server.start(0);
    const client = EventStoreDBClient.connectionString(server.connectionString);
    try {
      const s = stream();
      await client.appendToStream(s, jsonEvent({ type: 'T', data: { n: 0 } }), { expectedRevision: 'no_stream' });
      const back = server.dropConnectionsAfter(1, 50);
      const batch = [jsonEvent({ type: 'T', data: { n: 1 } }), jsonEvent({ type: 'T', data: { n: 2 } })];
      const cut = await failure(client.appendToStream(s, batch, { expectedRevision: 0n }));
      expect([UnavailableError, CancelledError]).toContain(cut?.constructor);
      expect(server.log.streamRevision(s)).toBe(2);
      await back;
      let again: unknown = null;
      for (let i = 0; i < 50 && !again; i++) {
        again = await client.appendToStream(s, batch, { expectedRevision: 0n }).catch(() => null);
        if (!again) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const stored = server.log.readStream(s, 'start', 'forwards', 10)!;
      expect(stored).toHaveLength(3);
      expect(again).toMatchObject({ success: true, nextExpectedRevision: 2n, position: { commit: stored[2].position } });
    } finally {
      await client.dispose();
      await server.stop();
    }
  });
});
