import type { PhraseReplacement } from './amendments';
import type { CalendarDate } from './calendar-dates';
import type { Correction } from './corrections';
import type { EndorsementConcern, EndorsementOutcome } from './endorsements';
import type { EscalationLevel } from './escalation-path';
import type { LeavingBasis, OrganisationType, Representative } from './partners';
import type { Section } from './sections';
import type { SignificanceCode } from './signatures';
import type { InForceRule } from './terms';

/*
 * Commands carry everything decide() needs, including dates and ids: the domain reads no
 * clock and makes no id. Dates are calendar dates, YYYY-MM-DD, as on the paper.
 */

export interface DraftCompact {
  type: 'DraftCompact';
  data: { compactId: string; title: string; covers: string; description: string | null };
}

/** A full text: the first version, or a later one written out whole. */
export interface PublishVersion {
  type: 'PublishVersion';
  data: { label: string; note: string; dated: CalendarDate; sections: Section[] };
}

/** The next version, made from the current one by named changes (000: "Amendments to 2.4 and 4.1, new section 3.9"). */
export interface PublishAmendment {
  type: 'PublishAmendment';
  data: {
    label: string;
    note: string;
    dated: CalendarDate;
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
    /** Names this admission so a correction can point at it. */
    factId: string;
    /** A slug: `kent-county-council`. */
    organisationId: string;
    name: string;
    organisationType: OrganisationType;
    lead: Representative;
    deputy: Representative | null;
    effectiveOn: CalendarDate;
  };
}

export interface ChangeRepresentatives {
  type: 'ChangeRepresentatives';
  data: { organisationId: string; lead: Representative; deputy: Representative | null; effectiveOn: CalendarDate };
}

export interface WithdrawPartner {
  type: 'WithdrawPartner';
  data: { organisationId: string; noticeGivenOn: CalendarDate; effectiveOn: CalendarDate; reason: string };
}

/** 004, collective monitoring: "in extremis, the organisation may be asked to leave the partnership". */
export interface AskPartnerToLeave {
  type: 'AskPartnerToLeave';
  data: { organisationId: string; reason: string; basis: LeavingBasis; effectiveOn: CalendarDate };
}

export interface RecordBoardEndorsement {
  type: 'RecordBoardEndorsement';
  data: {
    factId: string;
    organisationId: string;
    versionLabel: string;
    boardName: string;
    meetingDate: CalendarDate;
    outcome: EndorsementOutcome;
    /** Required for endorsed-with-concerns, empty otherwise. */
    concerns: EndorsementConcern[];
    reason: string | null;
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
    signedOn: CalendarDate;
    signifies: SignificanceCode[];
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
    inForceRule: InForceRule;
    effectiveFrom: CalendarDate | null;
    expiresOn: CalendarDate | null;
    refreshDueBy: CalendarDate | null;
    durationMonths: number | null;
    decisionReference?: string | null;
  };
}

/** Under the explicit-decision rule: the current version came into force by this decision. */
export interface RecordCameIntoForce {
  type: 'RecordCameIntoForce';
  data: { versionLabel: string; effectiveOn: CalendarDate; decisionReference: string };
}

export interface TerminateCompact {
  type: 'TerminateCompact';
  data: { effectiveOn: CalendarDate; reason: string; decisionReference: string | null };
}

/** The compact is replaced by another (004: "or when it is replaced by a more formal partnership agreement"). */
export interface RecordSuperseded {
  type: 'RecordSuperseded';
  data: { successorCompactId: string; effectiveOn: CalendarDate; reason: string; decisionReference: string | null };
}

/**
 * The compact's escalation path (001 section 8, 003 "Ensuring the Compact is sustainable", 004
 * collective monitoring). It may be defined again later: a new fact; a dispute keeps the path it was
 * raised under.
 */
export interface DefineEscalationPath {
  type: 'DefineEscalationPath';
  data: { levels: EscalationLevel[]; note: string; effectiveOn: CalendarDate };
}

/** Corrects a recorded fact (named by its factId): a mistyped paper date, a wrong signatory name. */
export interface CorrectEvent {
  type: 'CorrectEvent';
  data: { factId: string; reason: string; correction: Correction };
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
  | SignVersion
  | SetTerm
  | RecordCameIntoForce
  | TerminateCompact
  | RecordSuperseded
  | DefineEscalationPath
  | CorrectEvent;
export type CompactCommandType = CompactCommand['type'];
