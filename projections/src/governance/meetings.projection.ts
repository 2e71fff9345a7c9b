import type Database from 'better-sqlite3';
import {
  describeQuorum,
  type MeetingEvent,
  meetingEventCodec,
  type QuorumCount,
  type Seat,
  seatsNeededForQuorum,
  type SeatAttendance,
} from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';
import type { Projection } from '../runner/projection';
import { idOf, MEETING_STREAM, page } from './streams';

type Data<Type extends MeetingEvent['type']> = Extract<MeetingEvent, { type: Type }>['data'];

export interface MeetingPapers {
  title: string;
  circulatedOn: string;
  dueBy: string;
  workingDaysBefore: number;
  late: boolean;
}

export type MeetingAgendaItem = Omit<Data<'AgendaItemAdded'>, never> & { papers: MeetingPapers[] };
export type MeetingDeclaration = Data<'InterestDeclared'>;
export type MeetingDecision = Omit<Data<'DecisionRecorded'>, 'meetingId' | 'boardId' | 'compactId' | 'decidedOn'>;

/**
 * One meeting as GET /meetings/:id shows it, folded from its own stream by `evolveMeetingDocument`:
 * its notice deadlines, agenda with the papers for each item, attendance per seat, declarations,
 * decisions with their quorum counts, and the minutes.
 */
export interface MeetingDocument {
  meetingId: string;
  boardId: string;
  boardName: string;
  compactId: string;
  compactTitle: string;
  title: string;
  meetingDate: string;
  status: 'scheduled' | 'held' | 'cancelled';
  /** The version of the board's terms of reference in force on the meeting date, which the meeting keeps. */
  termsVersion: string;
  /** `70% of 16 voting seats: 12`. */
  quorumRule: string;
  seats: Seat[];
  deadlines: Data<'MeetingScheduled'>['deadlines'];
  agenda: MeetingAgendaItem[];
  attendance: SeatAttendance[] | null;
  /** The meeting's quorum before any exclusion for an interest. */
  quorum: QuorumCount | null;
  declarations: MeetingDeclaration[];
  decisions: MeetingDecision[];
  draftMinutes: Data<'DraftMinutesCirculated'> | null;
  minutesApproval: Data<'MinutesApproved'> | null;
  cancellation: Data<'MeetingCancelled'> | null;
  /** The meeting stream's revision: the ETag, and the If-Match of the next command. */
  revision: number;
}

export function evolveMeetingDocument(document: MeetingDocument | null, recorded: RecordedEvent): MeetingDocument | null {
  const event = meetingEventCodec.decode(recorded);
  if (event === null) return document && { ...document, revision: recorded.revision };
  if (event.type === 'MeetingScheduled') return scheduled(event.data, recorded.revision);
  if (document === null) return null;
  return { ...step(document, event), revision: recorded.revision };
}

function scheduled(data: Data<'MeetingScheduled'>, revision: number): MeetingDocument {
  const terms = data.termsOfReference;
  const voting = terms.seats.filter((s) => s.voting).length;
  return {
    meetingId: data.meetingId,
    boardId: data.boardId,
    boardName: data.boardName,
    compactId: data.compactId,
    compactTitle: data.compactTitle,
    title: data.title,
    meetingDate: data.meetingDate,
    status: 'scheduled',
    termsVersion: terms.version,
    quorumRule: `${describeQuorum(terms.quorum)} of ${voting} voting seats: ${seatsNeededForQuorum(terms.quorum, voting)}`,
    seats: terms.seats,
    deadlines: data.deadlines,
    agenda: [],
    attendance: null,
    quorum: null,
    declarations: [],
    decisions: [],
    draftMinutes: null,
    minutesApproval: null,
    cancellation: null,
    revision,
  };
}

function step(document: MeetingDocument, event: Exclude<MeetingEvent, { type: 'MeetingScheduled' }>): MeetingDocument {
  switch (event.type) {
    case 'MeetingCancelled':
      return { ...document, status: 'cancelled', cancellation: event.data };
    case 'AgendaItemAdded':
      return { ...document, agenda: [...document.agenda, { ...event.data, papers: [] }] };
    case 'PapersCirculated': {
      const { item, ...papers } = event.data;
      return { ...document, agenda: document.agenda.map((a) => (a.item === item ? { ...a, papers: [...a.papers, papers] } : a)) };
    }
    case 'MeetingHeld':
      return { ...document, status: 'held', attendance: event.data.attendance, quorum: event.data.quorum };
    case 'InterestDeclared':
      return { ...document, declarations: [...document.declarations, event.data] };
    case 'DecisionRecorded': {
      const { meetingId: _m, boardId: _b, compactId: _c, decidedOn: _d, ...decision } = event.data;
      return { ...document, decisions: [...document.decisions, decision] };
    }
    case 'DraftMinutesCirculated':
      return { ...document, draftMinutes: event.data };
    case 'MinutesApproved':
      return { ...document, minutesApproval: event.data };
  }
}

