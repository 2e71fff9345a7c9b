import type { RecordedEvent } from '../port/event-store.port';
import { canonicalEnvelope, canonicalJson, openEnvelope } from './hash-chain';

/**
 * An event as the SQLite store holds it: its data and its envelope (without the hash)
 * as the RFC 8785 texts that were hashed, not parsed. What reads every event and needs
 * few of them parsed (an evidence pack writes each line from these texts) reads these.
 */
export interface StoredEvent {
  position: number;
  streamId: string;
  revision: number;
  type: string;
  dataJson: string;
  metadataJson: string;
  hash: string;
}

export function isStoredEvent(event: RecordedEvent | StoredEvent): event is StoredEvent {
  return 'dataJson' in event;
}

/** The stored texts of a parsed event: its data and envelope put back in their canonical form. */
export function storedEventOf(event: RecordedEvent | StoredEvent): StoredEvent {
  if (isStoredEvent(event)) return event;
  const { hash, ...envelope } = event.metadata;
  return {
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    dataJson: canonicalJson(event.data),
    metadataJson: canonicalEnvelope(envelope),
    hash,
  };
}

/** The event parsed, as reads give it. */
export function recordedEventOf(event: RecordedEvent | StoredEvent): RecordedEvent {
  if (!isStoredEvent(event)) return event;
  const { data, metadata } = openEnvelope(event.dataJson, event.metadataJson, event.hash);
  return { position: event.position, streamId: event.streamId, revision: event.revision, type: event.type, data, metadata };
}

const RECORDED_AT_KEY = '"recordedAt":';

/** When the event was recorded, read from its envelope's text, whose last key recordedAt is (canonicalEnvelope). */
export function recordedAtOf(event: StoredEvent): string {
  const at = event.metadataJson.lastIndexOf(RECORDED_AT_KEY);
  if (at < 0 || !event.metadataJson.endsWith('"}')) throw new TypeError(`stream ${event.streamId}, revision ${event.revision}: its envelope has no recordedAt`);
  return JSON.parse(event.metadataJson.slice(at + RECORDED_AT_KEY.length, -1)) as string;
}
