import type { DomainEvent } from '../shared/decider';
import type { AmendmentSummary, DescribedChanges } from './amendments';
import type { CalendarDate } from './calendar-dates';
import type { Correction } from './corrections';
import type { EndorsementConcern, EndorsementOutcome } from './endorsements';
import type { EscalationLevel } from './escalation-path';
import type { PaperDate } from './paper-date';
import type { LeavingBasis, OrganisationType, Representative } from './partners';
import type { Section } from './sections';
import type { SignificanceCode } from './signatures';
import type { InForceCompletion, InForceRule } from './terms';

/*
 * The compact's facts. Every date a fact takes from a paper is a PaperDate in its data (with
 * its precision, and what the ledger assumed); `effectiveAt` repeats its value on the envelope
 * where it has one. Every correctable fact carries a `factId` that came in the command; events
 * stored before they did get one derived in the codec (compact.codec.ts) or, where the data
 * alone cannot name it, by its order in the stream (the term, the escalation path).
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

/** A version: a full text (PublishVersion, sections, or none where the paper does not carry it) or an amendment of the current one (PublishAmendment). */
export type CompactVersionPublished = DomainEvent<
  'CompactVersionPublished',
  {
    factId: string;
    /** Normalised: no leading V (`V6.0` is `6.0`). */
    label: string;
    /** What changed and why (000's notes column); null where the paper has no note (a first version with no version table). */
    note: string | null;
    /** The date the version is dated on the paper. */
    dated: PaperDate;
    /** Every section of the version in the paper's order; null where the paper does not carry its text (000's V1 to V5.0). */
    sections: Section[] | null;
    /** hashVersionContent({ label, sections }); null without the text (such a version cannot be signed). */
    contentHash: string | null;
    /** Present when the version was made by amending the previous one's text. */
    amendment: AmendmentSummary | null;
    /** What the note says changed, where it says (000's V4.0: 2.4 and 4.1 amended, 3.9 added). */
    describedChanges: DescribedChanges | null;
  }
>;

export type PartnerAdmitted = DomainEvent<
  'PartnerAdmitted',
  {
    factId: string;
    organisationId: string;
    name: string;
    organisationType: OrganisationType;
    lead: Representative | null;
    deputy: Representative | null;
    effectiveOn: PaperDate;
  }
>;

export type PartnerRepresentativesChanged = DomainEvent<
  'PartnerRepresentativesChanged',
  { organisationId: string; lead: Representative | null; deputy: Representative | null; effectiveOn: CalendarDate }
>;

export type PartnerWithdrawn = DomainEvent<
  'PartnerWithdrawn',
  { factId: string; organisationId: string; noticeGivenOn: PaperDate; effectiveOn: PaperDate; reason: string }
>;

export type PartnerAskedToLeave = DomainEvent<
  'PartnerAskedToLeave',
  { factId: string; organisationId: string; reason: string; basis: LeavingBasis; effectiveOn: PaperDate }
>;

export type BoardEndorsementRecorded = DomainEvent<
  'BoardEndorsementRecorded',
  {
    factId: string;
    organisationId: string;
    versionLabel: string;
    contentHash: string | null;
    boardName: string;
    meetingDate: PaperDate;
    outcome: EndorsementOutcome;
    concerns: EndorsementConcern[];
    reason: string | null;
    assumption: string | null;
  }
>;

/** A board asked to endorse, no outcome on the paper (001: the Health and Wellbeing Board, 28 January 2015). */
export type EndorsementRequested = DomainEvent<
  'EndorsementRequested',
  {
    factId: string;
    organisationId: string | null;
    versionLabel: string;
    contentHash: string | null;
    boardName: string;
    meetingDate: PaperDate;
    asked: string;
    assumption: string | null;
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
    signedOn: PaperDate;
    signifies: SignificanceCode[];
    assumption: string | null;
  }
>;

export type CompactTermSet = DomainEvent<
  'CompactTermSet',
  {
    factId: string;
    inForceRule: InForceRule;
    effectiveFrom: PaperDate | null;
    expiresOn: PaperDate | null;
    refreshDueBy: PaperDate | null;
    durationMonths: number | null;
    decisionReference: string | null;
  }
>;

export type CompactCameIntoForce = DomainEvent<
  'CompactCameIntoForce',
  {
    factId: string;
    versionLabel: string;
    contentHash: string | null;
    effectiveOn: PaperDate;
    rule: InForceRule;
    /** The decision that brought it into force (explicit-decision), else null. */
    decisionReference: string | null;
    /** The signatures that satisfied the all-partners-signed rule (empty for an explicit decision). */
    signatureFactIds: string[];
    /** What completed the rule: the last signature, a departure, or the rule being set; null for a decision. */
    completedBy: InForceCompletion | null;
  }
>;

export type CompactTerminated = DomainEvent<'CompactTerminated', { factId: string; effectiveOn: PaperDate; reason: string; decisionReference: string | null }>;

export type CompactSuperseded = DomainEvent<
  'CompactSuperseded',
  { factId: string; successorCompactId: string; effectiveOn: PaperDate; reason: string; decisionReference: string | null }
>;

/** The compact's escalation path, defined or redefined; the latest is the current one. */
export type EscalationPathDefined = DomainEvent<'EscalationPathDefined', { factId: string; levels: EscalationLevel[]; note: string; effectiveOn: PaperDate }>;

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

export type CorrectableEventType =
  | 'CompactVersionPublished'
  | 'PartnerAdmitted'
  | 'PartnerWithdrawn'
  | 'PartnerAskedToLeave'
  | 'BoardEndorsementRecorded'
  | 'EndorsementRequested'
  | 'PartnerSigned'
  | 'CompactTermSet'
  | 'CompactCameIntoForce'
  | 'CompactTerminated'
  | 'CompactSuperseded'
  | 'EscalationPathDefined';

export type CompactEvent =
  | CompactDrafted
  | CompactVersionPublished
  | PartnerAdmitted
  | PartnerRepresentativesChanged
  | PartnerWithdrawn
  | PartnerAskedToLeave
  | BoardEndorsementRecorded
  | EndorsementRequested
  | PartnerSigned
  | CompactTermSet
  | CompactCameIntoForce
  | CompactTerminated
  | CompactSuperseded
  | EscalationPathDefined
  | EventCorrected;
export type CompactEventType = CompactEvent['type'];

/**
 * The date a fact took effect in the world, as the paper gives it; null for the ledger's own
 * acts (drafting, a correction), which have none. An as-of read on the effective axis places
 * the fact by it.
 */
export function effectiveDateOf(event: CompactEvent): PaperDate | CalendarDate | null {
  switch (event.type) {
    case 'CompactDrafted':
    case 'EventCorrected':
      return null;
    case 'CompactVersionPublished':
      return event.data.dated;
    case 'BoardEndorsementRecorded':
    case 'EndorsementRequested':
      return event.data.meetingDate;
    case 'PartnerSigned':
      return event.data.signedOn;
    case 'CompactTermSet':
      return event.data.effectiveFrom;
    default:
      return event.data.effectiveOn;
  }
}
