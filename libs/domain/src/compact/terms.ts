import { DomainRuleViolation } from '../shared/decider';
import { addMonths, assertCalendarDate, type CalendarDate, dayBefore } from './calendar-dates';

/**
 * How a compact comes into force:
 * - `all-partners-signed`: when every current partner has signed the current version (the
 *   decider then records CompactCameIntoForce itself, on the last signature's paper date);
 * - `explicit-decision`: when a decision says so (RecordCameIntoForce), signed or not.
 * A compact whose term was never set follows `all-partners-signed`.
 */
export const IN_FORCE_RULES = ['all-partners-signed', 'explicit-decision'] as const;
export type InForceRule = (typeof IN_FORCE_RULES)[number];

export interface Term {
  inForceRule: InForceRule;
  /** The date the term runs from (004: "Date effective: 1 June 2017"); null: from coming into force. */
  effectiveFrom: CalendarDate | null;
  /** The last day of the term (004: 31 March 2020). */
  expiresOn: CalendarDate | null;
  /** The date by which it should be refreshed (004: 31 March 2018). */
  refreshDueBy: CalendarDate | null;
  /** 002: "for the next 24 months". */
  durationMonths: number | null;
  decisionReference: string | null;
}

export const defaultTerm = (): Term => ({
  inForceRule: 'all-partners-signed',
  effectiveFrom: null,
  expiresOn: null,
  refreshDueBy: null,
  durationMonths: null,
  decisionReference: null,
});

/** What completed the all-partners-signed rule. */
export type InForceCompletion =
  | { kind: 'signature'; factId: string }
  | { kind: 'departure'; organisationId: string; effectiveOn: CalendarDate }
  | { kind: 'rule-set' };

/** A version coming into force (the first is the compact coming into force; later ones refresh it). */
export interface InForceRecord {
  versionLabel: string;
  contentHash: string;
  effectiveOn: CalendarDate;
  rule: InForceRule;
  decisionReference: string | null;
  signatureFactIds: string[];
  completedBy: InForceCompletion | null;
}

/** Refuses a term whose dates are malformed, contradictory or out of order. */
export function validateTerm(term: Omit<Term, 'decisionReference'>): void {
  if (!(IN_FORCE_RULES as readonly string[]).includes(term.inForceRule)) {
    throw new DomainRuleViolation('unknown-in-force-rule', `${JSON.stringify(term.inForceRule)} is not an in-force rule; use ${IN_FORCE_RULES.join(' or ')}`);
  }
  if (term.effectiveFrom !== null) assertCalendarDate(term.effectiveFrom, 'the date the term runs from');
  if (term.expiresOn !== null) assertCalendarDate(term.expiresOn, 'the expiry date');
  if (term.refreshDueBy !== null) assertCalendarDate(term.refreshDueBy, 'the refresh due date');
  if (term.durationMonths !== null && (!Number.isInteger(term.durationMonths) || term.durationMonths <= 0)) {
    throw new DomainRuleViolation('term-duration-invalid', `a term's duration must be a whole number of months, not ${term.durationMonths}`);
  }
  if (term.expiresOn !== null && term.durationMonths !== null) {
    throw new DomainRuleViolation('term-expiry-ambiguous', 'give the term an expiry date or a duration in months, not both');
  }
  const expiry = term.expiresOn ?? (term.durationMonths !== null && term.effectiveFrom !== null ? termEnd(term.effectiveFrom, term.durationMonths) : null);
  if (term.effectiveFrom !== null && expiry !== null && expiry < term.effectiveFrom) {
    throw new DomainRuleViolation('term-dates-out-of-order', `the term cannot expire (${expiry}) before it runs from ${term.effectiveFrom}`);
  }
  if (term.refreshDueBy !== null && term.effectiveFrom !== null && term.refreshDueBy < term.effectiveFrom) {
    throw new DomainRuleViolation('term-dates-out-of-order', `the refresh cannot be due (${term.refreshDueBy}) before the term runs from ${term.effectiveFrom}`);
  }
  if (term.refreshDueBy !== null && expiry !== null && term.refreshDueBy > expiry) {
    throw new DomainRuleViolation('term-dates-out-of-order', `the refresh cannot be due (${term.refreshDueBy}) after the term expires on ${expiry}`);
  }
}

/** The last day of a term of `months` from `from`: 24 months from 2013-04-01 is 2015-03-31. */
export function termEnd(from: CalendarDate, months: number): CalendarDate {
  return dayBefore(addMonths(from, months));
}

/**
 * The last day the compact runs: the expiry date, or the end of its duration counted from the
 * term's start (or, without one, from the date it first came into force); null if open-ended
 * or if the duration has not started.
 */
export function termExpiresOn(term: Term, inForce: InForceRecord[]): CalendarDate | null {
  if (term.expiresOn !== null) return term.expiresOn;
  if (term.durationMonths === null) return null;
  const start = term.effectiveFrom ?? firstInForce(inForce)?.effectiveOn ?? null;
  return start === null ? null : termEnd(start, term.durationMonths);
}

export function firstInForce(inForce: InForceRecord[]): InForceRecord | undefined {
  return [...inForce].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0))[0];
}
