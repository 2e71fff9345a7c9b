import type Database from 'better-sqlite3';
import { type DecisionRecorded, type MeetingEvent, meetingEventCodec, type SeatAttendance } from '@compact-ledger/domain';
import type { Actor, RecordedEvent } from '@compact-ledger/event-store';
import type { Projection } from '../runner/projection';
import { idOf, MEETING_STREAM, page } from './streams';

type Decision = DecisionRecorded['data'];

/** An event a decision caused (the saga's, on the compact's or the dispute's stream). */
export interface FollowedEvent {
  streamId: string;
  revision: number;
  position: number;
  type: string;
  eventId: string;
  effectiveAt: string | null;
  recordedAt: string;
  data: Record<string, unknown>;
}

/**
 * One decision of a board as the decision log shows it: where and on what it was taken, the quorum
 * it was taken with and who counted, who was excluded and why, its value, and what followed from it.
 */
export interface DecisionLogEntry {
  decisionId: string;
  /** The DecisionRecorded event's id: the causationId of whatever it caused. */
  eventId: string;
  boardId: string;
  compactId: string;
  meeting: { meetingId: string; title: string; meetingDate: string };
  item: string;
  itemTitle: string;
  resolution: string;
  outcome: Decision['outcome'];
  carried: boolean;
  quorum: Decision['quorum'];
  /** The voting seats present (lead, or deputy for the lead) and not excluded from the item. */
  counted: Array<{ seatId: string; title: string; person: string | null }>;
  excluded: Array<{ seatId: string; title: string; person: string | null; declarationId: string; nature: string | null; reason: string }>;
  value: Decision['value'];
  reservedMatter: Decision['reservedMatter'];
  consequence: Decision['consequence'];
  /** `none`: the decision acts on nothing; `pending`: its consequence is not yet recorded; `recorded`: it is, in `followed`. */
  consequenceStatus: 'none' | 'pending' | 'recorded';
  followed: FollowedEvent[];
  recordedBy: Actor;
  recordedAt: string;
  correlationId: string | null;
}

interface MeetingRow {
  title: string;
  meeting_date: string;
  seats: string;
  attendance: string | null;
}

/**
 * The decision log per board: one row per decision, with the board, meeting date and (for a
 * decision that resolves a dispute) the dispute in columns. Events anywhere in the log whose
 * causationId is a decision's event are added to the decision's `followed`.
 */
