import type * as grpc from '@grpc/grpc-js';
import { BinaryReader } from 'google-protobuf';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { AllStreamPosition, type UUID } from '@eventstore/db-client/generated/shared_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { Status } from '@eventstore/db-client/generated/status_pb';
import type { AppendOutcome, ExpectedVersion, InMemoryLog, ProposedEvent } from './in-memory-log';
import { sizeOnDisk } from './kurrentdb';
import { proposedEventOf, streamIdentifier, streamNameOf, structuredUuid, uuidOf } from './proposed-messages';
import { rpcStatus } from './rpc-status';

/**
 * Streams.BatchAppend as KurrentDB serves it (Streams.BatchAppend.cs): one long-lived
 * bidirectional call per client connection carrying many appends at once, each named by
 * its correlation id. An append's first request carries its options (stream, expected
 * revision, deadline); its events may come in several requests, the last marked
 * is_final; each append gets one answer, success or a google.rpc.Status error, with its
 * correlation id, in the order the appends complete.
 */

/** A BatchAppendReq with the deadline a newer client sends as a Duration (options field 7), which the 6.2.1 messages cannot read. */
export interface BatchAppendRequest {
  message: BatchAppendReq;
  deadlineDurationMs: number | undefined;
}

/** Streams.BatchAppend with a request decoder that also reads options.deadline (google.protobuf.Duration). */
export const batchAppendMethod = {
  ...StreamsService.batchAppend,
  requestDeserialize: (bytes: Buffer): BatchAppendRequest => ({
    message: BatchAppendReq.deserializeBinary(bytes),
    deadlineDurationMs: deadlineDurationMsOf(bytes),
  }),
};

export interface BatchAppendLimits {
  maxAppendSize: number;
  maxAppendEventSize: number;
  writeTimeoutMs: number;
}

export interface AppendTarget {
  log: InMemoryLog;
  limits: BatchAppendLimits;
  /** Called with every append's outcome; false withholds the answer (the server is cutting its connections). */
  afterAppend(outcome: AppendOutcome): boolean;
}

interface PendingWrite {
  streamName: string;
  expected: ExpectedVersion;
  events: ProposedEvent[];
  size: number;
  timer: NodeJS.Timeout;
}

export function serveBatchAppend(call: grpc.ServerDuplexStream<BatchAppendRequest, BatchAppendResp>, target: AppendTarget): void {
  const pending = new Map<string, PendingWrite>();
  let open = true;

  const answer = (correlationId: UUID | undefined, streamName: string | undefined, result: { error: Status } | { success: BatchAppendResp.Success }) => {
    if (!open) return;
    const resp = new BatchAppendResp();
    if (correlationId) resp.setCorrelationId(correlationId);
    if (streamName !== undefined) resp.setStreamIdentifier(streamIdentifier(streamName));
    if ('error' in result) resp.setError(result.error);
    else resp.setSuccess(result.success);
    call.write(resp);
  };
  const fail = (correlationId: UUID | undefined, streamName: string | undefined, error: Status) => answer(correlationId, streamName, { error });

  const close = () => {
    open = false;
    for (const write of pending.values()) clearTimeout(write.timer);
    pending.clear();
  };
  call.on('cancelled', close);
  call.on('error', close);
  call.on('close', close);
  call.on('end', () => {
    // The client closed its side: every append it sent has been answered (appends complete at once here).
    close();
    call.end();
  });

  call.on('data', ({ message: request, deadlineDurationMs }: BatchAppendRequest) => {
    const correlationId = request.getCorrelationId();
    const options = request.getOptions();
    try {
      if (!correlationId) throw new Error('Required field CorrelationId not set.');
      const key = uuidOf(correlationId);
      if (options) {
        if (!options.hasStreamIdentifier()) return fail(correlationId, undefined, rpcStatus.badRequest('Required field StreamIdentifier not set.'));
        const streamName = streamNameOf(options.getStreamIdentifier());
        const timeoutMs = Math.min(requestedTimeoutMs(options, deadlineDurationMs), target.limits.writeTimeoutMs);
        if (timeoutMs <= 0) return fail(correlationId, streamName, rpcStatus.timeout());
        if (!pending.has(key)) {
          const expected = expectedVersionOf(options);
          // An append whose last request has not come within the timeout is answered Timeout, its correlation id in the server's own UUID form.
          const timer = setTimeout(() => {
            if (pending.delete(key)) fail(structuredUuid(key), streamName, rpcStatus.timeout());
          }, timeoutMs);
          pending.set(key, { streamName, expected, events: [], size: 0, timer });
        }
      }
      const write = pending.get(key);
      if (!write) return;

      for (const message of request.getProposedMessagesList()) {
        const event = proposedEventOf(message);
        const size = sizeOnDisk(event.type, event.data, event.metadata);
        if (size > target.limits.maxAppendEventSize) {
          discard(pending, key);
          return fail(correlationId, write.streamName, rpcStatus.maximumAppendEventSizeExceeded(event.eventId, size, target.limits.maxAppendEventSize));
        }
        write.size += size;
        write.events.push(event);
      }
      if (write.size > target.limits.maxAppendSize) {
        discard(pending, key);
        return fail(correlationId, write.streamName, rpcStatus.maximumAppendSizeExceeded(target.limits.maxAppendSize));
      }
      if (!request.getIsFinal()) return;
      discard(pending, key);

      const outcome = target.log.append(write.streamName, write.expected, write.events);
      if (!target.afterAppend(outcome)) return;
      answer(
        correlationId,
        write.streamName,
        outcome.result === 'success' ? { success: success(outcome) } : { error: rpcStatus.wrongExpectedVersion(outcome.currentRevision, write.expected) },
      );
    } catch (error) {
      // As the server answers any other failure of one append (a missing required metadata property among them).
      if (correlationId) discard(pending, uuidOf(correlationId));
      fail(correlationId, options ? streamNameOf(options.getStreamIdentifier()) : undefined, rpcStatus.badRequest((error as Error).message));
    }
  });
}

