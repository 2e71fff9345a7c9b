import type Database from 'better-sqlite3';
import type { Projection } from '../runner/projection';
import { DISPUTE_STREAM, type DisputeDocument, evolveDisputeDocument } from './dispute-document';

/**
 * Disputes, in three tables: the document each dispute shows, and who it concerns (its
 * parties and its mediators) so that lists are filtered and paged in SQL.
 */
export const disputesProjection: Projection = {
  name: 'disputes_v2',
  tables: ['disputes_v2', 'dispute_parties_v2', 'dispute_mediators_v2'],
  createTables(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS disputes_v2 (
        dispute_id      TEXT PRIMARY KEY,
        compact_id      TEXT NOT NULL,
        status          TEXT NOT NULL,
        raised_position INTEGER NOT NULL,
        doc             TEXT NOT NULL,
        position        INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS disputes_v2_by_compact ON disputes_v2 (compact_id, raised_position);
      CREATE INDEX IF NOT EXISTS disputes_v2_by_raising ON disputes_v2 (raised_position);
      CREATE TABLE IF NOT EXISTS dispute_parties_v2 (
        dispute_id      TEXT NOT NULL,
        organisation_id TEXT NOT NULL,
        role            TEXT NOT NULL CHECK (role IN ('raiser', 'respondent')),
        PRIMARY KEY (organisation_id, dispute_id)
      );
      CREATE TABLE IF NOT EXISTS dispute_mediators_v2 (
        dispute_id TEXT NOT NULL,
        subject    TEXT NOT NULL,
        PRIMARY KEY (subject, dispute_id)
      );`);
  },
  applyBatch(db, events) {
    const touched = new Map<string, { document: DisputeDocument | null; raisedPosition: number; position: number }>();
    const select = db.prepare<[string], { doc: string; raised_position: number }>('SELECT doc, raised_position FROM disputes_v2 WHERE dispute_id = ?');
    for (const event of events) {
      const disputeId = DISPUTE_STREAM.exec(event.streamId)?.[1];
      if (disputeId === undefined) continue;
      let current = touched.get(disputeId);
      if (!current) {
        const row = select.get(disputeId);
        current = { document: row ? (JSON.parse(row.doc) as DisputeDocument) : null, raisedPosition: row?.raised_position ?? event.position, position: 0 };
      }
      touched.set(disputeId, { document: evolveDisputeDocument(current.document, event), raisedPosition: current.raisedPosition, position: event.position });
    }
    const upsert = db.prepare(
      `INSERT INTO disputes_v2 (dispute_id, compact_id, status, raised_position, doc, position) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (dispute_id) DO UPDATE SET status = excluded.status, doc = excluded.doc, position = excluded.position`,
    );
    const party = db.prepare('INSERT OR IGNORE INTO dispute_parties_v2 (dispute_id, organisation_id, role) VALUES (?, ?, ?)');
    const mediator = db.prepare('INSERT OR IGNORE INTO dispute_mediators_v2 (dispute_id, subject) VALUES (?, ?)');
    for (const [disputeId, { document, raisedPosition, position }] of touched) {
      if (document === null) continue;
      upsert.run(disputeId, document.compact.compactId, document.status, raisedPosition, JSON.stringify(document), position);
      party.run(disputeId, document.raisedBy, 'raiser');
      for (const organisation of document.against) party.run(disputeId, organisation, 'respondent');
      for (const { subject } of document.mediators) mediator.run(disputeId, subject);
    }
  },
};

/** One dispute's document, or null. */
export function findDispute(db: Database.Database, disputeId: string): DisputeDocument | null {
  const row = db.prepare<[string], { doc: string }>('SELECT doc FROM disputes_v2 WHERE dispute_id = ?').get(disputeId);
  return row ? (JSON.parse(row.doc) as DisputeDocument) : null;
}

/** Whose disputes a reader may see: every one, those its organisation is a party to, those it mediates, or none. */
export type DisputeVisibility = { kind: 'all' } | { kind: 'party'; organisationId: string } | { kind: 'mediator'; subject: string } | { kind: 'none' };

export interface DisputeFilter {
  visibility: DisputeVisibility;
  compactId?: string | null;
  /** Disputes this organisation is a party to. */
  party?: string | null;
  /** Disputes this person (a token's subject) mediates. */
  mediator?: string | null;
  status?: DisputeDocument['status'] | null;
  /** Those raised after this dispute, in the order raised. */
  after?: string | null;
  limit: number;
}

/** A page of disputes in the order raised, and whether more follow. */
export function listDisputes(db: Database.Database, filter: DisputeFilter): { disputes: DisputeDocument[]; more: boolean } {
  const where: string[] = [];
  const params: Array<string | number> = [];
  const { visibility } = filter;
  if (visibility.kind === 'none') return { disputes: [], more: false };
  if (visibility.kind === 'party') {
    where.push('d.dispute_id IN (SELECT dispute_id FROM dispute_parties_v2 WHERE organisation_id = ?)');
    params.push(visibility.organisationId);
  }
  if (visibility.kind === 'mediator') {
    where.push('d.dispute_id IN (SELECT dispute_id FROM dispute_mediators_v2 WHERE subject = ?)');
    params.push(visibility.subject);
  }
  if (filter.party) {
    where.push('d.dispute_id IN (SELECT dispute_id FROM dispute_parties_v2 WHERE organisation_id = ?)');
    params.push(filter.party);
  }
  if (filter.mediator) {
    where.push('d.dispute_id IN (SELECT dispute_id FROM dispute_mediators_v2 WHERE subject = ?)');
    params.push(filter.mediator);
  }
  if (filter.compactId) {
    where.push('d.compact_id = ?');
    params.push(filter.compactId);
  }
  if (filter.status) {
    where.push('d.status = ?');
    params.push(filter.status);
  }
  if (filter.after) {
    where.push('d.raised_position > COALESCE((SELECT raised_position FROM disputes_v2 WHERE dispute_id = ?), -1)');
    params.push(filter.after);
  }
  const sql = `SELECT d.doc FROM disputes_v2 d ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.raised_position LIMIT ?`;
  const rows = db.prepare<Array<string | number>, { doc: string }>(sql).all(...params, filter.limit + 1);
  return { disputes: rows.slice(0, filter.limit).map((row) => JSON.parse(row.doc) as DisputeDocument), more: rows.length > filter.limit };
}
