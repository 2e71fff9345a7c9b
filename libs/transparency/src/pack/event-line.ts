import { hashedText, type RecordedEvent, sha256Hex, type StoredEvent, storedEventOf } from '@compact-ledger/event-store';

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
 * Made from the texts the store holds (a StoredEvent) as they are, or from a parsed
 * event put back in its canonical form. Refuses an event that does not hash to its
 * recorded hash: a damaged store is not exported as if it were whole.
 */
export function eventLine(event: RecordedEvent | StoredEvent): string {
  const { streamId, revision, type, dataJson, metadataJson, hash, position } = storedEventOf(event);
  if (sha256Hex(hashedText(streamId, revision, type, dataJson, metadataJson)) !== hash) {
    throw new EvidencePackError(`stream ${streamId}, revision ${revision} (position ${position}): the stored event does not hash to its recorded hash`);
  }
  // The envelope's prevHash is its last key but recordedAt, so its last occurrence is the key (see prevHashOf in the event store).
  const at = metadataJson.lastIndexOf(PREV_HASH_KEY);
  const withHash = `${metadataJson.slice(0, at)}"hash":"${hash}",${metadataJson.slice(at)}`;
  return `{"data":${dataJson},"metadata":${withHash},"position":${position},"revision":${revision},"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(type)}}`;
}