export const decisionLogProjection: Projection = {
  name: 'decision_log_v1',
  tables: ['decision_log_v1', 'decision_log_meetings_v1', 'decision_log_declarations_v1'],
  createTables(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS decision_log_v1 (
        decision_id  TEXT PRIMARY KEY,
        event_id     TEXT NOT NULL UNIQUE,
        board_id     TEXT NOT NULL,
        compact_id   TEXT NOT NULL,
        meeting_id   TEXT NOT NULL,
        meeting_date TEXT NOT NULL,
        dispute_id   TEXT,
        entry        TEXT NOT NULL,
        position     INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS decision_log_v1_by_board ON decision_log_v1 (board_id, meeting_date, position);
      CREATE INDEX IF NOT EXISTS decision_log_v1_by_dispute ON decision_log_v1 (dispute_id);
      CREATE TABLE IF NOT EXISTS decision_log_meetings_v1 (
        meeting_id   TEXT PRIMARY KEY,
        title        TEXT NOT NULL,
        meeting_date TEXT NOT NULL,
        seats        TEXT NOT NULL,
        attendance   TEXT
      );
      CREATE TABLE IF NOT EXISTS decision_log_declarations_v1 (
        declaration_id TEXT PRIMARY KEY,
        nature         TEXT NOT NULL,
        handling       TEXT NOT NULL
      );`);
  },
  applyBatch(db, events) {
    for (const recorded of events) {
      const meetingId = idOf(MEETING_STREAM, recorded);
      if (meetingId !== null) {
        const event = meetingEventCodec.decode(recorded);
        if (event !== null) applyMeetingEvent(db, meetingId, event, recorded);
      }
      if (recorded.metadata.causationId) follow(db, recorded);
    }
  },
};

function applyMeetingEvent(db: Database.Database, meetingId: string, event: MeetingEvent, recorded: RecordedEvent): void {
  switch (event.type) {
    case 'MeetingScheduled': {
      const seats = Object.fromEntries(event.data.termsOfReference.seats.map((s) => [s.seatId, s.title]));
      db.prepare('INSERT OR REPLACE INTO decision_log_meetings_v1 VALUES (?, ?, ?, ?, NULL)').run(
        meetingId,
        event.data.title,
        event.data.meetingDate,
        JSON.stringify(seats),
      );
      return;
    }
    case 'MeetingHeld':
      db.prepare('UPDATE decision_log_meetings_v1 SET attendance = ? WHERE meeting_id = ?').run(JSON.stringify(event.data.attendance), meetingId);
      return;
    case 'InterestDeclared':
      db.prepare('INSERT OR REPLACE INTO decision_log_declarations_v1 VALUES (?, ?, ?)').run(event.data.declarationId, event.data.nature, event.data.handling);
      return;
    case 'DecisionRecorded':
      return record(db, meetingId, event.data, recorded);
    default:
      return;
  }
}

function record(db: Database.Database, meetingId: string, decision: Decision, recorded: RecordedEvent): void {
  const meeting = db
    .prepare<[string], MeetingRow>('SELECT title, meeting_date, seats, attendance FROM decision_log_meetings_v1 WHERE meeting_id = ?')
    .get(meetingId);
  if (!meeting) return;
  const titles = JSON.parse(meeting.seats) as Record<string, string>;
  const attendance = (meeting.attendance ? JSON.parse(meeting.attendance) : []) as SeatAttendance[];
  const personAt = (seatId: string) => attendance.find((a) => a.seatId === seatId)?.person ?? null;
  const excludedSeats = new Set(decision.excluded.map((e) => e.seatId));
  const declaration = db.prepare<[string], { nature: string; handling: string }>(
    'SELECT nature, handling FROM decision_log_declarations_v1 WHERE declaration_id = ?',
  );
  const entry: DecisionLogEntry = {
    decisionId: decision.decisionId,
    eventId: recorded.metadata.eventId,
    boardId: decision.boardId,
    compactId: decision.compactId,
    meeting: { meetingId, title: meeting.title, meetingDate: meeting.meeting_date },
    item: decision.item,
    itemTitle: decision.itemTitle,
    resolution: decision.resolution,
    outcome: decision.outcome,
    carried: decision.carried,
    quorum: decision.quorum,
    counted: attendance
      .filter((a) => a.voting && (a.status === 'lead-present' || a.status === 'deputy-present') && !excludedSeats.has(a.seatId))
      .map((a) => ({ seatId: a.seatId, title: titles[a.seatId] ?? a.seatId, person: a.person })),
    excluded: decision.excluded.map((e) => {
      const declared = declaration.get(e.declarationId);
      return {
        seatId: e.seatId,
        title: titles[e.seatId] ?? e.seatId,
        person: personAt(e.seatId),
        declarationId: e.declarationId,
        nature: declared?.nature ?? null,
        reason: `excluded by the Chair from item ${decision.item} for the interest declared (${declared ? declared.nature : 'declaration'} ${e.declarationId})`,
      };
    }),
    value: decision.value,
    reservedMatter: decision.reservedMatter,
    consequence: decision.consequence,
    consequenceStatus: decision.consequence === null || !decision.carried ? 'none' : 'pending',
    followed: [],
    recordedBy: recorded.metadata.actor,
    recordedAt: recorded.metadata.recordedAt,
    correlationId: recorded.metadata.correlationId,
  };
  const disputeId = decision.consequence?.kind === 'resolve-dispute' ? decision.consequence.disputeId : null;
  db.prepare('INSERT OR REPLACE INTO decision_log_v1 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    decision.decisionId,
    recorded.metadata.eventId,
    decision.boardId,
    decision.compactId,
    meetingId,
    meeting.meeting_date,
    disputeId,
    JSON.stringify(entry),
    recorded.position,
  );
}

/** An event caused by a decision's event is part of what followed from the decision. */
function follow(db: Database.Database, recorded: RecordedEvent): void {
  const row = db
    .prepare<[string], { decision_id: string; entry: string }>('SELECT decision_id, entry FROM decision_log_v1 WHERE event_id = ?')
    .get(recorded.metadata.causationId!);
  if (!row) return;
  const entry = JSON.parse(row.entry) as DecisionLogEntry;
  if (entry.followed.some((f) => f.eventId === recorded.metadata.eventId)) return;
  entry.followed.push({
    streamId: recorded.streamId,
    revision: recorded.revision,
    position: recorded.position,
    type: recorded.type,
    eventId: recorded.metadata.eventId,
    effectiveAt: recorded.metadata.effectiveAt,
    recordedAt: recorded.metadata.recordedAt,
    data: recorded.data,
  });
  entry.consequenceStatus = 'recorded';
  db.prepare('UPDATE decision_log_v1 SET entry = ? WHERE decision_id = ?').run(JSON.stringify(entry), row.decision_id);
}

export interface DecisionLogFilter {
  boardId: string;
  from?: string | null;
  to?: string | null;
  /** Only decisions that resolve one of these disputes (a mediator's). */
  mediator?: string | null;
  after?: string | null;
  limit: number;
}

/** A board's decisions in the order taken (meeting date, then recorded), filtered and paged in SQL. */
export function decisionLog(db: Database.Database, filter: DecisionLogFilter): { decisions: DecisionLogEntry[]; more: boolean } {
  const where = ['board_id = ?'];
  const params: Array<string | number> = [filter.boardId];
  if (filter.from) {
    where.push('meeting_date >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('meeting_date <= ?');
    params.push(filter.to);
  }
  if (filter.mediator) {
    // The disputes read model says who mediates which dispute.
    where.push('dispute_id IN (SELECT dispute_id FROM dispute_mediators_v2 WHERE subject = ?)');
    params.push(filter.mediator);
  }
  if (filter.after) {
    where.push('(meeting_date, position) > (SELECT meeting_date, position FROM decision_log_v1 WHERE decision_id = ?)');
    params.push(filter.after);
  }
  const rows = db
    .prepare<Array<string | number>, { entry: string }>(
      `SELECT entry FROM decision_log_v1 WHERE ${where.join(' AND ')} ORDER BY meeting_date, position LIMIT ?`,
    )
    .all(...params, filter.limit + 1);
  const { rows: shown, more } = page(rows, filter.limit);
  return { decisions: shown.map((row) => JSON.parse(row.entry) as DecisionLogEntry), more };
}

/** One decision's entry, or null. */
export function findDecision(db: Database.Database, decisionId: string): DecisionLogEntry | null {
  const row = db.prepare<[string], { entry: string }>('SELECT entry FROM decision_log_v1 WHERE decision_id = ?').get(decisionId);
  return row ? (JSON.parse(row.entry) as DecisionLogEntry) : null;
}
