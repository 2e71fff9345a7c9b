import type Database from 'better-sqlite3';
import { type MeetingEvent, meetingEventCodec } from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';
import type { Projection } from '../runner/projection';
import { idOf, MEETING_STREAM, page } from './streams';

/**
 * An entry of the register of interests: one declaration, who made it for which organisation,
 * and what it affected: the meeting, the agenda items it bears on, and the decisions taken on
 * those items (with whether the seat was excluded from them).
 */
export interface InterestEntry {
  declarationId: string;
  person: string;
  organisationId: string | null;
  seatId: string;
  seatTitle: string;
  interest: string;
  nature: string;
  handling: 'may-take-part' | 'excluded-from-items';
  declaredOn: string;
  meeting: { meetingId: string; title: string; meetingDate: string; boardId: string; compactId: string };
  items: Array<{ item: string; title: string }>;
  decisions: Array<{ decisionId: string; item: string; resolution: string; excluded: boolean }>;
}

interface MeetingRow {
  meeting_id: string;
  board_id: string;
  compact_id: string;
  meeting_date: string;
  title: string;
  seats: string;
}

/**
 * The register of interests: each declaration a row, with the person, organisation, board and
 * date in columns, so the register as at a date, for a person or an organisation, is a query.
 * What it needs of each meeting (its seats' titles, its agenda's titles) it keeps in tables of its own.
 */
