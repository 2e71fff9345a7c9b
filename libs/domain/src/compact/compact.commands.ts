import type { DescribedChanges, PhraseReplacement } from './amendments';
import type { CalendarDate } from './calendar-dates';
import type { CorrectionRequest } from './corrections';
import type { EndorsementConcern, EndorsementOutcome } from './endorsements';
import type { EscalationLevel } from './escalation-path';
import type { PaperDateInput } from './paper-date';
import type { LeavingBasis, OrganisationType, Representative } from './partners';
import type { CompactReferences } from './references';
import type { Section } from './sections';
import type { SignificanceCode } from './signatures';
import type { InForceRule } from './terms';

/*
 * Commands carry everything decide() needs, including dates and ids: the domain reads no
 * clock and makes no id. A date taken from a paper is a PaperDateInput: `2015-08-25`,
 * `2014-09`, `2015`, or the object with the paper's words and what was assumed. Every
 * command that records a correctable fact carries the `factId` a correction will name; where
 * it may be left out, the fact is named as facts stored before ids were given are (`factIds`).
 */

export interface DraftCompact {
  type: 'DraftCompact';
  data: { compactId: string; title: string; covers: string; description: string | null };
}

/**
 * A version written out whole: the first, or a later one. `sections` null records a version
 * the paper lists but whose text it does not carry (000's V1 to V5.0, known by their notes);
 * `describedChanges` what the note says it changed, where the note says.
 */
export interface PublishVersion {
  type: 'PublishVersion';
  data: {
    factId?: string;
    label: string;
    /** Null only for a first version where the paper has no note. */
    note: string | null;
    dated: PaperDateInput;
    sections: Section[] | null;
    describedChanges?: DescribedChanges | null;
  };
}

/** The next version, made from the current one's text by named changes. */
export interface PublishAmendment {
  type: 'PublishAmendment';
  data: {
    factId?: string;
    label: string;
    note: string;
    dated: PaperDateInput;
    replace?: Section[];
    add?: Section[];
    remove?: string[];
    /** 000 V6.0: `[{ find: 'patient', replaceWith: 'citizen' }]`, whole words, case kept. */
    replacePhrases?: PhraseReplacement[];
  };
}

export interface AdmitPartner {
  type: 'AdmitPartner';
  data: {
    factId: string;
    /** A slug: `kent-county-council`. */
    organisationId: string;
    name: string;
    organisationType: OrganisationType;
    /** Null where the paper names none. */
    lead: Representative | null;
    deputy: Representative | null;
    effectiveOn: PaperDateInput;
  };
}

export interface ChangeRepresentatives {
  type: 'ChangeRepresentatives';
  data: { organisationId: string; lead: Representative | null; deputy: Representative | null; effectiveOn: CalendarDate };
}

export interface WithdrawPartner {
  type: 'WithdrawPartner';
  data: { factId?: string; organisationId: string; noticeGivenOn: PaperDateInput; effectiveOn: PaperDateInput; reason: string };
}

/** 004, collective monitoring: "in extremis, the organisation may be asked to leave the partnership". */
export interface AskPartnerToLeave {
  type: 'AskPartnerToLeave';
  data: {
    factId?: string;
    organisationId: string;
    reason: string;
    basis: LeavingBasis;
    effectiveOn: PaperDateInput;
    /** What the application found for the dispute or decision the basis names (see references.ts). */
    references?: CompactReferences;
  };
}

export interface RecordBoardEndorsement {
  type: 'RecordBoardEndorsement';
  data: {
    factId: string;
    organisationId: string;
    versionLabel: string;
    boardName: string;
    meetingDate: PaperDateInput;
    outcome: EndorsementOutcome;
    /** Required for endorsed-with-concerns, empty otherwise. */
    concerns: EndorsementConcern[];
    reason: string | null;
    /** What the ledger took that the paper does not say (whose board it is), and why. */
    assumption?: string | null;
  };
}

/** A board asked to endorse, no outcome on the paper. */
export interface RecordEndorsementRequest {
  type: 'RecordEndorsementRequest';
  data: {
    factId: string;
    /** The partner whose board it is; null where the paper names only the board. */
    organisationId: string | null;
    versionLabel: string;
    boardName: string;
    meetingDate: PaperDateInput;
    asked: string;
    assumption?: string | null;
  };
}

export interface SignVersion {
  type: 'SignVersion';
  data: {
    factId: string;
    organisationId: string;
    versionLabel: string;
    /** The hash of the text the signatory saw; refused unless it is that version's hash. */
    contentHash: string;
    signatory: Representative;
    signedOn: PaperDateInput;
    signifies: SignificanceCode[];
    assumption?: string | null;
  };
}

/**
 * The rule by which the compact comes into force, and its term. Give an expiry date or a
 * duration in months (002: 24), not both; a duration runs from `effectiveFrom`, or from the
 * date the compact came into force when that is not given.
 */
export interface SetTerm {
  type: 'SetTerm';
  data: {
    factId?: string;
    inForceRule: InForceRule;
    effectiveFrom: PaperDateInput | null;
    expiresOn: PaperDateInput | null;
    refreshDueBy: PaperDateInput | null;
    durationMonths: number | null;
    decisionReference?: string | null;
    references?: CompactReferences;
  };
}

/** Under the explicit-decision rule: the current version came into force by this decision. */
export interface RecordCameIntoForce {
  type: 'RecordCameIntoForce';
  data: { factId?: string; versionLabel: string; effectiveOn: PaperDateInput; decisionReference: string; references?: CompactReferences };
}

export interface TerminateCompact {
  type: 'TerminateCompact';
  data: { factId?: string; effectiveOn: PaperDateInput; reason: string; decisionReference: string | null; references?: CompactReferences };
}

/** The compact is replaced by another (004: "or when it is replaced by a more formal partnership agreement"). */
export interface RecordSuperseded {
  type: 'RecordSuperseded';
  data: {
    factId?: string;
    successorCompactId: string;
    effectiveOn: PaperDateInput;
    reason: string;
    decisionReference: string | null;
    references?: CompactReferences;
  };
}

/**
 * The compact's escalation path (001 section 8, 003 "Ensuring the Compact is sustainable", 004
 * collective monitoring). It may be defined again later: a new fact; a dispute keeps the path it was
 * raised under.
 */
export interface DefineEscalationPath {
  type: 'DefineEscalationPath';
  data: { factId?: string; levels: EscalationLevel[]; note: string; effectiveOn: PaperDateInput };
}

/**
 * Corrects recorded facts, each named by its factId, appended together or not at all: every
 * correction is checked against the compact as all of them leave it.
 */
export interface CorrectFacts {
  type: 'CorrectFacts';
  data: { corrections: CorrectionRequest[]; references?: CompactReferences };
}

export type CompactCommand =
  | DraftCompact
  | PublishVersion
  | PublishAmendment
  | AdmitPartner
  | ChangeRepresentatives
  | WithdrawPartner
  | AskPartnerToLeave
  | RecordBoardEndorsement
  | RecordEndorsementRequest
  | SignVersion
  | SetTerm
  | RecordCameIntoForce
  | TerminateCompact
  | RecordSuperseded
  | DefineEscalationPath
  | CorrectFacts;
export type CompactCommandType = CompactCommand['type'];
