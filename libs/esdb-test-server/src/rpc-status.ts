import * as grpc from '@grpc/grpc-js';
import { BinaryWriter, type Message } from 'google-protobuf';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { BadRequest, MaximumAppendSizeExceeded, Timeout, WrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import type { ExpectedVersion } from './in-memory-log';

/**
 * The google.rpc.Status values a BatchAppend answers an append with, as the server
 * builds them (Google.Rpc.Status in KurrentDB's Status.cs): a code, the detail's type
 * name as the message, and the detail packed in an Any under type.googleapis.com/.
 */
const PACKAGE = 'event_store.client';

function status(code: Code, message: string, typeName: string, detail: Message | Uint8Array): Status {
  const any = new Any();
  any.pack(detail instanceof Uint8Array ? detail : detail.serializeBinary(), typeName);
  return new Status().setCode(code).setMessage(message).setDetails(any);
}

export const rpcStatus = {
  wrongExpectedVersion(currentRevision: number | null, expected: ExpectedVersion): Status {
    const detail = new WrongExpectedVersion();
    if (currentRevision === null) detail.setCurrentNoStream(new Empty());
    else detail.setCurrentStreamRevision(String(currentRevision));
    switch (expected.kind) {
      case 'any':
        detail.setExpectedAny(new Empty());
        break;
      case 'no_stream':
        detail.setExpectedNoStream(new Empty());
        break;
      case 'stream_exists':
        detail.setExpectedStreamExists(new Empty());
        break;
      case 'revision':
        detail.setExpectedStreamPosition(String(expected.revision));
        break;
    }
    return status(Code.ALREADY_EXISTS, 'WrongExpectedVersion', `${PACKAGE}.WrongExpectedVersion`, detail);
  },

  timeout(): Status {
    return status(Code.DEADLINE_EXCEEDED, 'Timeout', `${PACKAGE}.Timeout`, new Timeout());
  },

  maximumAppendSizeExceeded(maxAppendSize: number): Status {
    return status(
      Code.INVALID_ARGUMENT,
      'MaximumAppendSizeExceeded',
      `${PACKAGE}.MaximumAppendSizeExceeded`,
      new MaximumAppendSizeExceeded().setMaxappendsize(maxAppendSize),
    );
  },

  /** The client 6.2.1 protocol has no such message (servers have it since 25.0): encoded by hand, field by field. */
  maximumAppendEventSizeExceeded(eventId: string, proposedEventSize: number, maxAppendEventSize: number): Status {
    const writer = new BinaryWriter();
    writer.writeString(1, eventId);
    writer.writeUint32(2, proposedEventSize);
    writer.writeUint32(3, maxAppendEventSize);
    return status(Code.INVALID_ARGUMENT, 'MaximumAppendEventSizeExceeded', `${PACKAGE}.MaximumAppendEventSizeExceeded`, writer.getResultBuffer());
  },

  badRequest(message: string): Status {
    return status(Code.INVALID_ARGUMENT, 'BadRequest', `${PACKAGE}.BadRequest`, new BadRequest().setMessage(message));
  },
};

/**
 * The trailers of a failed unary call (plain Streams.Append), as the server's
 * RpcExceptions set them: the client reads `exception` to pick its error class.
 */
export function rpcException(code: grpc.status, details: string, trailers: Record<string, string>): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata });
}
