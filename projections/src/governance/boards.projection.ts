import type Database from 'better-sqlite3';
import { type BoardEvent, boardEventCodec, type TermsOfReference } from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';
import type { Projection } from '../runner/projection';
import { BOARD_STREAM, idOf, page } from './streams';

/** A board as GET /boards/:id shows it: its compact, purpose, and every version of its terms of reference. */
export interface BoardDocument {
  boardId: string;
  compactId: string;
  compactTitle: string;
  name: string;
  purpose: string;
  establishedOn: string;
  /** Every version adopted, oldest first; the one in force on a date is the latest effective by then. */
  termsOfReference: TermsOfReference[];
  /** The board stream's revision: the ETag, and the If-Match of the next command. */
  revision: number;
}

/** The document after one more of the board's events; an event of a type this version does not know changes nothing but the revision. */
export function evolveBoardDocument(document: BoardDocument | null, recorded: RecordedEvent): BoardDocument | null {
  const event: BoardEvent | null = boardEventCodec.decode(recorded);
  if (event === null) return document && { ...document, revision: recorded.revision };
  switch (event.type) {
    case 'BoardEstablished':
      return { ...event.data, termsOfReference: [], revision: recorded.revision };
    case 'TermsOfReferenceAdopted':
      return document && { ...document, termsOfReference: [...document.termsOfReference, event.data], revision: recorded.revision };
  }
}

/** The terms in force on a date: the latest version effective on or before it; null before the first. */
export function termsOfReferenceOn(board: BoardDocument, date: string): TermsOfReference | null {
  return [...board.termsOfReference].reverse().find((terms) => terms.effectiveOn <= date) ?? null;
}

/** Boards, one document each, with their compact so a compact's boards are listed in SQL. */
export const boardsProjection: Projection = {
  name: 'boards_v1',
  tables: ['boards_v1'],
  createTables(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS boards_v1 (
        board_id             TEXT PRIMARY KEY,
        compact_id           TEXT NOT NULL,
        established_position INTEGER NOT NULL,
        doc                  TEXT NOT NULL,
        position             INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS boards_v1_by_compact ON boards_v1 (compact_id, established_position);
      CREATE INDEX IF NOT EXISTS boards_v1_by_establishment ON boards_v1 (established_position);`);
  },
  applyBatch(db, events) {
    const select = db.prepare<[string], { doc: string; established_position: number }>('SELECT doc, established_position FROM boards_v1 WHERE board_id = ?');
    const upsert = db.prepare(
      `INSERT INTO boards_v1 (board_id, compact_id, established_position, doc, position) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (board_id) DO UPDATE SET doc = excluded.doc, position = excluded.position`,
    );
    for (const event of events) {
      const boardId = idOf(BOARD_STREAM, event);
      if (boardId === null) continue;
      const row = select.get(boardId);
      const document = evolveBoardDocument(row ? (JSON.parse(row.doc) as BoardDocument) : null, event);
      if (document) upsert.run(boardId, document.compactId, row?.established_position ?? event.position, JSON.stringify(document), event.position);
    }
  },
};

export function findBoard(db: Database.Database, boardId: string): BoardDocument | null {
  const row = db.prepare<[string], { doc: string }>('SELECT doc FROM boards_v1 WHERE board_id = ?').get(boardId);
  return row ? (JSON.parse(row.doc) as BoardDocument) : null;
}

/** Boards in the order established, a compact's only when one is named; `after` a board id, for the next page. */
export function listBoards(
  db: Database.Database,
  filter: { compactId: string | null; after: string | null; limit: number },
): { boards: BoardDocument[]; more: boolean } {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (filter.compactId) {
    where.push('compact_id = ?');
    params.push(filter.compactId);
  }
  if (filter.after) {
    where.push('established_position > COALESCE((SELECT established_position FROM boards_v1 WHERE board_id = ?), -1)');
    params.push(filter.after);
  }
  const sql = `SELECT doc FROM boards_v1 ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY established_position LIMIT ?`;
  const rows = db.prepare<Array<string | number>, { doc: string }>(sql).all(...params, filter.limit + 1);
  const { rows: shown, more } = page(rows, filter.limit);
  return { boards: shown.map((row) => JSON.parse(row.doc) as BoardDocument), more };
}

/** The ids of a compact's boards, in the order established. */
export function boardIdsOfCompact(db: Database.Database, compactId: string): string[] {
  return db
    .prepare<[string], { board_id: string }>('SELECT board_id FROM boards_v1 WHERE compact_id = ? ORDER BY established_position')
    .all(compactId)
    .map((row) => row.board_id);
}
