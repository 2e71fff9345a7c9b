import type Database from 'better-sqlite3';
import {
  addDays,
  compactEventCodec,
  daysBetween,
  type DisputeEvent,
  disputeEventCodec,
  type EscalationLevel,
  meetingEventCodec,
  programmeEventCodec,
  type WorkingDayCalendar,
} from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';
import type { Projection } from '../runner/projection';
import { COMPACT_STREAM, DISPUTE_STREAM_ID, idOf, MEETING_STREAM, page, PROGRAMME_STREAM } from './streams';

export const DEADLINE_KINDS = ['agenda-items', 'papers', 'draft-minutes', 'escalation-level', 'commitment-target', 'refresh'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * One deadline, as a row: what is due by when, and when it was done. Whether it is due or
 * overdue on a date is the query's: a row is shown from `visibleFrom` to `visibleUntil`
 * (inclusive, either open) and until it is done.
 */
interface DeadlineRow {
  deadline_id: string;
  kind: DeadlineKind;
  compact_id: string;
  due_by: string;
  done_on: string | null;
  visible_from: string | null;
  visible_until: string | null;
  /** What the deadline is about: meeting, item, dispute and level, target, as JSON. */
  subject: string;
  dispute_id: string | null;
  meeting_id: string | null;
}

/** A deadline due or overdue on a date, as GET /deadlines lists it. */
export interface Deadline {
  deadlineId: string;
  kind: DeadlineKind;
  compactId: string;
  dueBy: string;
  status: 'due' | 'overdue';
  /** Calendar days past `dueBy`, when overdue. */
  daysOverdue: number | null;
  /** In words: `papers for item 4 of South Nottinghamshire Transformation Board, March 2015`. */
  what: string;
  boardId: string | null;
  meetingId: string | null;
  meetingDate: string | null;
  item: string | null;
  disputeId: string | null;
  level: number | null;
  targetId: string | null;
  commitmentId: string | null;
}

type Subject = Pick<Deadline, 'what' | 'boardId' | 'meetingId' | 'meetingDate' | 'item' | 'disputeId' | 'level' | 'targetId' | 'commitmentId'>;

const subject = (s: Partial<Subject> & { what: string }): Subject => ({
  boardId: null,
  meetingId: null,
  meetingDate: null,
  item: null,
  disputeId: null,
  level: null,
  targetId: null,
  commitmentId: null,
  ...s,
});

/**
 * Every deadline across compacts, from the meetings (agenda items, papers, draft minutes), the
 * disputes (escalation levels with a time limit, counted in working days with the calendar
 * given), the joint programmes (commitment targets, each revision a new period) and the compacts'
 * terms (refresh dates); with who may see which (each compact's partners, each dispute's
 * mediators) in tables of its own.
 */
export function deadlinesProjection(calendar: WorkingDayCalendar): Projection {
  return {
    name: 'deadlines_v1',
    tables: [
      'deadlines_v1',
      'deadline_compacts_v1',
      'deadline_partners_v1',
      'deadline_mediators_v1',
      'deadline_disputes_v1',
      'deadline_meetings_v1',
      'deadline_targets_v1',
    ],
    createTables(db) {
      db.exec(`
        CREATE TABLE IF NOT EXISTS deadlines_v1 (
          deadline_id   TEXT PRIMARY KEY,
          kind          TEXT NOT NULL,
          compact_id    TEXT NOT NULL,
          due_by        TEXT NOT NULL,
          done_on       TEXT,
          visible_from  TEXT,
          visible_until TEXT,
          subject       TEXT NOT NULL,
          dispute_id    TEXT,
          meeting_id    TEXT
        );
        CREATE INDEX IF NOT EXISTS deadlines_v1_by_due ON deadlines_v1 (due_by, deadline_id);
        CREATE INDEX IF NOT EXISTS deadlines_v1_by_compact ON deadlines_v1 (compact_id, due_by);
        CREATE INDEX IF NOT EXISTS deadlines_v1_by_meeting ON deadlines_v1 (meeting_id);
        CREATE TABLE IF NOT EXISTS deadline_compacts_v1 (
          compact_id TEXT PRIMARY KEY,
          title      TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS deadline_targets_v1 (
          compact_id TEXT NOT NULL,
          target_id  TEXT NOT NULL,
          text       TEXT NOT NULL,
          periods    INTEGER NOT NULL,
          PRIMARY KEY (compact_id, target_id)
        );
        CREATE TABLE IF NOT EXISTS deadline_partners_v1 (
          compact_id      TEXT NOT NULL,
          organisation_id TEXT NOT NULL,
          PRIMARY KEY (organisation_id, compact_id)
        );
        CREATE TABLE IF NOT EXISTS deadline_mediators_v1 (
          dispute_id TEXT NOT NULL,
          subject    TEXT NOT NULL,
          PRIMARY KEY (subject, dispute_id)
        );
        CREATE TABLE IF NOT EXISTS deadline_disputes_v1 (
          dispute_id TEXT PRIMARY KEY,
          compact_id TEXT NOT NULL,
          levels     TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS deadline_meetings_v1 (
          meeting_id   TEXT PRIMARY KEY,
          board_id     TEXT NOT NULL,
          compact_id   TEXT NOT NULL,
          title        TEXT NOT NULL,
          meeting_date TEXT NOT NULL,
          deadlines    TEXT NOT NULL
        );`);
    },
    applyBatch(db, events) {
      const rows = new DeadlineRows(db);
      for (const recorded of events) {
        const compactId = idOf(COMPACT_STREAM, recorded);
        if (compactId !== null) compactEvent(rows, db, compactId, recorded);
        const disputeId = idOf(DISPUTE_STREAM_ID, recorded);
        if (disputeId !== null) disputeEvent(rows, db, disputeId, recorded, calendar);
        const meetingId = idOf(MEETING_STREAM, recorded);
        if (meetingId !== null) meetingEvent(rows, db, meetingId, recorded);
        const programmeOf = idOf(PROGRAMME_STREAM, recorded);
        if (programmeOf !== null) programmeEvent(rows, db, programmeOf, recorded);
      }
    },
  };
}

class DeadlineRows {
  private readonly insert: Database.Statement;
  private readonly get: Database.Statement<[string], DeadlineRow>;
  constructor(private readonly db: Database.Database) {
    this.insert =
      db.prepare(`INSERT OR REPLACE INTO deadlines_v1 (deadline_id, kind, compact_id, due_by, done_on, visible_from, visible_until, subject, dispute_id, meeting_id)
      VALUES (@deadline_id, @kind, @compact_id, @due_by, @done_on, @visible_from, @visible_until, @subject, @dispute_id, @meeting_id)`);
    this.get = db.prepare('SELECT * FROM deadlines_v1 WHERE deadline_id = ?');
  }
  put(row: Omit<DeadlineRow, 'subject'> & { subject: Subject }): void {
    this.insert.run({ ...row, subject: JSON.stringify(row.subject) });
  }
  find(id: string): DeadlineRow | undefined {
    return this.get.get(id);
  }
  /** Done on a date, unless it was done before. */
  done(id: string, on: string): void {
    this.db.prepare('UPDATE deadlines_v1 SET done_on = ? WHERE deadline_id = ? AND done_on IS NULL').run(on, id);
  }
  /** No longer shown after a date (unless done by then). */
  closeAfter(id: string, lastDay: string): void {
    this.db
      .prepare('UPDATE deadlines_v1 SET visible_until = ? WHERE deadline_id = ? AND (visible_until IS NULL OR visible_until > ?)')
      .run(lastDay, id, lastDay);
  }
}

// ---------------------------------------------------------------- compacts: partners (who sees what) and refresh dates

function compactEvent(rows: DeadlineRows, db: Database.Database, compactId: string, recorded: RecordedEvent): void {
  const event = compactEventCodec.decode(recorded);
  const id = `refresh:${compactId}`;
  switch (event?.type) {
    case 'CompactDrafted':
      db.prepare('INSERT OR REPLACE INTO deadline_compacts_v1 VALUES (?, ?)').run(compactId, event.data.title);
      return;
    case 'PartnerAdmitted':
      db.prepare('INSERT OR IGNORE INTO deadline_partners_v1 VALUES (?, ?)').run(compactId, event.data.organisationId);
      return;
    case 'CompactTermSet': {
      const { refreshDueBy, effectiveFrom } = event.data;
      if (refreshDueBy === null) return;
      // A term set again replaces the refresh date it gave.
      rows.put({
        deadline_id: id,
        kind: 'refresh',
        compact_id: compactId,
        due_by: refreshDueBy,
        done_on: null,
        visible_from: effectiveFrom,
        visible_until: null,
        subject: subject({ what: `refresh of ${compactTitle(db, compactId)}` }),
        dispute_id: null,
        meeting_id: null,
      });
      return;
    }
    case 'CompactVersionPublished': {
      // A new version dated after the term began refreshes the compact.
      const row = rows.find(id);
      if (row && (row.visible_from === null || event.data.dated > row.visible_from)) rows.done(id, event.data.dated);
      return;
    }
    case 'CompactSuperseded':
      rows.done(id, event.data.effectiveOn);
      return;
    case 'CompactTerminated':
      rows.closeAfter(id, event.data.effectiveOn);
      return;
    default:
      return;
  }
}

function compactTitle(db: Database.Database, compactId: string): string {
  return db.prepare<[string], { title: string }>('SELECT title FROM deadline_compacts_v1 WHERE compact_id = ?').get(compactId)?.title ?? `compact ${compactId}`;
}

// ---------------------------------------------------------------- disputes: escalation levels with a time limit

function disputeEvent(rows: DeadlineRows, db: Database.Database, disputeId: string, recorded: RecordedEvent, calendar: WorkingDayCalendar): void {
  const event: DisputeEvent | null = disputeEventCodec.decode(recorded);
  if (event === null) return;
  const dispute = () =>
    db.prepare<[string], { compact_id: string; levels: string }>('SELECT compact_id, levels FROM deadline_disputes_v1 WHERE dispute_id = ?').get(disputeId);
  const reach = (compactId: string, levels: EscalationLevel[], level: number, reachedOn: string) => {
    const at = levels.find((l) => l.level === level);
    if (!at?.workingDayLimit) return;
    rows.put({
      deadline_id: `escalation:${disputeId}:${level}`,
      kind: 'escalation-level',
      compact_id: compactId,
      due_by: calendar.addWorkingDays(reachedOn, at.workingDayLimit),
      done_on: null,
      visible_from: reachedOn,
      visible_until: null,
      subject: subject({
        what: `dispute ${disputeId} at level ${level} (${at.name}): ${at.workingDayLimit} working days from ${reachedOn}`,
        disputeId,
        level,
      }),
      dispute_id: disputeId,
      meeting_id: null,
    });
  };
  switch (event.type) {
    case 'DisputeRaised': {
      const { compact, escalationPath, level, raisedOn } = event.data;
      db.prepare('INSERT OR REPLACE INTO deadline_disputes_v1 VALUES (?, ?, ?)').run(disputeId, compact.compactId, JSON.stringify(escalationPath.levels));
      reach(compact.compactId, escalationPath.levels, level, raisedOn);
      return;
    }
    case 'DisputeEscalated': {
      const known = dispute();
      rows.done(`escalation:${disputeId}:${event.data.fromLevel}`, event.data.escalatedOn);
      if (known) reach(known.compact_id, JSON.parse(known.levels) as EscalationLevel[], event.data.toLevel, event.data.escalatedOn);
      return;
    }
    case 'DisputeResolved':
      rows.done(`escalation:${disputeId}:${event.data.level}`, event.data.resolvedOn);
      return;
    case 'DisputeWithdrawn':
      rows.done(`escalation:${disputeId}:${event.data.level}`, event.data.withdrawnOn);
      return;
    case 'MediatorAppointed':
      db.prepare('INSERT OR IGNORE INTO deadline_mediators_v1 VALUES (?, ?)').run(disputeId, event.data.mediator.subject);
      return;
    default:
      return;
  }
}

// ---------------------------------------------------------------- meetings: agenda items, papers, draft minutes

interface MeetingRow {
  board_id: string;
  compact_id: string;
  title: string;
  meeting_date: string;
  deadlines: string;
}

function meetingEvent(rows: DeadlineRows, db: Database.Database, meetingId: string, recorded: RecordedEvent): void {
  const event = meetingEventCodec.decode(recorded);
  if (event === null) return;
  if (event.type === 'MeetingScheduled') {
    const { boardId, compactId, title, meetingDate, deadlines } = event.data;
    db.prepare('INSERT OR REPLACE INTO deadline_meetings_v1 VALUES (?, ?, ?, ?, ?, ?)').run(
      meetingId,
      boardId,
      compactId,
      title,
      meetingDate,
      JSON.stringify(deadlines),
    );
    const about = { boardId, meetingId, meetingDate };
    // Agenda items close on their date: after it an item is late, not overdue; it is shown until then.
    rows.put({
      deadline_id: `agenda:${meetingId}`,
      kind: 'agenda-items',
      compact_id: compactId,
      due_by: deadlines.agendaItemsBy,
      done_on: null,
      visible_from: null,
      visible_until: deadlines.agendaItemsBy,
      subject: subject({ ...about, what: `agenda items for ${title}` }),
      dispute_id: null,
      meeting_id: meetingId,
    });
    rows.put({
      deadline_id: `minutes:${meetingId}`,
      kind: 'draft-minutes',
      compact_id: compactId,
      due_by: deadlines.draftMinutesBy,
      done_on: null,
      visible_from: meetingDate,
      visible_until: null,
      subject: subject({ ...about, what: `draft minutes of ${title}` }),
      dispute_id: null,
      meeting_id: meetingId,
    });
    return;
  }
  const meeting = db
    .prepare<[string], MeetingRow>('SELECT board_id, compact_id, title, meeting_date, deadlines FROM deadline_meetings_v1 WHERE meeting_id = ?')
    .get(meetingId);
  if (!meeting) return;
  switch (event.type) {
    case 'AgendaItemAdded': {
      const { item, title, receivedOn } = event.data;
      // Papers for an item are due until the meeting; an item with none by then was taken without.
      rows.put({
        deadline_id: `papers:${meetingId}:${item}`,
        kind: 'papers',
        compact_id: meeting.compact_id,
        due_by: (JSON.parse(meeting.deadlines) as { papersBy: string }).papersBy,
        done_on: null,
        visible_from: receivedOn,
        visible_until: meeting.meeting_date,
        subject: subject({
          what: `papers for item ${item} (${title}) of ${meeting.title}`,
          boardId: meeting.board_id,
          meetingId,
          meetingDate: meeting.meeting_date,
          item,
        }),
        dispute_id: null,
        meeting_id: meetingId,
      });
      return;
    }
    case 'PapersCirculated':
      rows.done(`papers:${meetingId}:${event.data.item}`, event.data.circulatedOn);
      return;
    case 'DraftMinutesCirculated':
      rows.done(`minutes:${meetingId}`, event.data.circulatedOn);
      return;
    case 'MeetingCancelled':
      // Nothing falls due for a meeting that will not happen, from the day it was cancelled.
      db.prepare('UPDATE deadlines_v1 SET visible_until = ? WHERE meeting_id = ? AND (visible_until IS NULL OR visible_until > ?)').run(
        addDays(event.data.cancelledOn, -1),
        meetingId,
        addDays(event.data.cancelledOn, -1),
      );
      return;
    default:
      return;
  }
}

// ---------------------------------------------------------------- joint programmes: commitment targets

function programmeEvent(rows: DeadlineRows, db: Database.Database, compactId: string, recorded: RecordedEvent): void {
  const event = programmeEventCodec.decode(recorded);
  const period = (targetId: string, n: number) => `target:${compactId}:${targetId}:${n}`;
  const known = (targetId: string) =>
    db
      .prepare<[string, string], { text: string; periods: number }>('SELECT text, periods FROM deadline_targets_v1 WHERE compact_id = ? AND target_id = ?')
      .get(compactId, targetId);
  const open = (targetId: string, commitmentId: string, n: number, dueOn: string, wording: string, from: string, text: string) =>
    rows.put({
      deadline_id: period(targetId, n),
      kind: 'commitment-target',
      compact_id: compactId,
      due_by: dueOn,
      done_on: null,
      visible_from: from,
      visible_until: null,
      subject: subject({ what: `target ${targetId} (${wording}): ${text}`, targetId, commitmentId }),
      dispute_id: null,
      meeting_id: null,
    });
  switch (event?.type) {
    case 'CommitmentDefined':
      for (const t of event.data.targets) {
        // `periods`: how many due dates the target has had; each revision opens the next.
        db.prepare('INSERT OR REPLACE INTO deadline_targets_v1 VALUES (?, ?, ?, ?)').run(compactId, t.targetId, t.text, t.dueOn === null ? 0 : 1);
        if (t.dueOn !== null) open(t.targetId, event.data.commitmentId, 0, t.dueOn, t.wording, event.data.definedOn, t.text);
      }
      return;
    case 'TargetMet': {
      const target = known(event.data.targetId);
      if (target && target.periods > 0) rows.done(period(event.data.targetId, target.periods - 1), event.data.metOn);
      return;
    }
    case 'TargetRevised': {
      const { targetId, commitmentId, newDueOn, newWording, revisedOn } = event.data;
      const target = known(targetId);
      if (!target) return;
      // The old date holds up to the day before the revision; the new one from the revision on.
      if (target.periods > 0) rows.closeAfter(period(targetId, target.periods - 1), addDays(revisedOn, -1));
      open(targetId, commitmentId, target.periods, newDueOn, newWording, revisedOn, target.text);
      db.prepare('UPDATE deadline_targets_v1 SET periods = ? WHERE compact_id = ? AND target_id = ?').run(target.periods + 1, compactId, targetId);
      return;
    }
    default:
      // A target recorded missed stays overdue until it is revised or met.
      return;
  }
}

// ---------------------------------------------------------------- the query

/** Whose deadlines a reader may see: all, a partner's compacts', or (a mediator) the escalation levels of the disputes it mediates. */
export type DeadlineVisibility = { kind: 'all' } | { kind: 'partner'; organisationId: string } | { kind: 'mediator'; subject: string } | { kind: 'none' };

export interface DeadlineFilter {
  asOf: string;
  visibility: DeadlineVisibility;
  compactId?: string | null;
  kind?: DeadlineKind | null;
  status?: 'due' | 'overdue' | null;
  /** The deadlines after this one, in due-date order. */
  after?: string | null;
  limit: number;
}

/** What is due or overdue on a date (not done by then), in due-date order, filtered and paged in SQL. */
export function deadlinesAsOf(db: Database.Database, filter: DeadlineFilter): { deadlines: Deadline[]; more: boolean } {
  const { visibility } = filter;
  if (visibility.kind === 'none') return { deadlines: [], more: false };
  const where = [
    '(done_on IS NULL OR done_on > @asOf)',
    '(visible_from IS NULL OR visible_from <= @asOf)',
    '(visible_until IS NULL OR visible_until >= @asOf)',
  ];
  const params: Record<string, string | number> = { asOf: filter.asOf, limit: filter.limit + 1 };
  if (visibility.kind === 'partner') {
    where.push('compact_id IN (SELECT compact_id FROM deadline_partners_v1 WHERE organisation_id = @organisation)');
    params.organisation = visibility.organisationId;
  }
  if (visibility.kind === 'mediator') {
    where.push("kind = 'escalation-level' AND dispute_id IN (SELECT dispute_id FROM deadline_mediators_v1 WHERE subject = @mediator)");
    params.mediator = visibility.subject;
  }
  if (filter.compactId) {
    where.push('compact_id = @compactId');
    params.compactId = filter.compactId;
  }
  if (filter.kind) {
    where.push('kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.status === 'due') where.push('due_by >= @asOf');
  if (filter.status === 'overdue') where.push('due_by < @asOf');
  if (filter.after) {
    where.push('(due_by, deadline_id) > (SELECT due_by, deadline_id FROM deadlines_v1 WHERE deadline_id = @after)');
    params.after = filter.after;
  }
  const rows = db
    .prepare<Record<string, string | number>, DeadlineRow>(`SELECT * FROM deadlines_v1 WHERE ${where.join(' AND ')} ORDER BY due_by, deadline_id LIMIT @limit`)
    .all(params);
  const { rows: shown, more } = page(rows, filter.limit);
  return {
    deadlines: shown.map((row) => {
      const overdue = filter.asOf > row.due_by;
      return {
        deadlineId: row.deadline_id,
        kind: row.kind,
        compactId: row.compact_id,
        dueBy: row.due_by,
        status: overdue ? 'overdue' : 'due',
        daysOverdue: overdue ? daysBetween(row.due_by, filter.asOf) : null,
        ...(JSON.parse(row.subject) as Subject),
      };
    }),
    more,
  };
}
