import type Database from 'better-sqlite3';
import { ChainVerifier, type StoredEventText, type VerifiedSegment } from '../envelope/chain-verifier';
import { HASHED_TEXT_PARTS } from './schema';

/**
 * One string per row: `<hash><position>,<revision>,<length of stream id>,<stream id><hashed text>`.
 * better-sqlite3 hands JavaScript one value a row faster than five (about 15% of a
 * whole scan here); the hash is fixed-width and the stream id length-prefixed, so
 * the parts are cut out again without any assumption about what they contain.
 */
const PACKED_ROW = `concat(hash, position, ',', revision, ',', length(stream_id), ',', stream_id, ${HASHED_TEXT_PARTS})`;

/** Rows per read: better-sqlite3's all() on a page is about 40% faster than iterate() row by row. */
const PAGE = 1000;

/** Up to `limit` packed rows (see PACKED_ROW) from position `from` to `to` (inclusive), in position order. */
export function packedRowsStatement(db: Database.Database, limit = PAGE): Database.Statement<[number, number], string> {
  return db.prepare(`SELECT ${PACKED_ROW} FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ${limit}`).pluck() as Database.Statement<
    [number, number],
    string
  >;
}

/** One packed row cut back into its parts. */
export function unpackRow(row: string): StoredEventText & { position: number } {
  const afterPosition = row.indexOf(',', 64);
  const afterRevision = row.indexOf(',', afterPosition + 1);
  const afterLength = row.indexOf(',', afterRevision + 1);
  const streamIdEnd = afterLength + 1 + Number(row.slice(afterRevision + 1, afterLength));
  return {
    hash: row.slice(0, 64),
    position: Number(row.slice(64, afterPosition)),
    revision: Number(row.slice(afterPosition + 1, afterRevision)),
    streamId: row.slice(afterLength + 1, streamIdEnd),
    hashedText: row.slice(streamIdEnd),
  };
}

/** Verifies the events at positions from..to (inclusive), in position order. */
export function verifyLogSegment(db: Database.Database, from: number, to: number, openStart: boolean): VerifiedSegment {
  const verifier = new ChainVerifier({ trackSeen: false, openStart });
  const page = packedRowsStatement(db);
  for (let next = from; next <= to;) {
    const rows = page.all(next, to);
    if (rows.length === 0) break;
    for (const row of rows) {
      const event = unpackRow(row);
      verifier.feed(event);
      next = event.position + 1;
    }
  }
  return verifier.segment();
}

/** The log's positions lo..hi cut into `count` consecutive chunks, for two threads to share. */
export interface ChunkPlan {
  lo: number;
  hi: number;
  size: number;
  count: number;
}

export function planChunks(lo: number, hi: number, chunks: number): ChunkPlan {
  const size = Math.max(1, Math.ceil((hi - lo + 1) / chunks));
  return { lo, hi, size, count: Math.ceil((hi - lo + 1) / size) };
}

/** A chunk of the plan, verified. */
export interface VerifiedChunk {
  index: number;
  segment: VerifiedSegment;
}

/**
 * Verifies chunks of the plan until none is left, each claimed through `claim()`
 * (an atomic counter shared with the other thread), so whichever thread is faster
 * (the other starts later and with cold code) takes more of the log.
 */
export function verifyClaimedChunks(db: Database.Database, plan: ChunkPlan, claim: () => number): VerifiedChunk[] {
  const done: VerifiedChunk[] = [];
  for (let index = claim(); index < plan.count; index = claim()) {
    const from = plan.lo + index * plan.size;
    done.push({ index, segment: verifyLogSegment(db, from, Math.min(plan.hi, from + plan.size - 1), index > 0) });
  }
  return done;
}
