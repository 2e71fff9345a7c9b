import { DomainRuleViolation } from '../shared/decider';
import type { CalendarDate } from './calendar-dates';

/** The kinds of organisation that are partners in the seeds, as stable codes. */
export const ORGANISATION_TYPES = [
  'clinical-commissioning-group',
  'nhs-trust',
  'foundation-trust',
  'local-authority',
  'gp-federation',
  'ambulance-service',
  'healthwatch',
  'voluntary-or-community-organisation',
  'nhs-england',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export function isOrganisationType(value: unknown): value is OrganisationType {
  return typeof value === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(value);
}

/** A named person acting for a partner (001 appendix 1: named lead, named deputy). */
export interface Representative {
  name: string;
  role: string;
}

/** Why a membership ended. */
export type MembershipEnding =
  | { kind: 'withdrew'; noticeGivenOn: CalendarDate; reason: string }
  | { kind: 'asked-to-leave'; reason: string; basis: LeavingBasis };

/** The decision or dispute that led to a partner being asked to leave (004, collective monitoring). */
export interface LeavingBasis {
  kind: 'decision' | 'dispute';
  reference: string;
}

/** One spell of membership: from the admission's effective date up to (not including) the leaving date. */
export interface MembershipPeriod {
  /** The admission fact that opened this period (the target of a correction). */
  admissionFactId: string;
  from: CalendarDate;
  /** The first day the organisation is no longer a partner; null while it is one. */
  until: CalendarDate | null;
  ending: MembershipEnding | null;
}

export interface Partner {
  organisationId: string;
  name: string;
  organisationType: OrganisationType;
  lead: Representative;
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

export function assertRepresentative(person: Representative | null | undefined, what: string): void {
  if (!person || typeof person.name !== 'string' || person.name.trim() === '' || typeof person.role !== 'string' || person.role.trim() === '') {
    throw new DomainRuleViolation('representative-incomplete', `the ${what} needs a name and a role`);
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

/** Whether the organisation was a partner on the date (admitted on or before it, not yet left). */
export function isMemberOn(partner: Partner | undefined, date: CalendarDate): boolean {
  return partner !== undefined && partner.memberships.some((period) => period.from <= date && (period.until === null || date < period.until));
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

/** Refuses unless the organisation was a partner on the date: `partner-not-member`. */
export function assertMemberOn(partners: Record<string, Partner>, organisationId: string, date: CalendarDate): Partner {
  const partner = partnerNamed(partners, organisationId);
  if (!partner) throw new DomainRuleViolation('partner-not-member', `${organisationId} is not a partner of this compact`);
  if (!isMemberOn(partner, date)) throw new DomainRuleViolation('partner-not-member', `${partner.name} was not a partner of this compact on ${date}`);
  return partner;
}

/** Refuses unless the organisation is a partner now (its last membership is open): `partner-not-member`. */
export function assertCurrentMember(partners: Record<string, Partner>, organisationId: string): Partner {
  const partner = partnerNamed(partners, organisationId);
  if (!partner) throw new DomainRuleViolation('partner-not-member', `${organisationId} is not a partner of this compact`);
  if (!isCurrentMember(partner)) throw new DomainRuleViolation('partner-not-member', `${partner.name} is no longer a partner of this compact`);
  return partner;
}
