import type { CalendarDate } from '../compact/calendar-dates';
import type { Meeting, MeetingState } from './meeting.state';

/** One notice deadline of a meeting as it stands on a date. */
export interface MeetingDeadline {
  meetingId: string;
  boardId: string;
  meetingDate: CalendarDate;
  kind: 'agenda-items' | 'papers' | 'draft-minutes';
  /** The agenda item, for papers. */
  item: string | null;
  dueBy: CalendarDate;
  /** When it was done, if it was by the as-of date. */
  doneOn: CalendarDate | null;
  /** `due`: not yet done, not yet past; `overdue`: not done and past; `done` / `done-late`; `closed`: the agenda deadline has passed. */
  status: 'due' | 'overdue' | 'done' | 'done-late' | 'closed';
}

const statusOf = (dueBy: CalendarDate, doneOn: CalendarDate | null, asOf: CalendarDate): MeetingDeadline['status'] =>
  doneOn !== null ? (doneOn > dueBy ? 'done-late' : 'done') : asOf > dueBy ? 'overdue' : 'due';

/**
 * A meeting's notice deadlines as of a date (for `GET /deadlines`): the closing date for agenda
 * items before the meeting; papers for each agenda item up to the meeting (an item with no paper
 * by then was taken without one); the draft minutes once the meeting date has come. A cancelled
 * meeting has none.
 */
export function meetingDeadlines(state: MeetingState, asOf: CalendarDate): MeetingDeadline[] {
  if (state.kind === 'none' || state.kind === 'cancelled') return [];
  const m: Meeting = state;
  const row = (
    kind: MeetingDeadline['kind'],
    item: string | null,
    dueBy: CalendarDate,
    doneOn: CalendarDate | null,
    status: MeetingDeadline['status'],
  ): MeetingDeadline => ({
    meetingId: m.meetingId,
    boardId: m.boardId,
    meetingDate: m.meetingDate,
    kind,
    item,
    dueBy,
    doneOn,
    status,
  });
  const rows: MeetingDeadline[] = [];
  if (asOf < m.meetingDate) rows.push(row('agenda-items', null, m.deadlines.agendaItemsBy, null, asOf > m.deadlines.agendaItemsBy ? 'closed' : 'due'));
  for (const item of m.agenda.filter((a) => a.receivedOn <= asOf)) {
    const first = m.papers.filter((p) => p.item === item.item && p.circulatedOn <= asOf).sort((a, b) => (a.circulatedOn < b.circulatedOn ? -1 : 1))[0];
    if (first) rows.push(row('papers', item.item, m.deadlines.papersBy, first.circulatedOn, statusOf(m.deadlines.papersBy, first.circulatedOn, asOf)));
    else if (asOf <= m.meetingDate) rows.push(row('papers', item.item, m.deadlines.papersBy, null, statusOf(m.deadlines.papersBy, null, asOf)));
  }
  if (asOf >= m.meetingDate) {
    const circulated = m.draftMinutes && m.draftMinutes.circulatedOn <= asOf ? m.draftMinutes.circulatedOn : null;
    rows.push(row('draft-minutes', null, m.deadlines.draftMinutesBy, circulated, statusOf(m.deadlines.draftMinutesBy, circulated, asOf)));
  }
  return rows;
}

/** A seat's attendance over a period (001: "Cumulative attendance of each partner will be reported in the minutes"). */
export interface SeatAttendanceRecord {
  seatId: string;
  title: string;
  voting: boolean;
  /** Meetings held in the period at which the seat existed. */
  meetings: number;
  leadPresent: number;
  deputyPresent: number;
  /** Lead or deputy: the partner attended either way. */
  attended: number;
  apologies: number;
  absent: number;
}

/** Cumulative attendance per seat at the meetings held from `from` to `to` inclusive, in the order seats first appear. */
export function cumulativeAttendance(meetings: MeetingState[], from: CalendarDate, to: CalendarDate): SeatAttendanceRecord[] {
  const bySeat = new Map<string, SeatAttendanceRecord>();
  const held = meetings
    .filter((m): m is Meeting => m.kind === 'held' && m.meetingDate >= from && m.meetingDate <= to)
    .sort((a, b) => (a.meetingDate < b.meetingDate ? -1 : a.meetingDate > b.meetingDate ? 1 : 0));
  for (const meeting of held) {
    for (const a of meeting.attendance ?? []) {
      const seat = meeting.termsOfReference.seats.find((s) => s.seatId === a.seatId);
      const record = bySeat.get(a.seatId) ?? {
        seatId: a.seatId,
        title: seat?.title ?? a.seatId,
        voting: a.voting,
        meetings: 0,
        leadPresent: 0,
        deputyPresent: 0,
        attended: 0,
        apologies: 0,
        absent: 0,
      };
      record.meetings += 1;
      if (a.status === 'lead-present') record.leadPresent += 1;
      if (a.status === 'deputy-present') record.deputyPresent += 1;
      if (a.status === 'apologies') record.apologies += 1;
      if (a.status === 'absent') record.absent += 1;
      record.attended = record.leadPresent + record.deputyPresent;
      bySeat.set(a.seatId, record);
    }
  }
  return [...bySeat.values()];
}

/** An entry of the register of interests: a declaration, with the meeting and items it affected. */
export interface InterestRegisterEntry {
  person: string;
  organisationId: string | null;
  seatId: string;
  interest: string;
  nature: string;
  declaredOn: CalendarDate;
  meetingId: string;
  boardId: string;
  items: Array<{ item: string; title: string }>;
  handling: 'may-take-part' | 'excluded-from-items';
}

/** The register of interests as at a date (declarations made on or before it), by person then date; filter by person or organisation as asked. */
export function interestRegister(
  meetings: MeetingState[],
  asOf: CalendarDate,
  filter: { person?: string; organisationId?: string } = {},
): InterestRegisterEntry[] {
  return meetings
    .filter((m): m is Meeting => m.kind !== 'none')
    .flatMap((m) =>
      m.declarations
        .filter((d) => d.declaredOn <= asOf)
        .map((d): InterestRegisterEntry => ({
          person: d.person,
          organisationId: d.organisationId,
          seatId: d.seatId,
          interest: d.interest,
          nature: d.nature,
          declaredOn: d.declaredOn,
          meetingId: m.meetingId,
          boardId: m.boardId,
          items: d.items.map((item) => ({ item, title: m.agenda.find((a) => a.item === item)?.title ?? item })),
          handling: d.handling,
        })),
    )
    .filter(
      (e) => (filter.person === undefined || e.person === filter.person) && (filter.organisationId === undefined || e.organisationId === filter.organisationId),
    )
    .sort((a, b) => (a.person === b.person ? (a.declaredOn < b.declaredOn ? -1 : a.declaredOn > b.declaredOn ? 1 : 0) : a.person < b.person ? -1 : 1));
}