/** A meeting as listed. */
export type MeetingSummary = Pick<MeetingDocument, 'meetingId' | 'boardId' | 'compactId' | 'title' | 'meetingDate' | 'status'>;

/** Meetings, one document each, with their board, compact, date and status in columns so lists filter and page in SQL. */
export const meetingsProjection: Projection = {
  name: 'meetings_v1',
  tables: ['meetings_v1'],
  createTables(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS meetings_v1 (
        meeting_id   TEXT PRIMARY KEY,
        board_id     TEXT NOT NULL,
        compact_id   TEXT NOT NULL,
        meeting_date TEXT NOT NULL,
        status       TEXT NOT NULL,
        doc          TEXT NOT NULL,
        position     INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS meetings_v1_by_board ON meetings_v1 (board_id, meeting_date, meeting_id);
      CREATE INDEX IF NOT EXISTS meetings_v1_by_compact ON meetings_v1 (compact_id, meeting_date, meeting_id);
      CREATE INDEX IF NOT EXISTS meetings_v1_by_date ON meetings_v1 (meeting_date, meeting_id);`);
  },
  applyBatch(db, events) {
    const select = db.prepare<[string], { doc: string }>('SELECT doc FROM meetings_v1 WHERE meeting_id = ?');
    const upsert = db.prepare(
      `INSERT INTO meetings_v1 (meeting_id, board_id, compact_id, meeting_date, status, doc, position) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (meeting_id) DO UPDATE SET status = excluded.status, doc = excluded.doc, position = excluded.position`,
    );
    for (const event of events) {
      const meetingId = idOf(MEETING_STREAM, event);
      if (meetingId === null) continue;
      const row = select.get(meetingId);
      const document = evolveMeetingDocument(row ? (JSON.parse(row.doc) as MeetingDocument) : null, event);
      if (document)
        upsert.run(meetingId, document.boardId, document.compactId, document.meetingDate, document.status, JSON.stringify(document), event.position);
    }
  },
};

export function findMeeting(db: Database.Database, meetingId: string): MeetingDocument | null {
  const row = db.prepare<[string], { doc: string }>('SELECT doc FROM meetings_v1 WHERE meeting_id = ?').get(meetingId);
  return row ? (JSON.parse(row.doc) as MeetingDocument) : null;
}

export interface MeetingFilter {
  boardId?: string | null;
  compactId?: string | null;
  status?: MeetingDocument['status'] | null;
  /** Meetings dated on or after. */
  from?: string | null;
  /** Meetings dated on or before. */
  to?: string | null;
  /** The meetings after this one, in date order. */
  after?: string | null;
  limit: number;
}

/** Meetings in date order (then id), filtered and paged in SQL. */
export function listMeetings(db: Database.Database, filter: MeetingFilter): { meetings: MeetingSummary[]; more: boolean } {
  const where: string[] = [];
  const params: Array<string | number> = [];
  const add = (clause: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return;
    where.push(clause);
    params.push(value);
  };
  add('board_id = ?', filter.boardId);
  add('compact_id = ?', filter.compactId);
  add('status = ?', filter.status);
  add('meeting_date >= ?', filter.from);
  add('meeting_date <= ?', filter.to);
  if (filter.after) {
    where.push('(meeting_date, meeting_id) > (SELECT meeting_date, meeting_id FROM meetings_v1 WHERE meeting_id = ?)');
    params.push(filter.after);
  }
  const sql = `SELECT meeting_id, board_id, compact_id, meeting_date, status, json_extract(doc, '$.title') AS title FROM meetings_v1
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY meeting_date, meeting_id LIMIT ?`;
  const rows = db
    .prepare<
      Array<string | number>,
      { meeting_id: string; board_id: string; compact_id: string; meeting_date: string; status: MeetingDocument['status']; title: string }
    >(sql)
    .all(...params, filter.limit + 1);
  const { rows: shown, more } = page(rows, filter.limit);
  return {
    meetings: shown.map((r) => ({
      meetingId: r.meeting_id,
      boardId: r.board_id,
      compactId: r.compact_id,
      title: r.title,
      meetingDate: r.meeting_date,
      status: r.status,
    })),
    more,
  };
}
