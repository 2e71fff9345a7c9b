import { DomainRuleViolation } from '../shared/decider';
import type { CalendarDate } from './calendar-dates';
import { certainlyBefore, certainlyOnOrBefore, type DateLike, type DatePlacement, describeDate, happenedBy, notYetBy, type PaperDate, spanOf } from './paper-date';

/**
 * The kinds of organisation the papers name, as stable codes. `provider` is a body listed
 * under "Providers" with no more said (001's Circle Partners); `not-given` says the paper
 * gives no type (002's East Cheshire Hospitals Trust), rather than the ledger guessing one.
 */
export const ORGANISATION_TYPES = [
  'clinical-commissioning-group',
  'nhs-trust',
  'foundation-trust',
  'primary-care-trust',
  'local-authority',
  'gp-federation',
  'local-medical-committee',
  'ambulance-service',
  'healthwatch',
  'voluntary-or-community-organisation',
  'community-interest-company',
  'provider',
  'nhs-england',
  'not-given',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export function isOrganisationType(value: unknown): value is OrganisationType {
  return typeof value === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(value);
}

/** A named person acting for a partner (001 appendix 1: named lead, named deputy); `role` null where the paper gives none. */
export interface Representative {
  name: string;
  role: string | null;
}

/** Why a membership ended; `factId` names the departure for a correction. */
export type MembershipEnding =
  | { kind: 'withdrew'; factId: string; noticeGivenOn: PaperDate; reason: string }
  | { kind: 'asked-to-leave'; factId: string; reason: string; basis: LeavingBasis };

/**
 * The decision or dispute that led to a partner being asked to leave (004, collective
 * monitoring). A decision is named `meeting/<meetingId>/decisions/<decisionId>`; a dispute by its id.
 */
export interface LeavingBasis {
  kind: 'decision' | 'dispute';
  reference: string;
}

/** One spell of membership: from the admission's date up to (not including) the leaving date. */
export interface MembershipPeriod {
  /** The admission fact that opened this period (the target of a correction). */
  admissionFactId: string;
  from: PaperDate;
  /** The first day the organisation is no longer a partner; null while it is one. */
  until: PaperDate | null;
  ending: MembershipEnding | null;
}

export interface Partner {
  organisationId: string;
  name: string;
  organisationType: OrganisationType;
  /** Null where the paper names no lead (002, 003). */
  lead: Representative | null;
  deputy: Representative | null;
  /** Every membership period, oldest first; a partner that left and was admitted again has several. */
  memberships: MembershipPeriod[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An organisation id is a slug: lower-case words joined by hyphens (`kent-county-council`). */
export const isOrganisationSlug = (value: unknown): value is string => typeof value === 'string' && SLUG.test(value);

export function assertOrganisationSlug(organisationId: unknown): asserts organisationId is string {
  if (!isOrganisationSlug(organisationId)) {
    throw new DomainRuleViolation('organisation-id-not-a-slug', `organisation id ${JSON.stringify(organisationId)} must be lower-case words joined by hyphens, such as kent-county-council`);
  }
}

export function assertOrganisationType(value: unknown): asserts value is OrganisationType {
  if (!isOrganisationType(value)) {
    throw new DomainRuleViolation('unknown-organisation-type', `${JSON.stringify(value)} is not an organisation type; use one of ${ORGANISATION_TYPES.join(', ')}`);
  }
}

/** A representative has a name; a role where the paper gives one (null, not blank, where it does not). */
export function assertRepresentative(person: Representative | null | undefined, what: string): void {
  if (!person || typeof person.name !== 'string' || person.name.trim() === '') {
    throw new DomainRuleViolation('representative-incomplete', `the ${what} needs a name`);
  }
  const role = person.role ?? null;
  if (role !== null && (typeof role !== 'string' || role.trim() === '')) {
    throw new DomainRuleViolation('representative-incomplete', `the ${what}'s role must be words, or null where the paper gives none`);
  }
}

export function isCurrentMember(partner: Partner | undefined): boolean {
  const last = partner?.memberships[partner.memberships.length - 1];
  return last !== undefined && last.until === null;
}

export function currentMembership(partner: Partner): MembershipPeriod | undefined {
  const last = partner.memberships[partner.memberships.length - 1];
  return last !== undefined && last.until === null ? last : undefined;
}

/**
 * Whether the organisation may have been a partner on the date: some membership not certainly
 * begun after it nor certainly ended by it. A decision refuses only what is certainly wrong, so
 * this is what the rules (and the snapshots other aggregates decide on) ask.
 */
export function isMemberOn(partner: Partner | undefined, date: DateLike): boolean {
  return partner !== undefined && partner.memberships.some((period) => mayBeWithin(period, date));
}

function mayBeWithin(period: MembershipPeriod, date: DateLike): boolean {
  // Not certainly before the admission, and not certainly on or after the departure.
  return !certainlyBefore(date, period.from) && (period.until === null || !certainlyOnOrBefore(period.until, date));
}

/**
 * Whether the organisation was a partner on a day as an as-of read places dates (`none`:
 * certainly; `earliest`/`latest`: every uncertain date placed so): admitted by then and not
 * yet gone. `undetermined` when, under `none`, neither can be said.
 */
export function membershipOn(
  partner: { memberships: ReadonlyArray<Pick<MembershipPeriod, 'from' | 'until'>> },
  day: CalendarDate,
  placement: DatePlacement = 'none',
): 'member' | 'not-member' | 'undetermined' {
  const placed = (date: PaperDate) => placement !== 'none' && spanOf(date) !== null;
  let undetermined = false;
  for (const period of partner.memberships) {
    const joined = happenedBy(period.from, day, placement);
    const notGone = period.until === null || notYetBy(period.until, day, placement);
    if (joined && notGone) return 'member';
    const notJoined = notYetBy(period.from, day, placement) || (placed(period.from) && !joined);
    const gone = period.until !== null && (happenedBy(period.until, day, placement) || (placed(period.until) && !notGone));
    if (!notJoined && !gone) undetermined = true;
  }
  return undetermined ? 'undetermined' : 'not-member';
}

/** The partners whose membership is open now: the ones who must sign for the compact to come into force. */
export function currentPartners(partners: Record<string, Partner>): Partner[] {
  return Object.values(partners).filter((partner) => isCurrentMember(partner));
}

/**
 * The partner an organisation id names, if any. Only the map's own entries: an id is
 * any lower-case slug, and `constructor` would otherwise find Object's.
 */
export function partnerNamed(partners: Record<string, Partner>, organisationId: string): Partner | undefined {
  return Object.hasOwn(partners, organisationId) ? partners[organisationId] : undefined;
}

export function nameOf(partners: Record<string, Partner>, organisationId: string): string {
  return partnerNamed(partners, organisationId)?.name ?? organisationId;
}

/** Refuses unless the organisation may have been a partner on the date: `partner-not-member` (an uncertain date is not refused). */
export function assertMemberOn(partners: Record<string, Partner>, organisationId: string, date: DateLike): Partner {
  const partner = partnerNamed(partners, organisationId);
  if (!partner) throw new DomainRuleViolation('partner-not-member', `${organisationId} is not a partner of this compact`);
  if (!isMemberOn(partner, date)) throw new DomainRuleViolation('partner-not-member', `${partner.name} was not a partner of this compact on ${describeDate(date)}`);
  return partner;
}

/** Refuses unless the organisation is a partner now (its last membership is open): `partner-not-member`. */
export function assertCurrentMember(partners: Record<string, Partner>, organisationId: string): Partner {
  const partner = partnerNamed(partners, organisationId);
  if (!partner) throw new DomainRuleViolation('partner-not-member', `${organisationId} is not a partner of this compact`);
  if (!isCurrentMember(partner)) throw new DomainRuleViolation('partner-not-member', `${partner.name} is no longer a partner of this compact`);
  return partner;
}
