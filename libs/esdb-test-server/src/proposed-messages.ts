import { randomUUID } from 'node:crypto';
import type { Map as ProtobufMap } from 'google-protobuf';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import type { ProposedEvent } from './in-memory-log';

/** What Streams.Append's and Streams.BatchAppend's ProposedMessage have in common. */
interface ProposedMessage {
  getId(): UUID | undefined;
  getMetadataMap(): ProtobufMap<string, string>;
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

export const JSON_CONTENT_TYPE = 'application/json';

/** A proposed event without `type` or `content-type` metadata (the server's RequiredMetadataPropertyMissing). */
export class MissingMetadataError extends Error {
  constructor(readonly property: 'type' | 'content-type') {
    super(`Required Metadata Property '${property}' is missing`);
  }
}

/** The event as the log stores it; throws MissingMetadataError as MetadataHelpers.ParseGrpcMetadata does. */
export function proposedEventOf(message: ProposedMessage): ProposedEvent {
  const type = message.getMetadataMap().get('type');
  if (type === undefined) throw new MissingMetadataError('type');
  const contentType = message.getMetadataMap().get('content-type');
  if (contentType === undefined) throw new MissingMetadataError('content-type');
  return {
    eventId: uuidOf(message.getId()),
    type,
    // The server keeps only "is JSON" and answers with one of the two content types.
    contentType: contentType === JSON_CONTENT_TYPE ? JSON_CONTENT_TYPE : 'application/octet-stream',
    data: message.getData_asU8(),
    metadata: message.getCustomMetadata_asU8(),
  };
}

export function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array(0)).toString('utf8');
}

export function streamIdentifier(streamName: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8'));
}

export function uuidOf(uuid: UUID | undefined): string {
  if (!uuid) return randomUUID();
  if (uuid.hasStructured()) {
    const s = uuid.getStructured()!;
    const hex = (value: string) => BigInt.asUintN(64, BigInt(value)).toString(16).padStart(16, '0');
    const h = hex(s.getMostSignificantBits()) + hex(s.getLeastSignificantBits());
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  return uuid.getString();
}

/** The server's own form of a UUID on the wire (Uuid.ToDto): two signed 64-bit halves. */
export function structuredUuid(id: string): UUID {
  const h = id.replace(/-/g, '');
  const signed = (hex: string) => BigInt.asIntN(64, BigInt(`0x${hex}`)).toString();
  return new UUID().setStructured(new UUID.Structured().setMostSignificantBits(signed(h.slice(0, 16))).setLeastSignificantBits(signed(h.slice(16))));
}
