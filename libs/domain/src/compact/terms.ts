import { DomainRuleViolation } from '../shared/decider';
import { addMonths, dayBefore } from './calendar-dates';
import { certainlyBefore, type DaySpan, describeDate, type PaperDate, spanOf } from './paper-date';

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
  /** The CompactTermSet that set it (what a correction names); null for the default, never set. */
  factId: string | null;
  inForceRule: InForceRule;
  /** The date the term runs from (004: "Date effective: 1 June 2017"; 003: "2015", to the year); null: from coming into force. */
  effectiveFrom: PaperDate | null;
  /** The last day of the term (004: 31 March 2020; 003: "2018", to the year). */
  expiresOn: PaperDate | null;
  /** The date by which it should be refreshed (004: 31 March 2018). */
  refreshDueBy: PaperDate | null;
  /** 002: "for the next 24 months". */
  durationMonths: number | null;
  decisionReference: string | null;
}

export const defaultTerm = (): Term => ({
  factId: null,
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
  | { kind: 'departure'; organisationId: string; effectiveOn: PaperDate }
  | { kind: 'rule-set' };

/** A version coming into force (the first is the compact coming into force; later ones refresh it). */
export interface InForceRecord {
  /** What a correction names (only a decision's coming into force is corrected: the rest follows its signatures). */
  factId: string;
  versionLabel: string;
  contentHash: string | null;
  effectiveOn: PaperDate;
  rule: InForceRule;
  decisionReference: string | null;
  signatureFactIds: string[];
  completedBy: InForceCompletion | null;
}

/**
 * Refuses a term whose rule is unknown, whose duration is not a whole number of months, that
 * gives both an expiry and a duration, or whose dates are certainly out of order (a term known
 * to the year, 2015 to 2018, is in order; an expiry that may fall on or after the start is accepted).
 */
export function validateTerm(term: Omit<Term, 'decisionReference' | 'factId'>): void {
  if (!(IN_FORCE_RULES as readonly string[]).includes(term.inForceRule)) {
    throw new DomainRuleViolation('unknown-in-force-rule', `${JSON.stringify(term.inForceRule)} is not an in-force rule; use ${IN_FORCE_RULES.join(' or ')}`);
  }
  if (term.durationMonths !== null && (!Number.isInteger(term.durationMonths) || term.durationMonths <= 0)) {
    throw new DomainRuleViolation('term-duration-invalid', `a term's duration must be a whole number of months, not ${term.durationMonths}`);
  }
  if (term.expiresOn !== null && term.durationMonths !== null) {
    throw new DomainRuleViolation('term-expiry-ambiguous', 'give the term an expiry date or a duration in months, not both');
  }
  const expiry = term.expiresOn ?? (term.durationMonths !== null && term.effectiveFrom !== null ? termEnd(term.effectiveFrom, term.durationMonths) : null);
  if (term.effectiveFrom !== null && expiry !== null && certainlyBefore(expiry, term.effectiveFrom)) {
    throw new DomainRuleViolation('term-dates-out-of-order', `the term cannot expire (${describeDate(expiry)}) before it runs from ${describeDate(term.effectiveFrom)}`);
  }
  if (term.refreshDueBy !== null && term.effectiveFrom !== null && certainlyBefore(term.refreshDueBy, term.effectiveFrom)) {
    throw new DomainRuleViolation('term-dates-out-of-order', `the refresh cannot be due (${describeDate(term.refreshDueBy)}) before the term runs from ${describeDate(term.effectiveFrom)}`);
  }
  if (term.refreshDueBy !== null && expiry !== null && certainlyBefore(expiry, term.refreshDueBy)) {
    throw new DomainRuleViolation('term-dates-out-of-order', `the refresh cannot be due (${describeDate(term.refreshDueBy)}) after the term expires on ${describeDate(expiry)}`);
  }
}

/**
 * The last day of a term of `months` from a start: 24 months from 2013-04-01 is 2015-03-31.
 * From a start known only to a span, the span of its possible last days; null from no span.
 */
export function termEnd(from: PaperDate | DaySpan, months: number): DaySpan | null {
  const span = spanOf(from);
  if (span === null) return null;
  return { earliest: dayBefore(addMonths(span.earliest, months)), latest: dayBefore(addMonths(span.latest, months)) };
}

/**
 * The last day the compact runs: the expiry date, or the end of its duration counted from the
 * term's start (or, without one, from the date it first came into force); null if open-ended,
 * if the duration has not started, or its start has no date.
 */
export function termExpiresOn(
  term: Pick<Term, 'expiresOn' | 'durationMonths' | 'effectiveFrom'>,
  inForce: ReadonlyArray<Pick<InForceRecord, 'effectiveOn'>>,
): PaperDate | DaySpan | null {
  if (term.expiresOn !== null) return term.expiresOn;
  if (term.durationMonths === null) return null;
  const start = term.effectiveFrom ?? firstInForce(inForce)?.effectiveOn ?? null;
  return start === null ? null : termEnd(start, term.durationMonths);
}

/** The first version to come into force, by the earliest day its date may fall on. */
export function firstInForce<R extends Pick<InForceRecord, 'effectiveOn'>>(inForce: ReadonlyArray<R>): R | undefined {
  const key = (r: R) => spanOf(r.effectiveOn)?.earliest ?? '9999-12-31';
  return [...inForce].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))[0];
}
