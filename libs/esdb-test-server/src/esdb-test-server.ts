import * as grpc from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
import { ClusterInfo, EndPoint, MemberInfo } from '@eventstore/db-client/generated/gossip_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { Empty, StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { AppendReq, AppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { type AllFrom, type ExpectedVersion, InMemoryLog, type LoggedEvent, type ProposedEvent, type StreamFrom } from './in-memory-log';

/**
 * An in-process server that speaks the EventStoreDB gRPC protocol (the messages and
 * services generated in @eventstore/db-client) for what a single-node client uses:
 * append, read a stream, read $all, subscribe to $all, server features and gossip.
 * See README.md for what it implements and what it does not.
 */
export interface EsdbTestServerOptions {
  /** Write the system events a fresh node has ($settings, $users) so that readers see `$` streams in $all. Default true. */
  systemEvents?: boolean;
  /** Host to listen on. Default 127.0.0.1. */
  host?: string;
  /** The version reported by ServerFeatures.GetSupportedMethods. */
  serverVersion?: string;
  clock?: () => Date;
}

/** The version whose protocol this server follows (caught-up messages, wrong_expected_version in AppendResp). */
export const EMULATED_SERVER_VERSION = '24.10.0';

const JSON_CONTENT_TYPE = 'application/json';

export class EsdbTestServer {
  readonly log: InMemoryLog;
  private server: grpc.Server | null = null;
  private boundPort: number | null = null;
  private readonly host: string;
  private readonly serverVersion: string;
  /** How to detach each open subscription from the log. */
  private readonly subscriptions = new Set<() => void>();

  constructor(private readonly options: EsdbTestServerOptions = {}) {
    this.log = new InMemoryLog(options.clock);
    this.host = options.host ?? '127.0.0.1';
    this.serverVersion = options.serverVersion ?? EMULATED_SERVER_VERSION;
    if (options.systemEvents ?? true) this.writeSystemEvents();
  }

  /** Starts listening; port 0 picks a free port, and a restart after stop() reuses the last one. */
  async start(port: number = this.boundPort ?? 0): Promise<number> {
    if (this.server) throw new Error('the test server is already running');
    const server = new grpc.Server();
    server.addService(StreamsService, {
      read: (call: grpc.ServerWritableStream<ReadReq, ReadResp>) => this.read(call),
      append: (call: grpc.ServerReadableStream<AppendReq, AppendResp>, callback: grpc.sendUnaryData<AppendResp>) => this.append(call, callback),
    });
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

  private append(call: grpc.ServerReadableStream<AppendReq, AppendResp>, callback: grpc.sendUnaryData<AppendResp>): void {
    let options: AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    let failed = false;
    const fail = (code: grpc.status, details: string, exception?: string) => {
      if (failed) return;
      failed = true;
      const metadata = new grpc.Metadata();
      if (exception) metadata.set('exception', exception);
      callback({ code, details, metadata });
    };
    call.on('data', (req: AppendReq) => {
      if (req.hasOptions()) {
        options = req.getOptions();
        return;
      }
      const message = req.getProposedMessage();
      if (!options || !message) return fail(grpc.status.INVALID_ARGUMENT, 'the first message of an append carries its options');
      const type = message.getMetadataMap().get('type');
      const contentType = message.getMetadataMap().get('content-type');
      if (type === undefined) return fail(grpc.status.INVALID_ARGUMENT, 'Required metadata property type is missing', 'missing-required-metadata-property');
      if (contentType === undefined) {
        return fail(grpc.status.INVALID_ARGUMENT, 'Required metadata property content-type is missing', 'missing-required-metadata-property');
      }
      proposed.push({
        eventId: uuidOf(message.getId()),
        type,
        // The server keeps only "is JSON" and answers with one of the two content types.
        contentType: contentType === JSON_CONTENT_TYPE ? JSON_CONTENT_TYPE : 'application/octet-stream',
        data: message.getData_asU8(),
        metadata: message.getCustomMetadata_asU8(),
      });
    });
    call.on('error', () => (failed = true));
    call.on('end', () => {
      if (failed) return;
      if (!options) return fail(grpc.status.INVALID_ARGUMENT, 'an append needs its options');
      const streamName = streamNameOf(options.getStreamIdentifier());
      const expected = expectedVersionOf(options);
      const outcome = this.log.append(streamName, expected, proposed);
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
    // BatchAppend is not listed, so the client appends with Streams.Append.
    return new SupportedMethods()
      .setEventStoreServerVersion(this.serverVersion)
      .setMethodsList([
        method('event_store.client.streams.streams', 'read', ['position', 'events']),
        method('event_store.client.streams.streams', 'append'),
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

function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array(0)).toString('utf8');
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

function uuidOf(uuid: UUID | undefined): string {
  if (!uuid) return randomUUID();
  if (uuid.hasStructured()) {
    const s = uuid.getStructured()!;
    const hex = (value: string) => BigInt.asUintN(64, BigInt(value)).toString(16).padStart(16, '0');
    const h = hex(s.getMostSignificantBits()) + hex(s.getLeastSignificantBits());
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  return uuid.getString();
}

function structuredUuid(id: string): UUID {
  const h = id.replace(/-/g, '');
  const signed = (hex: string) => BigInt.asIntN(64, BigInt(`0x${hex}`)).toString();
  return new UUID().setStructured(new UUID.Structured().setMostSignificantBits(signed(h.slice(0, 16))).setLeastSignificantBits(signed(h.slice(16))));
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
