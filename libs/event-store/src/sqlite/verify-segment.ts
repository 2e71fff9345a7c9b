import type Database from 'better-sqlite3';
import { ChainVerifier, type VerifiedSegment } from '../envelope/chain-verifier';
import { HASHED_TEXT } from './schema';

type HashedRow = [position: number, streamId: string, revision: number, hashedText: string, hash: string];

/** Verifies the events at positions from..to (inclusive), in position order. */
export function verifyLogSegment(db: Database.Database, from: number, to: number, openStart: boolean): VerifiedSegment {
  const verifier = new ChainVerifier({ trackSeen: false, openStart });
  const rows = db.prepare(`SELECT position, stream_id, revision, ${HASHED_TEXT}, hash FROM events WHERE position BETWEEN ? AND ? ORDER BY position`).raw();
  for (const row of rows.iterate(from, to) as IterableIterator<HashedRow>) {
    verifier.feed({ position: row[0], streamId: row[1], revision: row[2], hashedText: row[3], hash: row[4] });
  }
  return verifier.segment();
}
