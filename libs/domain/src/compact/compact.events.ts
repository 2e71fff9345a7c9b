import type { DomainEvent } from '../shared/decider';
import type { AmendmentSummary } from './amendments';
import type { CalendarDate } from './calendar-dates';
import type { Correction } from './corrections';
import type { EndorsementConcern, EndorsementOutcome } from './endorsements';
import type { EscalationLevel } from './escalation-path';
import type { LeavingBasis, OrganisationType, Representative } from './partners';
import type { Section } from './sections';
import type { SignificanceCode } from './signatures';
import type { InForceCompletion, InForceRule } from './terms';

/*
 * The compact's facts. Every date a fact took effect is in its data (the store hands evolve()
 * only type and data); `effectiveAt` repeats it on the envelope where it differs from recording.
 * Correctable facts (admission, endorsement, signature) carry a `factId` that came in the command.
 */

export type CompactDrafted = DomainEvent<
  'CompactDrafted',
  {
    compactId: string;
    title: string;
    /** The place or system the compact covers. */
    covers: string;
    description: string | null;
  }
>;

/** A version: a full new text (PublishVersion) or an amendment of the current one (PublishAmendment). */
export type CompactVersionPublished = DomainEvent<
  'CompactVersionPublished',
  {
    /** Normalised: no leading V (`V6.0` is `6.0`). */
    label: string;
    /** What changed and why (000's notes column). */
    note: string;
    /** The date the version is dated / took effect on the paper. */
    dated: CalendarDate;
    /** Every section of the resulting version, in section order. */
    sections: Section[];
    /** hashVersionContent({ label, sections }). */
    contentHash: string;
    /** Present when the version was made by amending the previous one. */
    amendment: AmendmentSummary | null;
  }
>;

export type PartnerAdmitted = DomainEvent<
  'PartnerAdmitted',
  {
    factId: string;
    organisationId: string;
    name: string;
    organisationType: OrganisationType;
    lead: Representative;
    deputy: Representative | null;
    effectiveOn: CalendarDate;
  }
>;

export type PartnerRepresentativesChanged = DomainEvent<
  'PartnerRepresentativesChanged',
  { organisationId: string; lead: Representative; deputy: Representative | null; effectiveOn: CalendarDate }
>;

export type PartnerWithdrawn = DomainEvent<
  'PartnerWithdrawn',
  { organisationId: string; noticeGivenOn: CalendarDate; effectiveOn: CalendarDate; reason: string }
>;

export type PartnerAskedToLeave = DomainEvent<
  'PartnerAskedToLeave',
  { organisationId: string; reason: string; basis: LeavingBasis; effectiveOn: CalendarDate }
>;

export type BoardEndorsementRecorded = DomainEvent<
  'BoardEndorsementRecorded',
  {
    factId: string;
    organisationId: string;
    versionLabel: string;
    contentHash: string;
    boardName: string;
    meetingDate: CalendarDate;
    outcome: EndorsementOutcome;
    concerns: EndorsementConcern[];
    reason: string | null;
  }
>;

export type PartnerSigned = DomainEvent<
  'PartnerSigned',
  {
    factId: string;
    organisationId: string;
    versionLabel: string;
    contentHash: string;
    signatory: Representative;
    /** The date on the paper. */
    signedOn: CalendarDate;
    signifies: SignificanceCode[];
  }
>;

export type CompactTermSet = DomainEvent<
  'CompactTermSet',
  {
    inForceRule: InForceRule;
    effectiveFrom: CalendarDate | null;
    expiresOn: CalendarDate | null;
    refreshDueBy: CalendarDate | null;
    durationMonths: number | null;
    decisionReference: string | null;
  }
>;

export type CompactCameIntoForce = DomainEvent<
  'CompactCameIntoForce',
  {
    versionLabel: string;
    contentHash: string;
    effectiveOn: CalendarDate;
    rule: InForceRule;
    /** The decision that brought it into force (explicit-decision), else null. */
    decisionReference: string | null;
    /** The signatures that satisfied the all-partners-signed rule (empty for an explicit decision). */
    signatureFactIds: string[];
    /** What completed the rule: the last signature, a departure, or the rule being set; null for a decision. */
    completedBy: InForceCompletion | null;
  }
>;

export type CompactTerminated = DomainEvent<'CompactTerminated', { effectiveOn: CalendarDate; reason: string; decisionReference: string | null }>;

export type CompactSuperseded = DomainEvent<
  'CompactSuperseded',
  { successorCompactId: string; effectiveOn: CalendarDate; reason: string; decisionReference: string | null }
>;

/** The compact's escalation path, defined or redefined; the latest is the current one. */
export type EscalationPathDefined = DomainEvent<'EscalationPathDefined', { levels: EscalationLevel[]; note: string; effectiveOn: CalendarDate }>;

/** A correction of an earlier fact. The corrected event stays as it was; state holds the corrected value. */
export type EventCorrected = DomainEvent<
  'EventCorrected',
  {
    /** The factId of the corrected fact. */
    factId: string;
    correctedEventType: CorrectableEventType;
    reason: string;
    /** Only the fields that change, with their new values. */
    correction: Correction;
    /** The same fields as they stood before this correction. */
    previous: Correction;
  }
>;

export type CorrectableEventType = 'PartnerAdmitted' | 'BoardEndorsementRecorded' | 'PartnerSigned';

export type CompactEvent =
  | CompactDrafted
  | CompactVersionPublished
  | PartnerAdmitted
  | PartnerRepresentativesChanged
  | PartnerWithdrawn
  | PartnerAskedToLeave
  | BoardEndorsementRecorded
  | PartnerSigned
  | CompactTermSet
  | CompactCameIntoForce
  | CompactTerminated
  | CompactSuperseded
  | EscalationPathDefined
  | EventCorrected;
export type CompactEventType = CompactEvent['type'];