export const interestRegisterProjection: Projection = {
  name: 'interest_register_v1',
  tables: ['interest_register_v1', 'interest_register_meetings_v1', 'interest_register_items_v1'],
  createTables(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS interest_register_v1 (
        declaration_id  TEXT PRIMARY KEY,
        meeting_id      TEXT NOT NULL,
        board_id        TEXT NOT NULL,
        compact_id      TEXT NOT NULL,
        person          TEXT NOT NULL,
        organisation_id TEXT,
        declared_on     TEXT NOT NULL,
        entry           TEXT NOT NULL,
        position        INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS interest_register_v1_by_board ON interest_register_v1 (board_id, person, declared_on, declaration_id);
      CREATE INDEX IF NOT EXISTS interest_register_v1_by_organisation ON interest_register_v1 (organisation_id, declared_on);
      CREATE INDEX IF NOT EXISTS interest_register_v1_by_meeting ON interest_register_v1 (meeting_id);
      CREATE TABLE IF NOT EXISTS interest_register_meetings_v1 (
        meeting_id   TEXT PRIMARY KEY,
        board_id     TEXT NOT NULL,
        compact_id   TEXT NOT NULL,
        meeting_date TEXT NOT NULL,
        title        TEXT NOT NULL,
        seats        TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS interest_register_items_v1 (
        meeting_id TEXT NOT NULL,
        item       TEXT NOT NULL,
        title      TEXT NOT NULL,
        PRIMARY KEY (meeting_id, item)
      );`);
  },
  applyBatch(db, events) {
    for (const recorded of events) {
      const meetingId = idOf(MEETING_STREAM, recorded);
      if (meetingId === null) continue;
      const event = meetingEventCodec.decode(recorded);
      if (event !== null) apply(db, meetingId, event, recorded);
    }
  },
};

function apply(db: Database.Database, meetingId: string, event: MeetingEvent, recorded: RecordedEvent): void {
  switch (event.type) {
    case 'MeetingScheduled': {
      const { boardId, compactId, meetingDate, title, termsOfReference } = event.data;
      const seats = Object.fromEntries(termsOfReference.seats.map((s) => [s.seatId, s.title]));
      db.prepare('INSERT OR REPLACE INTO interest_register_meetings_v1 VALUES (?, ?, ?, ?, ?, ?)').run(
        meetingId,
        boardId,
        compactId,
        meetingDate,
        title,
        JSON.stringify(seats),
      );
      return;
    }
    case 'AgendaItemAdded':
      db.prepare('INSERT OR REPLACE INTO interest_register_items_v1 VALUES (?, ?, ?)').run(meetingId, event.data.item, event.data.title);
      return;
    case 'InterestDeclared': {
      const meeting = db.prepare<[string], MeetingRow>('SELECT * FROM interest_register_meetings_v1 WHERE meeting_id = ?').get(meetingId);
      if (!meeting) return;
      const d = event.data;
      const titleOf = db.prepare<[string, string], { title: string }>('SELECT title FROM interest_register_items_v1 WHERE meeting_id = ? AND item = ?');
      const entry: InterestEntry = {
        declarationId: d.declarationId,
        person: d.person,
        organisationId: d.organisationId,
        seatId: d.seatId,
        seatTitle: (JSON.parse(meeting.seats) as Record<string, string>)[d.seatId] ?? d.seatId,
        interest: d.interest,
        nature: d.nature,
        handling: d.handling,
        declaredOn: d.declaredOn,
        meeting: { meetingId, title: meeting.title, meetingDate: meeting.meeting_date, boardId: meeting.board_id, compactId: meeting.compact_id },
        items: d.items.map((item) => ({ item, title: titleOf.get(meetingId, item)?.title ?? item })),
        decisions: [],
      };
      db.prepare('INSERT OR REPLACE INTO interest_register_v1 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        d.declarationId,
        meetingId,
        meeting.board_id,
        meeting.compact_id,
        d.person,
        d.organisationId,
        d.declaredOn,
        JSON.stringify(entry),
        recorded.position,
      );
      return;
    }
    case 'DecisionRecorded': {
      // The decision affected every declaration at this meeting that bears on its item.
      const { decisionId, item, resolution, excluded } = event.data;
      const rows = db
        .prepare<[string], { declaration_id: string; entry: string }>('SELECT declaration_id, entry FROM interest_register_v1 WHERE meeting_id = ?')
        .all(meetingId);
      const update = db.prepare('UPDATE interest_register_v1 SET entry = ?, position = ? WHERE declaration_id = ?');
      for (const row of rows) {
        const entry = JSON.parse(row.entry) as InterestEntry;
        if (!entry.items.some((i) => i.item === item)) continue;
        const wasExcluded = excluded.some((e) => e.declarationId === entry.declarationId);
        entry.decisions.push({ decisionId, item, resolution, excluded: wasExcluded });
        update.run(JSON.stringify(entry), recorded.position, row.declaration_id);
      }
      return;
    }
    default:
      return;
  }
}

export interface InterestRegisterFilter {
  boardId: string;
  /** Declarations made on or before this date. */
  asOf: string;
  person?: string | null;
  organisationId?: string | null;
  /** The entries after this declaration, in register order (person, date). */
  after?: string | null;
  limit: number;
}

/** The register as at a date, by person then date of declaration, filtered and paged in SQL. */
export function interestRegister(db: Database.Database, filter: InterestRegisterFilter): { entries: InterestEntry[]; more: boolean } {
  const where = ['board_id = ?', 'declared_on <= ?'];
  const params: Array<string | number> = [filter.boardId, filter.asOf];
  if (filter.person) {
    where.push('person = ?');
    params.push(filter.person);
  }
  if (filter.organisationId) {
    where.push('organisation_id = ?');
    params.push(filter.organisationId);
  }
  if (filter.after) {
    where.push('(person, declared_on, declaration_id) > (SELECT person, declared_on, declaration_id FROM interest_register_v1 WHERE declaration_id = ?)');
    params.push(filter.after);
  }
  const rows = db
    .prepare<Array<string | number>, { entry: string }>(
      `SELECT entry FROM interest_register_v1 WHERE ${where.join(' AND ')} ORDER BY person, declared_on, declaration_id LIMIT ?`,
    )
    .all(...params, filter.limit + 1);
  const { rows: shown, more } = page(rows, filter.limit);
  // A decision after the as-of date had not yet been taken then.
  const entries = shown.map((row) => {
    const entry = JSON.parse(row.entry) as InterestEntry;
    return entry.meeting.meetingDate <= filter.asOf ? entry : { ...entry, decisions: [] };
  });
  return { entries, more };
}
