import type Database from 'better-sqlite3';
import { ChainVerifier, type VerifiedSegment } from '../envelope/chain-verifier';
import { HASHED_TEXT } from './schema';

/**
 * One string per row: `<hash><position>,<revision>,<length of stream id>,<stream id><hashed text>`.
 * better-sqlite3 hands JavaScript one value a row faster than five (about 15% of a
 * whole scan here); the hash is fixed-width and the stream id length-prefixed, so
 * the parts are cut out again without any assumption about what they contain.
 */
const PACKED_ROW = `hash || position || ',' || revision || ',' || length(stream_id) || ',' || stream_id || ${HASHED_TEXT}`;

/** Verifies the events at positions from..to (inclusive), in position order. */
export function verifyLogSegment(db: Database.Database, from: number, to: number, openStart: boolean): VerifiedSegment {
  const verifier = new ChainVerifier({ trackSeen: false, openStart });
  const rows = db.prepare(`SELECT ${PACKED_ROW} FROM events WHERE position BETWEEN ? AND ? ORDER BY position`).pluck();
  for (const row of rows.iterate(from, to) as IterableIterator<string>) {
    const afterPosition = row.indexOf(',', 64);
    const afterRevision = row.indexOf(',', afterPosition + 1);
    const afterLength = row.indexOf(',', afterRevision + 1);
    const streamIdEnd = afterLength + 1 + Number(row.slice(afterRevision + 1, afterLength));
    verifier.feed({
      hash: row.slice(0, 64),
      position: Number(row.slice(64, afterPosition)),
      revision: Number(row.slice(afterPosition + 1, afterRevision)),
      streamId: row.slice(afterLength + 1, streamIdEnd),
      hashedText: row.slice(streamIdEnd),
    });
  }
  return verifier.segment();
}
