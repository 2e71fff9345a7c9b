import * as crypto from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventEnvelope, JsonObject, NewEvent } from '../port/event-store.port';

/** prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** RFC 8785 (JCS) canonical JSON. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

/**
 * The exact bytes that are hashed for an event: the RFC 8785 form of
 * `{ streamId, revision, type, data, metadata }` with `hash` left out of metadata.
 *
 * JCS sorts keys, and data < metadata < revision < streamId < type, so the canonical
 * form of the whole is the canonical parts joined in that order. Stores keep the
 * canonical `data` and `metadata` texts they hashed; verifying then only joins and
 * hashes, without parsing and re-serialising (a unit spec pins this equality).
 */
export function hashedText(streamId: string, revision: number, type: string, dataJson: string, metadataJson: string): string {
  return `{"data":${dataJson},"metadata":${metadataJson},"revision":${revision},"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(type)}}`;
}

// crypto.hash (Node >= 20.12) is a one-shot digest, markedly faster than createHash for small inputs.
const oneShotHash = (crypto as unknown as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function sha256Hex(text: string): string {
  return oneShotHash ? oneShotHash('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An event as the store writes it: the canonical texts that were hashed, and the hash. */
export interface SealedEvent {
  streamId: string;
  revision: number;
  type: string;
  eventId: string;
  /** Canonical JSON of data. */
  dataJson: string;
  /** Canonical JSON of the envelope without `hash`. */
  metadataJson: string;
  hash: string;
  prevHash: string;
  recordedAt: string;
}

const str = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));

/**
 * RFC 8785 form of the envelope (without `hash`). Its shape is fixed and every
 * value is a string or null, so its canonical text is the keys in sorted order with
 * JSON.stringify'd values, which is what JCS prescribes for strings. This is about
 * six times faster than the general library on the append path; a property test
 * checks it equals `canonicalize(envelope)` for arbitrary values.
 */
export function canonicalEnvelope(e: Omit<EventEnvelope, 'hash'>): string {
  const a = e.actor;
  return (
    `{"actor":{"name":${str(a.name)},"organisation":${str(a.organisation)},"role":${str(a.role)},"subject":${str(a.subject)}}` +
    `,"causationId":${str(e.causationId)},"correlationId":${str(e.correlationId)},"effectiveAt":${str(e.effectiveAt)}` +
    `,"eventId":${str(e.eventId)},"prevHash":${str(e.prevHash)},"recordedAt":${str(e.recordedAt)}}`
  );
}

/** Builds the envelope and hash for the event at `revision`, chained to `prevHash`. */
export function sealEvent(streamId: string, revision: number, event: NewEvent, prevHash: string, recordedAt: string): SealedEvent {
  const { eventId, actor, effectiveAt, correlationId, causationId } = event.metadata;
  const envelope: Omit<EventEnvelope, 'hash'> = {
    eventId,
    actor: { subject: actor.subject, name: actor.name, role: actor.role, organisation: actor.organisation ?? null },
    recordedAt,
    effectiveAt: effectiveAt ?? null,
    correlationId: correlationId ?? null,
    causationId: causationId ?? null,
    prevHash,
  };
  const dataJson = canonicalJson(event.data);
  const metadataJson = canonicalEnvelope(envelope);
  const hash = sha256Hex(hashedText(streamId, revision, event.type, dataJson, metadataJson));
  return { streamId, revision, type: event.type, eventId, dataJson, metadataJson, hash, prevHash, recordedAt };
}

/** Parses stored canonical texts back into an envelope and data. */
export function openEnvelope(dataJson: string, metadataJson: string, hash: string): { data: JsonObject; metadata: EventEnvelope } {
  const metadata = JSON.parse(metadataJson) as EventEnvelope;
  metadata.hash = hash;
  return { data: JSON.parse(dataJson) as JsonObject, metadata };
}
