import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@compact-ledger/event-store';
import type { Projection } from '../runner/projection';

/**
 * Which streams belong to which compact, for its evidence pack: the compact's own
 * stream, and every stream whose first event (revision 0) names the compact, as
 * `data.compactId` (a board, a meeting, the joint programme, the record of its
 * exports) or `data.compact.compactId` (a dispute, which keeps a reference to the
 * compact and the version it is about). The rule reads the events only, so a kind
 * of stream added later that names its compact at its start is taken in with no
 * change here; the position of each stream's first event says whether it existed
 * at a checkpoint.
 */
export const compactStreamsProjection: Projection = {
  name: 'compact_streams_v1',
  tables: ['compact_streams_v1'],
  createTables(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS compact_streams_v1 (
        stream_id      TEXT PRIMARY KEY,
        compact_id     TEXT NOT NULL,
        first_position INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS compact_streams_v1_by_compact ON compact_streams_v1 (compact_id, first_position);`);
  },
  applyBatch(db, events) {
    const insert = db.prepare('INSERT OR IGNORE INTO compact_streams_v1 (stream_id, compact_id, first_position) VALUES (?, ?, ?)');
    for (const event of events) {
      if (event.revision !== 0) continue;
      const compactId = compactNamedBy(event);
      if (compactId !== null) insert.run(event.streamId, compactId, event.position);
    }
  },
};

const COMPACT_STREAM = /^compact-(.+)$/;

/** The compact a stream's first event names, or null. */
export function compactNamedBy(event: Pick<RecordedEvent, 'streamId' | 'data'>): string | null {
  const own = COMPACT_STREAM.exec(event.streamId)?.[1];
  if (own !== undefined) return own;
  const data = event.data as { compactId?: unknown; compact?: { compactId?: unknown } } | null;
  if (typeof data?.compactId === 'string') return data.compactId;
  if (typeof data?.compact?.compactId === 'string') return data.compact.compactId;
  return null;
}

/** The streams of a compact that had begun by a position (a checkpoint's size), in the order they began. */
export function streamsOfCompact(db: Database.Database, compactId: string, upToPosition: number): string[] {
  return db
    .prepare<[string, number], { stream_id: string }>(
      'SELECT stream_id FROM compact_streams_v1 WHERE compact_id = ? AND first_position <= ? ORDER BY first_position',
    )
    .all(compactId, upToPosition)
    .map((row) => row.stream_id);
}
