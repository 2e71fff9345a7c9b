import * as grpc from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
import { ClusterInfo, EndPoint, MemberInfo } from '@eventstore/db-client/generated/gossip_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { Empty, StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { AppendReq, AppendResp, type BatchAppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { type AppendTarget, type BatchAppendRequest, batchAppendMethod, serveBatchAppend } from './batch-append';
import { type AllFrom, type AppendOutcome, type ExpectedVersion, InMemoryLog, type LoggedEvent, type ProposedEvent, type StreamFrom } from './in-memory-log';
import {
  DEFAULT_MAX_APPEND_EVENT_SIZE,
  DEFAULT_MAX_APPEND_SIZE,
  DEFAULT_WRITE_TIMEOUT_MS,
  KURRENTDB_VERSION,
  MAX_RECEIVE_MESSAGE_SIZE,
  sizeOnDisk,
} from './kurrentdb';
import { JSON_CONTENT_TYPE, MissingMetadataError, proposedEventOf, streamNameOf, structuredUuid } from './proposed-messages';
import { rpcException } from './rpc-status';

/**
 * An in-process server that speaks the EventStoreDB gRPC protocol (the messages and
 * services generated in @eventstore/db-client) for what a single-node client uses:
 * append (Streams.BatchAppend and Streams.Append), read a stream, read $all, subscribe
 * to $all, server features and gossip, as KurrentDB KURRENTDB_VERSION does.
 * See README.md for what it implements and what it does not.
 */
export interface EsdbTestServerOptions {
  /** Write the system events a fresh node has ($settings, $users) so that readers see `$` streams in $all. Default true. */
  systemEvents?: boolean;
  /** Host to listen on. Default 127.0.0.1. */
  host?: string;
  /** The version reported by ServerFeatures.GetSupportedMethods. Default KURRENTDB_VERSION. */
  serverVersion?: string;
  /**
   * Serve and advertise Streams.BatchAppend, as every server since 21.10 does; the client
   * then sends its appends there. false imitates an older server: the client appends with
   * Streams.Append. Default true.
   */
  batchAppend?: boolean;
  /** The server's MaxAppendSize: the most an append's events may weigh together (sizeOnDisk). Default 256 MiB. */
  maxAppendSize?: number;
  /** The server's MaxAppendEventSize: the most one event may weigh (sizeOnDisk). Default 16 MiB. */
  maxAppendEventSize?: number;
  /** The server's WriteTimeoutMs: the longest a BatchAppend waits for an append's last request. Default 2000. */
  writeTimeoutMs?: number;
  clock?: () => Date;
}

/** The version this server imitates and reports. */
export const EMULATED_SERVER_VERSION = KURRENTDB_VERSION;

/** How many appends came by each route, so that a test can show which one the client took. */
export interface AppendRouteCounts {
  append: number;
  batchAppend: number;
}

export class EsdbTestServer {
  readonly log: InMemoryLog;
  private server: grpc.Server | null = null;
  private boundPort: number | null = null;
  private readonly host: string;
  private readonly serverVersion: string;
  private readonly batchAppend: boolean;
  private readonly appendTarget: AppendTarget;
  /** How to detach each open subscription from the log. */
  private readonly subscriptions = new Set<() => void>();
  /** Appends received by each route (whatever their outcome). */
  readonly appendsByRoute: AppendRouteCounts = { append: 0, batchAppend: 0 };
  private pendingDrop: { remaining: number; downMs: number; back: () => void } | null = null;

  constructor(options: EsdbTestServerOptions = {}) {
    this.log = new InMemoryLog(options.clock);
    this.host = options.host ?? '127.0.0.1';
    this.serverVersion = options.serverVersion ?? EMULATED_SERVER_VERSION;
    this.batchAppend = options.batchAppend ?? true;
    this.appendTarget = {
      log: this.log,
      limits: {
        maxAppendSize: options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE,
        maxAppendEventSize: options.maxAppendEventSize ?? DEFAULT_MAX_APPEND_EVENT_SIZE,
        writeTimeoutMs: options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS,
      },
      afterAppend: (outcome) => this.afterAppend(outcome),
    };
    if (options.systemEvents ?? true) this.writeSystemEvents();
  }

