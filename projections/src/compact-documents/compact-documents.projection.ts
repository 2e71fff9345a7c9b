import { type CalendarDate, type CompactStatus, DATE_PLACEMENTS, type DatePlacement, type PaperDate } from '@compact-ledger/domain';
import type { Actor } from '@compact-ledger/event-store';
import type Database from 'better-sqlite3';
import type { Projection } from '../runner/projection';
import { COMPACT_STREAM, type CompactDocument, evolveCompactDocument } from './compact-document';
import { statusPeriods } from './compact-views';

/** A compact as the list shows it: what it is and its newest version. */
export interface CompactSummary {
  compactId: string;
  title: string;
  covers: string;
  description: string | null;
  /** The newest version: its label, hash and date, or null before the first is published. */
  currentVersion: { label: string; contentHash: string | null; dated: PaperDate } | null;
  draftedAt: string;
  draftedBy: Actor;
  revision: number;
  updatedAt: string;
  position: number;
}

export function summaryOf(doc: CompactDocument): CompactSummary {
  const newest = doc.versions[doc.versions.length - 1];
  const { compactId, title, covers, description, draftedAt, draftedBy, revision, updatedAt, position } = doc;
  return {
    compactId,
    title,
    covers,
    description,
    currentVersion: newest ? { label: newest.label, contentHash: newest.contentHash, dated: newest.dated } : null,
    draftedAt,
    draftedBy,
    revision,
    updatedAt,
    position,
  };
}

/**
 * Compacts, in two tables: each compact's document (and its summary, for lists), and its status
 * periods under each placement of uncertain dates, so that "compacts in force on a date" is a
 * query, filtered and paged in SQL.
 */
export const compactDocumentsProjection: Projection = {
  name: 'compact_documents_v1',
  tables: ['compact_documents_v1', 'compact_status_periods_v1'],
  createTables(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS compact_documents_v1 (
        compact_id       TEXT PRIMARY KEY,
        drafted_position INTEGER NOT NULL,
        summary          TEXT NOT NULL,
        doc              TEXT NOT NULL,
        position         INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS compact_documents_v1_by_drafting ON compact_documents_v1 (drafted_position);
      CREATE TABLE IF NOT EXISTS compact_status_periods_v1 (
        compact_id TEXT NOT NULL,
        assume     TEXT NOT NULL CHECK (assume IN ('none', 'earliest', 'latest')),
        status     TEXT NOT NULL,
        from_day   TEXT,
        until_day  TEXT
      );
      CREATE INDEX IF NOT EXISTS compact_status_periods_v1_by_compact ON compact_status_periods_v1 (compact_id, assume);
      CREATE INDEX IF NOT EXISTS compact_status_periods_v1_by_status ON compact_status_periods_v1 (assume, status, from_day);`);
  },
  applyBatch(db, events) {
    const select = db.prepare<[string], { doc: string; drafted_position: number }>(
      'SELECT doc, drafted_position FROM compact_documents_v1 WHERE compact_id = ?',
    );
    const touched = new Map<string, { doc: CompactDocument | null; draftedPosition: number }>();
    for (const event of events) {
      const compactId = COMPACT_STREAM.exec(event.streamId)?.[1];
      if (compactId === undefined) continue;
      let current = touched.get(compactId);
      if (!current) {
        const row = select.get(compactId);
        current = { doc: row ? (JSON.parse(row.doc) as CompactDocument) : null, draftedPosition: row?.drafted_position ?? event.position };
      }
      touched.set(compactId, { doc: evolveCompactDocument(current.doc, event), draftedPosition: current.draftedPosition });
    }
    const upsert = db.prepare(
      `INSERT INTO compact_documents_v1 (compact_id, drafted_position, summary, doc, position) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (compact_id) DO UPDATE SET summary = excluded.summary, doc = excluded.doc, position = excluded.position`,
    );
    const clearPeriods = db.prepare('DELETE FROM compact_status_periods_v1 WHERE compact_id = ?');
    const period = db.prepare('INSERT INTO compact_status_periods_v1 (compact_id, assume, status, from_day, until_day) VALUES (?, ?, ?, ?, ?)');
    for (const [compactId, { doc, draftedPosition }] of touched) {
      if (doc === null) continue;
      upsert.run(compactId, draftedPosition, JSON.stringify(summaryOf(doc)), JSON.stringify(doc), doc.position);
      clearPeriods.run(compactId);
      for (const placement of DATE_PLACEMENTS) {
        for (const p of statusPeriods(doc, placement)) period.run(compactId, placement, p.status, p.from, p.until);
      }
    }
  },
};

/** One compact's document, or null. */
export function findCompactDocument(db: Database.Database, compactId: string): CompactDocument | null {
  const row = db.prepare<[string], { doc: string }>('SELECT doc FROM compact_documents_v1 WHERE compact_id = ?').get(compactId);
  return row ? (JSON.parse(row.doc) as CompactDocument) : null;
}

/** One compact's summary, or null. */
export function findCompactSummary(db: Database.Database, compactId: string): CompactSummary | null {
  const row = db.prepare<[string], { summary: string }>('SELECT summary FROM compact_documents_v1 WHERE compact_id = ?').get(compactId);
  return row ? (JSON.parse(row.summary) as CompactSummary) : null;
}

export interface CompactFilter {
  /** The day whose status each compact is listed with (and filtered by). */
  on: CalendarDate;
  assume: DatePlacement;
  status?: CompactStatus | null;
  /** Those drafted after this compact, in the order drafted. */
  after?: string | null;
  limit: number;
}

/** A page of compacts in the order drafted, each with its status on the day, and whether more follow. */
export function listCompacts(db: Database.Database, filter: CompactFilter): { compacts: Array<CompactSummary & { status: CompactStatus }>; more: boolean } {
  const where: string[] = [];
  const params: Array<string | number> = [filter.assume, filter.on, filter.on];
  if (filter.status) {
    where.push('p.status = ?');
    params.push(filter.status);
  }
  if (filter.after) {
    where.push('d.drafted_position > COALESCE((SELECT drafted_position FROM compact_documents_v1 WHERE compact_id = ?), -1)');
    params.push(filter.after);
  }
  const sql = `SELECT d.summary, p.status FROM compact_documents_v1 d
    JOIN compact_status_periods_v1 p ON p.compact_id = d.compact_id AND p.assume = ?
      AND (p.from_day IS NULL OR p.from_day <= ?) AND (p.until_day IS NULL OR p.until_day > ?)
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.drafted_position LIMIT ?`;
  const rows = db.prepare<Array<string | number>, { summary: string; status: CompactStatus }>(sql).all(...params, filter.limit + 1);
  return {
    compacts: rows.slice(0, filter.limit).map((row) => ({ ...(JSON.parse(row.summary) as CompactSummary), status: row.status })),
    more: rows.length > filter.limit,
  };
}

/** Every compact's summary, in the order drafted. */
export function allCompactSummaries(db: Database.Database): CompactSummary[] {
  return db
    .prepare<[], { summary: string }>('SELECT summary FROM compact_documents_v1 ORDER BY drafted_position')
    .all()
    .map((row) => JSON.parse(row.summary) as CompactSummary);
}
