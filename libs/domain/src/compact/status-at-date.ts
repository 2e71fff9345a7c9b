import { DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import { type CalendarDate, calendarDateOf } from './calendar-dates';
import type { Compact, CompactState } from './compact.state';
import { certainlyOnOrBefore, type DateLike, type DatePlacement, describeDate, endsBefore, happenedBy, type PaperDate } from './paper-date';
import { defaultTerm, type InForceRecord, type Term, termExpiresOn } from './terms';

export const COMPACT_STATUSES = ['draft', 'open-for-signature', 'in-force', 'refresh-overdue', 'expired', 'superseded', 'terminated'] as const;
export type CompactStatus = (typeof COMPACT_STATUSES)[number];

/**
 * The compact's status on a date (the effective axis: what the papers say was true that day),
 * judged from the state as the ledger holds it. In order of precedence:
 *
 * - `terminated` / `superseded`: from the closure's effective date on;
 * - `expired`: after the term's last day (the expiry date, or the end of a duration in months);
 * - `refresh-overdue`: in force, past the refresh due date, and no later version has come into
 *   force (been refreshed) on or before the date;
 * - `in-force`: some version came into force on or before the date;
 * - `open-for-signature`: a version dated on or before the date exists but none is in force;
 * - `draft`: no version yet on that date.
 *
 * A date known only to a span counts as `placement` says (paper-date.ts): by default only
 * once certainly passed, so a compact in force "from 2015" is not in force on 2015-01-01
 * unless read with `earliest`. `date` is `YYYY-MM-DD` or an ISO timestamp (its calendar date
 * is used). For the other clock, fold only the events recorded by then and ask this.
 */
export function compactStatusAt(state: CompactState, date: string, placement: DatePlacement = 'none'): CompactStatus {
  if (state.kind === 'none') throw new NotFoundInDomain('no compact has been drafted in this stream');
  return statusOn(state, calendarDateOf(date), placement);
}

/** What the status rule reads of a compact: a read model holding these facts in its own shape can ask it too. */
export interface StatusFacts {
  versions: ReadonlyArray<{ dated: PaperDate }>;
  inForce: ReadonlyArray<{ effectiveOn: PaperDate }>;
  term: Pick<Term, 'expiresOn' | 'durationMonths' | 'effectiveFrom' | 'refreshDueBy'> | null;
  closure: { kind: 'terminated' | 'superseded'; effectiveOn: PaperDate } | null;
}

/** The status rule (see compactStatusAt) on a calendar day, over the facts it reads. */
export function statusOn(facts: StatusFacts, day: CalendarDate, placement: DatePlacement = 'none'): CompactStatus {
  if (facts.closure !== null && happenedBy(facts.closure.effectiveOn, day, placement)) return facts.closure.kind;
  const term = facts.term ?? defaultTerm();
  const expiry = termExpiresOn(term, facts.inForce);
  if (expiry !== null && endsBefore(expiry, day, placement)) return 'expired';
  const inForce = facts.inForce.filter((record) => happenedBy(record.effectiveOn, day, placement));
  if (inForce.length > 0) {
    const refreshDue = term.refreshDueBy;
    return refreshDue !== null && endsBefore(refreshDue, day, placement) && inForce.length < 2 ? 'refresh-overdue' : 'in-force';
  }
  return facts.versions.some((version) => happenedBy(version.dated, day, placement)) ? 'open-for-signature' : 'draft';
}

/** The versions that had come into force on or before the date, in order; the last is the one in force. */
export function inForceOn(compact: Compact, day: string, placement: DatePlacement = 'none'): InForceRecord[] {
  return compact.inForce.filter((record) => happenedBy(record.effectiveOn, day, placement));
}

/** The version in force on a date, if any (a refresh replaces the one before it). */
export function versionInForceOn(compact: Compact, date: string, placement: DatePlacement = 'none'): InForceRecord | undefined {
  const records = inForceOn(compact, calendarDateOf(date), placement);
  return records[records.length - 1];
}

/**
 * Refuses a fact dated on or after the compact was terminated or superseded: `compact-closed`
 * (when certainly so; a date that may fall before the closure is accepted). With no date, any
 * closure refuses.
 */
export function assertOpenOn(compact: Compact, date: DateLike | null): void {
  const closure = compact.closure;
  if (closure !== null && (date === null || certainlyOnOrBefore(closure.effectiveOn, date))) {
    const what = closure.kind === 'terminated' ? 'terminated' : `superseded by ${closure.successorCompactId}`;
    throw new DomainRuleViolation('compact-closed', `the compact was ${what} on ${describeDate(closure.effectiveOn)}${date === null ? '' : `, before ${describeDate(date)}`}`);
  }
}