  /** Starts listening; port 0 picks a free port, and a restart after stop() reuses the last one. */
  async start(port: number = this.boundPort ?? 0): Promise<number> {
    if (this.server) throw new Error('the test server is already running');
    const server = new grpc.Server({ 'grpc.max_receive_message_length': MAX_RECEIVE_MESSAGE_SIZE });
    const streams: grpc.UntypedServiceImplementation = {
      read: (call: grpc.ServerWritableStream<ReadReq, ReadResp>) => this.read(call),
      append: (call: grpc.ServerReadableStream<AppendReq, AppendResp>, callback: grpc.sendUnaryData<AppendResp>) => this.append(call, callback),
    };
    // Without BatchAppend the method is not served at all (UNIMPLEMENTED), as on a server older than 21.10.
    if (this.batchAppend) {
      streams.batchAppend = (call: grpc.ServerDuplexStream<BatchAppendRequest, BatchAppendResp>) => {
        call.on('data', ({ message }: BatchAppendRequest) => {
          if (message.hasOptions()) this.appendsByRoute.batchAppend++;
        });
        serveBatchAppend(call, this.appendTarget);
      };
    }
    server.addService({ ...StreamsService, batchAppend: batchAppendMethod }, streams);
    server.addService(ServerFeaturesService, {
      getSupportedMethods: (_call: grpc.ServerUnaryCall<Empty, SupportedMethods>, callback: grpc.sendUnaryData<SupportedMethods>) =>
        callback(null, this.supportedMethods()),
    });
    server.addService(GossipService, {
      read: (_call: grpc.ServerUnaryCall<Empty, ClusterInfo>, callback: grpc.sendUnaryData<ClusterInfo>) => callback(null, this.clusterInfo()),
    });
    this.boundPort = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${this.host}:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    this.server = server;
    return this.boundPort;
  }

