import { assertCalendarDate, type CalendarDate } from '../compact/calendar-dates';
import { isOrganisationSlug } from '../compact/partners';
import { DomainRuleViolation } from '../shared/decider';

/** A person named in the terms of reference. The papers give names; a role where they give one. */
export interface NamedPerson {
  name: string;
  role: string | null;
}

/**
 * What a seat is for. 001 appendix 1: the Chair, Citizen Representation, the programme's
 * director, one seat per partner organisation, and those in attendance without a vote.
 */
export const SEAT_KINDS = ['chair', 'citizen-representative', 'partner', 'programme', 'other'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

/** One row of the membership table: a seat with its named lead and named deputy. */
export interface Seat {
  /** A slug, unique on the board: `nhs-nottingham-city-ccg`, `chair`. */
  seatId: string;
  kind: SeatKind;
  /** As the paper names the row: `NHS Nottingham City CCG`, `Citizen Representation`. */
  title: string;
  /** The partner organisation the seat is for (kind `partner`), else null. */
  organisationId: string | null;
  /** Null while the paper says "Tbc". */
  lead: NamedPerson | null;
  deputy: NamedPerson | null;
  /** Members vote and count towards the quorum; those in attendance do neither. */
  voting: boolean;
}

/**
 * The quorum as a fraction of the voting seats, set by the board (001: "quorate when 70% of
 * members are present" is 7/10). Kept as whole numbers so 70% of 30 seats is 21, not 22.
 */
export interface QuorumRule {
  numerator: number;
  denominator: number;
}

/** Notice rules in working days (001 appendix 1, section 8). */
export interface NoticeRules {
  /** Agenda items, with their paperwork, this many working days before the meeting (001: 10). */
  agendaItemsWorkingDaysBefore: number;
  /** Papers circulated this many working days before the meeting (001: 5). */
  papersWorkingDaysBefore: number;
  /** Draft minutes circulated within this many working days after the meeting (001: 10). */
  draftMinutesWorkingDaysAfter: number;
}

export const VALUE_BASES = ['capital', 'annual-revenue'] as const;
export type ValueBasis = (typeof VALUE_BASES)[number];
export const VALUE_DIRECTIONS = ['investment', 'disinvestment'] as const;
export type ValueDirection = (typeof VALUE_DIRECTIONS)[number];

/**
 * A matter that must come to this board (004, Commitment 7: "significant investment /
 * disinvestment decisions (eg over £250k capital or annual revenue) to the Partnership Board ...
 * (from April 2017)"). A decision of these kinds over the threshold, on or after the effective
 * date, may be recorded at this board only.
 */
export interface ReservedMatter {
  /** A slug: `significant-investment-or-disinvestment`. */
  matterId: string;
  /** In the paper's words. */
  description: string;
  /** Decisions over (not at) this many pounds. */
  thresholdPounds: number;
  directions: ValueDirection[];
  bases: ValueBasis[];
  effectiveFrom: CalendarDate;
}

/** A version of a board's terms of reference, as adopted. */
export interface TermsOfReference {
  /** `1`, `2`, ...: versions in order. */
  version: string;
  /** Where the text comes from: `Appendix 1 to the Compact, September 2014`. */
  source: string;
  effectiveOn: CalendarDate;
  /** Members (voting) and those in attendance (not voting), in the paper's order. */
  seats: Seat[];
  quorum: QuorumRule;
  /** 001: "The Board will meet formally on a monthly basis": every 1 month; null where the paper sets none. */
  meetingEveryMonths: number | null;
  notice: NoticeRules;
  reservedMatters: ReservedMatter[];
  /** 001: "reviewed on annual basis": 12; null where the paper sets none. */
  reviewEveryMonths: number | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function assertText(value: unknown, rule: string, message: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainRuleViolation(rule, message);
}

function wholeNumber(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

function person(value: NamedPerson | null | undefined, what: string): NamedPerson | null {
  if (value === null || value === undefined) return null;
  if (typeof value.name !== 'string' || value.name.trim() === '') throw new DomainRuleViolation('seat-person-incomplete', `the ${what} needs a name`);
  if (value.role !== null && value.role !== undefined && typeof value.role !== 'string')
    throw new DomainRuleViolation('seat-person-incomplete', `the role of the ${what} must be text`);
  return { name: value.name, role: value.role ?? null };
}

/**
 * Checks terms of reference against the partners of the board's compact on their effective date
 * and returns them as plain data. Each refusal names its rule: `seat-id-not-a-slug`,
 * `seat-repeated`, `seat-kind-unknown`, `seat-organisation-required`, `seat-organisation-not-partner`,
 * `partner-seat-repeated` (one seat per partner organisation), `no-voting-seats`, `quorum-invalid`,
 * `notice-rule-invalid`, `reserved-matter-invalid`.
 */
export function validateTermsOfReference(
  terms: Omit<TermsOfReference, 'version' | 'effectiveOn' | 'source'>,
  partners: string[],
): Omit<TermsOfReference, 'version' | 'effectiveOn' | 'source'> {
  if (!Array.isArray(terms.seats)) throw new DomainRuleViolation('no-voting-seats', 'terms of reference list the seats of the board');
  const seats = terms.seats.map((seat, i): Seat => {
    if (!seat || typeof seat.seatId !== 'string' || !SLUG.test(seat.seatId)) {
      throw new DomainRuleViolation(
        'seat-id-not-a-slug',
        `seat ${i + 1} needs an id of lower-case words joined by hyphens, not ${JSON.stringify(seat?.seatId)}`,
      );
    }
    if (terms.seats.findIndex((other) => other?.seatId === seat.seatId) !== i)
      throw new DomainRuleViolation('seat-repeated', `seat ${seat.seatId} is listed twice`);
    if (!(SEAT_KINDS as readonly string[]).includes(seat.kind)) {
      throw new DomainRuleViolation('seat-kind-unknown', `seat ${seat.seatId}: ${JSON.stringify(seat.kind)} is not one of ${SEAT_KINDS.join(', ')}`);
    }
    assertText(seat.title, 'seat-title-required', `seat ${seat.seatId} needs the title the paper gives it`);
    if (typeof seat.voting !== 'boolean') throw new DomainRuleViolation('seat-voting-invalid', `seat ${seat.seatId} must say true or false for voting`);
    const organisationId = seat.organisationId ?? null;
    if (seat.kind === 'partner') {
      if (!isOrganisationSlug(organisationId))
        throw new DomainRuleViolation('seat-organisation-required', `${seat.title} is a partner seat; name its organisation by its slug`);
      if (!partners.includes(organisationId))
        throw new DomainRuleViolation(
          'seat-organisation-not-partner',
          `${seat.title}: ${organisationId} is not a partner of the compact on the date the terms take effect`,
        );
    } else if (organisationId !== null && !isOrganisationSlug(organisationId)) {
      throw new DomainRuleViolation('seat-organisation-required', `seat ${seat.seatId}: ${JSON.stringify(organisationId)} is not an organisation slug`);
    }
    const lead = person(seat.lead, `named lead of ${seat.title}`);
    const deputy = person(seat.deputy, `named deputy of ${seat.title}`);
    return { seatId: seat.seatId, kind: seat.kind, title: seat.title, organisationId, lead, deputy, voting: seat.voting };
  });
  const partnerSeats = seats.filter((s) => s.kind === 'partner');
  partnerSeats.forEach((seat, i) => {
    const first = partnerSeats.findIndex((other) => other.organisationId === seat.organisationId);
    if (first !== i)
      throw new DomainRuleViolation(
        'partner-seat-repeated',
        `${seat.organisationId} already has a seat (${partnerSeats[first].title}); one seat per partner organisation`,
      );
  });
  if (!seats.some((s) => s.voting)) throw new DomainRuleViolation('no-voting-seats', 'a board needs at least one voting member');

  const quorum = terms.quorum;
  if (!quorum || !wholeNumber(quorum.numerator, 1) || !wholeNumber(quorum.denominator, 1) || quorum.numerator > quorum.denominator) {
    throw new DomainRuleViolation(
      'quorum-invalid',
      `the quorum is a fraction of the voting seats above 0 and at most 1, in whole numbers (70% is 7/10), not ${JSON.stringify(quorum)}`,
    );
  }
  const notice = terms.notice;
  for (const field of ['agendaItemsWorkingDaysBefore', 'papersWorkingDaysBefore', 'draftMinutesWorkingDaysAfter'] as const) {
    if (!notice || !wholeNumber(notice[field], 0))
      throw new DomainRuleViolation('notice-rule-invalid', `${field} must be a whole number of working days, not ${JSON.stringify(notice?.[field])}`);
  }
  for (const [field, value] of [
    ['meetingEveryMonths', terms.meetingEveryMonths],
    ['reviewEveryMonths', terms.reviewEveryMonths],
  ] as const) {
    if (value !== null && value !== undefined && !wholeNumber(value, 1))
      throw new DomainRuleViolation('frequency-invalid', `${field} must be a whole number of months or null, not ${JSON.stringify(value)}`);
  }
  const reservedMatters = (terms.reservedMatters ?? []).map((matter, i, all): ReservedMatter => {
    const where = `reserved matter ${i + 1}`;
    if (!matter || typeof matter.matterId !== 'string' || !SLUG.test(matter.matterId))
      throw new DomainRuleViolation('reserved-matter-invalid', `${where} needs an id of lower-case words joined by hyphens`);
    if (all.findIndex((other) => other?.matterId === matter.matterId) !== i)
      throw new DomainRuleViolation('reserved-matter-invalid', `reserved matter ${matter.matterId} is listed twice`);
    assertText(matter.description, 'reserved-matter-invalid', `reserved matter ${matter.matterId} needs the paper's description`);
    if (!wholeNumber(matter.thresholdPounds, 0))
      throw new DomainRuleViolation(
        'reserved-matter-invalid',
        `the threshold of ${matter.matterId} must be whole pounds, not ${JSON.stringify(matter.thresholdPounds)}`,
      );
    const listOf = <T extends string>(values: T[], allowed: readonly T[], what: string): T[] => {
      if (!Array.isArray(values) || values.length === 0 || values.some((v) => !allowed.includes(v))) {
        throw new DomainRuleViolation('reserved-matter-invalid', `${matter.matterId} must list its ${what} from ${allowed.join(', ')}`);
      }
      return allowed.filter((v) => values.includes(v));
    };
    assertCalendarDate(matter.effectiveFrom, `the date reserved matter ${matter.matterId} takes effect`);
    return {
      matterId: matter.matterId,
      description: matter.description,
      thresholdPounds: matter.thresholdPounds,
      directions: listOf(matter.directions, VALUE_DIRECTIONS, 'directions'),
      bases: listOf(matter.bases, VALUE_BASES, 'bases'),
      effectiveFrom: matter.effectiveFrom,
    };
  });
  return {
    seats,
    quorum: { numerator: quorum.numerator, denominator: quorum.denominator },
    meetingEveryMonths: terms.meetingEveryMonths ?? null,
    notice: {
      agendaItemsWorkingDaysBefore: notice.agendaItemsWorkingDaysBefore,
      papersWorkingDaysBefore: notice.papersWorkingDaysBefore,
      draftMinutesWorkingDaysAfter: notice.draftMinutesWorkingDaysAfter,
    },
    reservedMatters,
    reviewEveryMonths: terms.reviewEveryMonths ?? null,
  };
}

export const votingSeats = (terms: Pick<TermsOfReference, 'seats'>): Seat[] => terms.seats.filter((s) => s.voting);

/** Seats needed for a quorum: the fraction of the voting seats, rounded up (70% of 16 is 11.2, so 12). */
export function seatsNeededForQuorum(quorum: QuorumRule, votingSeatCount: number): number {
  // Whole-number ceiling: 0.7 * 30 in floating point is 21.000000000000004.
  return Math.floor((votingSeatCount * quorum.numerator + quorum.denominator - 1) / quorum.denominator);
}

/** `70%` for 7/10; `2/3` where the fraction is not a whole percentage. */
export function describeQuorum(quorum: QuorumRule): string {
  const percent = (quorum.numerator * 100) / quorum.denominator;
  return Number.isInteger(percent) ? `${percent}%` : `${quorum.numerator}/${quorum.denominator}`;
}