function discard(pending: Map<string, PendingWrite>, key: string): void {
  const write = pending.get(key);
  if (!write) return;
  clearTimeout(write.timer);
  pending.delete(key);
}

/** BatchAppendResp.Success.Completed: the revision and position of the append's last event, or no_stream / no_position when it wrote none. */
function success(outcome: Extract<AppendOutcome, { result: 'success' }>): BatchAppendResp.Success {
  const success = new BatchAppendResp.Success();
  if (outcome.currentRevision === null) success.setNoStream(new Empty());
  else success.setCurrentRevision(String(outcome.currentRevision));
  if (outcome.position === null) success.setNoPosition(new Empty());
  else success.setPosition(new AllStreamPosition().setCommitPosition(String(outcome.position)).setPreparePosition(String(outcome.position)));
  return success;
}

function expectedVersionOf(options: BatchAppendReq.Options): ExpectedVersion {
  switch (options.getExpectedStreamPositionCase()) {
    case BatchAppendReq.Options.ExpectedStreamPositionCase.STREAM_POSITION:
      return { kind: 'revision', revision: Number(options.getStreamPosition()) };
    case BatchAppendReq.Options.ExpectedStreamPositionCase.NO_STREAM:
      return { kind: 'no_stream' };
    case BatchAppendReq.Options.ExpectedStreamPositionCase.ANY:
      return { kind: 'any' };
    case BatchAppendReq.Options.ExpectedStreamPositionCase.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      throw new Error(`Invalid argument: '${options.getExpectedStreamPositionCase()}'`);
  }
}

/** The deadline as a time left: a Duration as is, a Timestamp (deadline_21_10_0) less now, none at all: unbounded. */
function requestedTimeoutMs(options: BatchAppendReq.Options, deadlineDurationMs: number | undefined): number {
  if (deadlineDurationMs !== undefined) return deadlineDurationMs;
  const deadline = options.getDeadline();
  return deadline ? deadline.toDate().getTime() - Date.now() : Infinity;
}

/** Reads BatchAppendReq.options (field 2) .deadline (field 7, google.protobuf.Duration: seconds = 1, nanos = 2) from the wire. */
function deadlineDurationMsOf(bytes: Uint8Array): number | undefined {
  const request = new BinaryReader(bytes);
  while (request.nextField()) {
    if (request.getFieldNumber() !== 2) {
      request.skipField();
      continue;
    }
    const options = new BinaryReader(request.readBytes());
    while (options.nextField()) {
      if (options.getFieldNumber() !== 7) {
        options.skipField();
        continue;
      }
      const duration = new BinaryReader(options.readBytes());
      let seconds = 0;
      let nanos = 0;
      while (duration.nextField()) {
        if (duration.getFieldNumber() === 1) seconds = duration.readInt64();
        else if (duration.getFieldNumber() === 2) nanos = duration.readInt32();
        else duration.skipField();
      }
      return seconds * 1000 + nanos / 1e6;
    }
  }
  return undefined;
}