  /**
   * Stops at once, as a crashed or unplugged node would: open calls and connections
   * are cut, the log is kept. start() brings it back on the same port.
   */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    // Cut every connection without a status, as a crash would; the log stays.
    server.forceShutdown();
    for (const unsubscribe of this.subscriptions) unsubscribe();
  }

  /**
   * Cuts every connection when `appends` more appends have been written, before the
   * last of them is answered: a node lost between storing an append and replying, so
   * that append is stored but never acknowledged. The server listens again on the same
   * port, with the same log, `downMs` later; the promise resolves then.
   */
  dropConnectionsAfter(appends: number, downMs = 100): Promise<void> {
    return new Promise((back) => (this.pendingDrop = { remaining: appends, downMs, back }));
  }

  private afterAppend(outcome: AppendOutcome): boolean {
    const drop = this.pendingDrop;
    if (!drop || outcome.result !== 'success' || outcome.idempotent || --drop.remaining > 0) return true;
    this.pendingDrop = null;
    void this.stop()
      .then(() => new Promise((resolve) => setTimeout(resolve, drop.downMs)))
      .then(() => this.start())
      .then(drop.back);
    return false;
  }

  get running(): boolean {
    return this.server !== null;
  }

  get port(): number {
    if (this.boundPort === null) throw new Error('the test server has not been started');
    return this.boundPort;
  }

  /** For @eventstore/db-client's EventStoreDBClient.connectionString. */
  get connectionString(): string {
    return `esdb://${this.host}:${this.port}?tls=false`;
  }

  private writeSystemEvents(): void {
    const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
    const system = (type: string, data: unknown): ProposedEvent => ({
      eventId: randomUUID(),
      type,
      contentType: JSON_CONTENT_TYPE,
      data: json(data),
      metadata: new Uint8Array(0),
    });
    this.log.append('$users', { kind: 'no_stream' }, [system('$UserCreated', { LoginName: 'admin' })]);
    this.log.append('$settings', { kind: 'no_stream' }, [system('$settings', { $userStreamAcl: { $r: '$all' } })]);
  }

  // ---- Streams.Append ------------------------------------------------------

  /** Streams.Append (Streams.Append.cs): the options, then one request per event; one answer when the client has sent them all. */
  private append(call: grpc.ServerReadableStream<AppendReq, AppendResp>, callback: grpc.sendUnaryData<AppendResp>): void {
    this.appendsByRoute.append++;
    const { limits } = this.appendTarget;
    let options: AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    let size = 0;
    let failed = false;
    const fail = (error: grpc.ServiceError) => {
      if (failed) return;
      failed = true;
      callback(error);
    };
    call.on('data', (req: AppendReq) => {
      if (failed) return;
      if (req.hasOptions()) {
        options = req.getOptions();
        return;
      }
      const message = req.getProposedMessage();
      if (!options || !message) return fail(rpcException(grpc.status.INVALID_ARGUMENT, 'the first message of an append carries its options', {}));
      let event: ProposedEvent;
      try {
        event = proposedEventOf(message);
      } catch (error) {
        if (!(error instanceof MissingMetadataError)) throw error;
        return fail(
          rpcException(grpc.status.INVALID_ARGUMENT, error.message, {
            exception: 'missing-required-metadata-property',
            'required-metadata-properties': 'type,content-type',
          }),
        );
      }
      const eventSize = sizeOnDisk(event.type, event.data, event.metadata);
      if (eventSize > limits.maxAppendEventSize) {
        return fail(
          rpcException(
            grpc.status.INVALID_ARGUMENT,
            `Event with Id: ${event.eventId}, Size: ${eventSize}, exceeds Maximum Append Event Size of ${limits.maxAppendEventSize}.`,
            {
              exception: 'maximum-append-event-size-exceeded',
              'maximum-append-event-size': String(limits.maxAppendEventSize),
              'event-id': event.eventId,
              'proposed-append-event-size': String(eventSize),
            },
          ),
        );
      }
      size += eventSize;
      if (size > limits.maxAppendSize) {
        return fail(
          rpcException(grpc.status.INVALID_ARGUMENT, `Maximum Append Size of ${limits.maxAppendSize} Exceeded.`, {
            exception: 'maximum-append-size-exceeded',
            'maximum-append-size': String(limits.maxAppendSize),
          }),
        );
      }
      proposed.push(event);
    });
    call.on('error', () => (failed = true));
    call.on('end', () => {
      if (failed) return;
      if (!options) return fail(rpcException(grpc.status.INVALID_ARGUMENT, 'an append needs its options', {}));
      const expected = expectedVersionOf(options);
      const outcome = this.log.append(streamNameOf(options.getStreamIdentifier()), expected, proposed);
      if (!this.afterAppend(outcome)) return;
      const resp = new AppendResp();
      if (outcome.result === 'success') {
        const success = new AppendResp.Success();
        if (outcome.currentRevision === null) success.setNoStream(new Empty());
        else success.setCurrentRevision(String(outcome.currentRevision));
        if (outcome.position === null) success.setNoPosition(new Empty());
        else success.setPosition(new AppendResp.Position().setCommitPosition(String(outcome.position)).setPreparePosition(String(outcome.position)));
        resp.setSuccess(success);
      } else {
        // As the server answers since 20.10: a result in the response, not a gRPC error.
        const wrong = new AppendResp.WrongExpectedVersion();
        switch (expected.kind) {
          case 'any':
            wrong.setExpectedAny(new Empty()).setAny2060(new Empty());
            break;
          case 'stream_exists':
            wrong.setExpectedStreamExists(new Empty()).setStreamExists2060(new Empty());
            break;
          case 'no_stream':
            // The server also sets the 20.6 field to ulong.MaxValue, which this message's number field cannot carry; no client reads it.
            wrong.setExpectedNoStream(new Empty());
            break;
          case 'revision':
            wrong.setExpectedRevision(String(expected.revision)).setExpectedRevision2060(expected.revision);
            break;
        }
        if (outcome.currentRevision === null) wrong.setCurrentNoStream(new Empty()).setNoStream2060(new Empty());
        else wrong.setCurrentRevision(String(outcome.currentRevision)).setCurrentRevision2060(outcome.currentRevision);
        resp.setWrongExpectedVersion(wrong);
      }
      callback(null, resp);
    });
  }

  // ---- Streams.Read: stream reads, $all reads, $all subscriptions -------------

  private read(call: grpc.ServerWritableStream<ReadReq, ReadResp>): void {
    const options = call.request.getOptions();
    if (!options) return fail(call, statusError(grpc.status.INVALID_ARGUMENT, 'a read needs its options'));
    if (options.getFilterOptionCase() === ReadReq.Options.FilterOptionCase.FILTER) {
      return fail(call, statusError(grpc.status.UNIMPLEMENTED, 'the test server does not implement server-side filters'));
    }
    // resolve_links is accepted and changes nothing: this log has no link events.
    const structuredIds = options.getUuidOption()?.getContentCase() === ReadReq.Options.UUIDOption.ContentCase.STRUCTURED;
    const toResp = (event: LoggedEvent) => readEventResp(event, structuredIds);
    const forwards = options.getReadDirection() === ReadReq.Options.ReadDirection.FORWARDS;
    const subscription = options.getCountOptionCase() === ReadReq.Options.CountOptionCase.SUBSCRIPTION;

    if (options.getStreamOptionCase() === ReadReq.Options.StreamOptionCase.STREAM) {
      if (subscription) return fail(call, statusError(grpc.status.UNIMPLEMENTED, 'the test server does not implement stream subscriptions'));
      const streamOptions = options.getStream()!;
      const streamName = streamNameOf(streamOptions.getStreamIdentifier());
      const from: StreamFrom = streamOptions.hasRevision() ? Number(streamOptions.getRevision()) : streamOptions.hasEnd() ? 'end' : 'start';
      const events = this.log.readStream(streamName, from, forwards ? 'forwards' : 'backwards', countOf(options));
      if (events === null) {
        // Since 21.10 the server answers a missing stream with a message, not an error.
        const notFound = new ReadResp.StreamNotFound().setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8')));
        call.write(new ReadResp().setStreamNotFound(notFound));
      } else {
        for (const event of events) call.write(toResp(event));
      }
      call.end();
      return;
    }

    const allOptions = options.getAll()!;
    const from: AllFrom = allOptions.hasPosition() ? BigInt(allOptions.getPosition()!.getCommitPosition()) : allOptions.hasEnd() ? 'end' : 'start';
    if (!subscription) {
      for (const event of this.log.readAll(from, forwards ? 'forwards' : 'backwards', countOf(options))) call.write(toResp(event));
      call.end();
      return;
    }
    this.subscribeToAll(call, from, toResp);
  }

  /**
   * Like the server's AllSubscription: confirmation first, then every event after the
   * checkpoint (the events whose position is greater than the given one; from start,
   * all; from end, only new ones), then `caught_up`, then each new event as it is written.
   */
  private subscribeToAll(call: grpc.ServerWritableStream<ReadReq, ReadResp>, from: AllFrom, toResp: (event: LoggedEvent) => ReadResp): void {
    const checkpoint = from === 'start' ? null : from === 'end' ? (this.log.lastPosition ?? null) : from;
    call.write(new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
    for (const event of this.log.eventsAfter(checkpoint)) call.write(toResp(event));
    call.write(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
    const onAppended = (events: LoggedEvent[]) => {
      for (const event of events) call.write(toResp(event));
    };
    this.log.appended.on('appended', onAppended);
    const done = () => {
      this.log.appended.off('appended', onAppended);
      this.subscriptions.delete(done);
    };
    this.subscriptions.add(done);
    call.on('cancelled', done);
    call.on('close', done);
    call.on('error', done);
  }

  // ---- ServerFeatures and Gossip ---------------------------------------------

  private supportedMethods(): SupportedMethods {
    const method = (service: string, name: string, features: string[] = []) =>
      new SupportedMethod().setServiceName(service).setMethodName(name).setFeaturesList(features);
    // As the server lists its methods (ServerFeatures.cs), of those this one serves. The client
    // appends with BatchAppend when it is listed and a call carries no credentials of its own.
    return new SupportedMethods()
      .setEventStoreServerVersion(this.serverVersion)
      .setMethodsList([
        method('event_store.client.streams.streams', 'read', ['position', 'events']),
        method('event_store.client.streams.streams', 'append'),
        ...(this.batchAppend ? [method('event_store.client.streams.streams', 'batchappend', ['deadline_duration'])] : []),
        method('event_store.client.server_features.serverfeatures', 'getsupportedmethods'),
        method('event_store.client.gossip.gossip', 'read'),
      ]);
  }

  private clusterInfo(): ClusterInfo {
    const member = new MemberInfo()
      .setInstanceId(new UUID().setString('00000000-0000-0000-0000-000000000001'))
      .setTimeStamp(String(BigInt(Date.now()) * 10_000n))
      .setState(MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new EndPoint().setAddress(this.host).setPort(this.port));
    return new ClusterInfo().setMembersList([member]);
  }
}

function statusError(code: grpc.status, details: string): grpc.ServiceError {
  return Object.assign(new Error(details), { code, details, metadata: new grpc.Metadata() });
}

/** Ends a server-streaming call with an error status. */
function fail(call: grpc.ServerWritableStream<ReadReq, ReadResp>, error: grpc.ServiceError): void {
  call.emit('error', error);
}

function expectedVersionOf(options: AppendReq.Options): ExpectedVersion {
  switch (options.getExpectedStreamRevisionCase()) {
    case AppendReq.Options.ExpectedStreamRevisionCase.REVISION:
      return { kind: 'revision', revision: Number(options.getRevision()) };
    case AppendReq.Options.ExpectedStreamRevisionCase.NO_STREAM:
      return { kind: 'no_stream' };
    case AppendReq.Options.ExpectedStreamRevisionCase.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      return { kind: 'any' };
  }
}

function countOf(options: ReadReq.Options): number {
  const count = BigInt(options.getCount() || '0');
  return count > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(count);
}

function readEventResp(event: LoggedEvent, structuredIds: boolean): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(structuredIds ? structuredUuid(event.eventId) : new UUID().setString(event.eventId))
    .setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(event.streamName, 'utf8')))
    .setStreamRevision(String(event.revision))
    .setCommitPosition(String(event.position))
    .setPreparePosition(String(event.position))
    .setData(event.data)
    .setCustomMetadata(event.metadata);
  recorded.getMetadataMap().set('type', event.type).set('content-type', event.contentType).set('created', String(event.created));
  const readEvent = new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(String(event.position));
  return new ReadResp().setEvent(readEvent);
}
