import { DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import { type CalendarDate, calendarDateOf } from './calendar-dates';
import type { Compact, CompactState } from './compact.state';
import { type InForceRecord, termExpiresOn } from './terms';

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
 * `date` is `YYYY-MM-DD` or an ISO timestamp (its calendar date is used). For the other clock
 * ("what did the ledger show on 3 March?"), fold only the events recorded by then and ask this.
 */
export function compactStatusAt(state: CompactState, date: string): CompactStatus {
  if (state.kind === 'none') throw new NotFoundInDomain('no compact has been drafted in this stream');
  const day = calendarDateOf(date);
  if (state.closure !== null && state.closure.effectiveOn <= day) return state.closure.kind;
  const expiry = termExpiresOn(state.term, state.inForce);
  if (expiry !== null && day > expiry) return 'expired';
  const inForce = inForceOn(state, day);
  if (inForce.length > 0) {
    const refreshDue = state.term.refreshDueBy;
    return refreshDue !== null && day > refreshDue && inForce.length < 2 ? 'refresh-overdue' : 'in-force';
  }
  return state.versions.some((version) => version.dated <= day) ? 'open-for-signature' : 'draft';
}

/** The versions that had come into force on or before the date, oldest first; the last is the one in force. */
export function inForceOn(compact: Compact, date: CalendarDate): InForceRecord[] {
  return compact.inForce.filter((record) => record.effectiveOn <= date).sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
}

/** The version in force on a date, if any (a refresh replaces the one before it). */
export function versionInForceOn(compact: Compact, date: string): InForceRecord | undefined {
  const records = inForceOn(compact, calendarDateOf(date));
  return records[records.length - 1];
}

/** Refuses a fact dated on or after the compact was terminated or superseded: `compact-closed`. */
export function assertOpenOn(compact: Compact, date: CalendarDate | null): void {
  const closure = compact.closure;
  if (closure !== null && (date === null || date >= closure.effectiveOn)) {
    const what = closure.kind === 'terminated' ? 'terminated' : `superseded by ${closure.successorCompactId}`;
    throw new DomainRuleViolation('compact-closed', `the compact was ${what} on ${closure.effectiveOn}${date === null ? '' : `, before ${date}`}`);
  }
}
