import type { AllStreamResolvedEvent, EventData, ResolvedEvent } from '@eventstore/db-client';
import type { StoredEventText } from '../envelope/chain-verifier';
import { canonicalEnvelope, canonicalJson, hashedText, type SealedEvent, sha256Hex } from '../envelope/hash-chain';
import type { EventEnvelope, JsonObject, RecordedEvent } from '../port/event-store.port';

/**
 * How a ledger event is written to and read from EventStoreDB.
 *
 * - data: a JSON event (content type application/json) whose body is the event's
 *   data. The client serialises it with JSON.stringify, which gives back the exact
 *   RFC 8785 text that was hashed unless an object has integer-like keys ("1", "10"),
 *   which JavaScript orders differently; verification re-canonicalises in that case.
 * - metadata: the exact bytes of the canonical envelope (without hash) with `"hash"`
 *   added as its last member. The client parses it back into an object; the envelope's
 *   canonical text is rebuilt with canonicalEnvelope, the same function that sealed it.
 * - id: the envelope's eventId, so that the server's idempotency applies to retries.
 */
export function toEventData(sealed: SealedEvent): EventData {
  const metadata = `${sealed.metadataJson.slice(0, -1)},"hash":${JSON.stringify(sealed.hash)}}`;
  return {
    id: sealed.eventId,
    contentType: 'application/json',
    type: sealed.type,
    data: JSON.parse(sealed.dataJson) as JsonObject,
    metadata: new Uint8Array(Buffer.from(metadata, 'utf8')),
  };
}

/** System streams and event types begin with `$` ($settings, $$stream metadata, $> links, $stats-...). */
export function isSystemEvent(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}

type AnyResolvedEvent = ResolvedEvent | AllStreamResolvedEvent;

/** The recorded event, or null when the resolved event carries none (a link to a deleted event). */
export function toRecordedEvent(resolved: AnyResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event) return null;
  const position = event.position?.commit ?? resolved.commitPosition;
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    position: position === undefined ? 0 : Number(position),
    type: event.type,
    data: dataOf(event.data),
    metadata: envelopeOf(event.metadata),
  };
}

function dataOf(data: unknown): JsonObject {
  if (data instanceof Uint8Array) {
    // Written by something other than this adapter as binary: take it as JSON text if it is.
    try {
      return JSON.parse(Buffer.from(data).toString('utf8')) as JsonObject;
    } catch {
      return {};
    }
  }
  return (data ?? {}) as JsonObject;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The envelope from the stored metadata. Metadata that is not a ledger envelope (an
 * event written by something else) gives empty values, which verification reports as
 * a changed event rather than failing the read.
 */
function envelopeOf(metadata: unknown): EventEnvelope {
  const m = (metadata && typeof metadata === 'object' && !(metadata instanceof Uint8Array) ? metadata : {}) as Record<string, unknown>;
  const actor = (m.actor && typeof m.actor === 'object' ? m.actor : {}) as Record<string, unknown>;
  return {
    eventId: text(m.eventId) ?? '',
    actor: { subject: text(actor.subject) ?? '', name: text(actor.name) ?? '', role: text(actor.role) ?? '', organisation: text(actor.organisation) },
    recordedAt: text(m.recordedAt) ?? '',
    effectiveAt: text(m.effectiveAt),
    correlationId: text(m.correlationId),
    causationId: text(m.causationId),
    prevHash: text(m.prevHash) ?? '',
    hash: text(m.hash) ?? '',
  };
}

/**
 * The text that was hashed for a stored event, as the ChainVerifier takes it. The
 * data's stored text (JSON.stringify of what the client parsed, which is the stored
 * body) is tried first; if it does not hash to the stored hash, the RFC 8785 form of
 * the same data is used, so an integer-like key's order is not taken for a change.
 */
export function toStoredText(event: RecordedEvent): StoredEventText {
  const { hash, ...envelope } = event.metadata;
  const metadataJson = canonicalEnvelope(envelope);
  let hashed = hashedText(event.streamId, event.revision, event.type, JSON.stringify(event.data), metadataJson);
  if (sha256Hex(hashed) !== hash) hashed = hashedText(event.streamId, event.revision, event.type, canonicalJson(event.data), metadataJson);
  return { streamId: event.streamId, revision: event.revision, position: event.position, hashedText: hashed, hash };
}
