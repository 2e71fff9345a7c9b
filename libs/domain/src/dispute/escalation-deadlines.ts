import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { type CalendarDate, daysBetween } from '../compact/calendar-dates';
import { escalationLevel } from '../compact/escalation-path';
import type { DisputeState, DisputeResponse, EvidenceRecord, MediatorAppointment } from './dispute.state';
import { disputeClosedOn } from './dispute.state';

/** One level of a dispute's escalation path as it stood on a date, with its time limit. */
export interface EscalationLevelDeadline {
  level: number;
  name: string;
  reachedOn: CalendarDate;
  /** The date it left the level, if it had by the as-of date; null while still there. */
  leftOn: CalendarDate | null;
  outcome: 'escalated' | 'resolved' | 'withdrawn' | null;
  /** The date the spans count to: `leftOn`, or the as-of date for a level still open. */
  countedTo: CalendarDate;
  calendarDays: number;
  workingDays: number;
  /** The path's limit for the level, in working days; null where it sets none. */
  workingDayLimit: number | null;
  /** The last working day within the limit; null without a limit. */
  dueBy: CalendarDate | null;
  /** Over the limit (is, for an open level; was, for one left); null without a limit. */
  overdue: boolean | null;
  /** Working days beyond the limit, when overdue. */
  workingDaysOverdue: number | null;
  /** What happened at the level by the as-of date. */
  responses: DisputeResponse[];
  evidence: EvidenceRecord[];
  mediators: MediatorAppointment[];
}

/**
 * The escalation-path audit with time limits, as of a date: each level the dispute had reached
 * by then, the calendar and working days spent there (an open level counts to `asOf`), the
 * path's limit and whether the level is or was over it, and the responses, evidence and
 * mediators recorded at it.
 */
export function escalationDeadlines(state: DisputeState, asOf: CalendarDate, calendar: WorkingDayCalendar): EscalationLevelDeadline[] {
  if (state.kind === 'none') return [];
  const closedOn = disputeClosedOn(state);
  const reached = state.levelsReached.filter((l) => l.reachedOn <= asOf);
  return reached.map((entry, i) => {
    const next = state.levelsReached[i + 1];
    const left = next ? next.reachedOn : closedOn;
    const leftOn = left !== null && left <= asOf ? left : null;
    const outcome = leftOn === null ? null : next ? 'escalated' : state.kind === 'open' ? null : state.kind;
    const countedTo = leftOn ?? asOf;
    const level = escalationLevel(state.escalationPath.levels, entry.level);
    const limit = level?.workingDayLimit ?? null;
    const workingDays = calendar.workingDaysBetween(entry.reachedOn, countedTo);
    const overdue = limit === null ? null : workingDays > limit;
    const atLevel = <T extends { level: number }>(items: T[], dateOf: (item: T) => CalendarDate) =>
      items.filter((item) => item.level === entry.level && dateOf(item) <= asOf);
    return {
      level: entry.level,
      name: level?.name ?? `Level ${entry.level}`,
      reachedOn: entry.reachedOn,
      leftOn,
      outcome,
      countedTo,
      calendarDays: daysBetween(entry.reachedOn, countedTo),
      workingDays,
      workingDayLimit: limit,
      dueBy: limit === null ? null : calendar.addWorkingDays(entry.reachedOn, limit),
      overdue,
      workingDaysOverdue: overdue ? workingDays - (limit as number) : null,
      responses: atLevel(state.responses, (r) => r.respondedOn),
      evidence: atLevel(state.evidence, (e) => e.submittedOn),
      mediators: atLevel(state.mediators, (m) => m.appointedOn),
    };
  });
}
