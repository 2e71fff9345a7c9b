import { canonicalEnvelope, canonicalJson, hashedText, type RecordedEvent, sha256Hex } from '@compact-ledger/event-store';

export class EvidencePackError extends Error {
  override readonly name = 'EvidencePackError';
}

const PREV_HASH_KEY = '"prevHash":"';

/**
 * One line of events.jsonl: the RFC 8785 form of the whole recorded event
 * ({data, metadata (with hash), position, revision, streamId, type}). Taking out
 * metadata.hash and position leaves exactly the text whose SHA-256 is the hash,
 * which is what lets verify.mjs check a line without re-serialising it.
 *
 * Refuses an event that does not hash to its recorded hash: a damaged store is
 * not exported as if it were whole.
 */
export function eventLine(event: RecordedEvent): string {
  const { hash, ...envelope } = event.metadata;
  const dataJson = canonicalJson(event.data);
  const metadataJson = canonicalEnvelope(envelope);
  if (sha256Hex(hashedText(event.streamId, event.revision, event.type, dataJson, metadataJson)) !== hash) {
    throw new EvidencePackError(
      `stream ${event.streamId}, revision ${event.revision} (position ${event.position}): the stored event does not hash to its recorded hash`,
    );
  }
  // The envelope's prevHash is its last key but recordedAt, so its last occurrence is the key (see prevHashOf in the event store).
  const at = metadataJson.lastIndexOf(PREV_HASH_KEY);
  const withHash = `${metadataJson.slice(0, at)}"hash":"${hash}",${metadataJson.slice(at)}`;
  return `{"data":${dataJson},"metadata":${withHash},"position":${event.position},"revision":${event.revision},"streamId":${JSON.stringify(event.streamId)},"type":${JSON.stringify(event.type)}}`;
}
