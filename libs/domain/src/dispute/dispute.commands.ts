import type { CalendarDate } from '../compact/calendar-dates';
import type { EscalationPath } from '../compact/escalation-path';
import type { CompactStatus } from '../compact/status-at-date';

/*
 * A dispute's commands. As for the compact, they carry every date and id: the domain reads no
 * clock and makes no id. Organisations are named by their slug in the compact
 * (`nhs-nottingham-city-ccg`). decide() reads only the dispute's own stream, so RaiseDispute
 * carries what it needs to know of the compact (see DisputeCompactSnapshot).
 */

/**
 * What a dispute needs to know of its compact when it is raised, supplied by the application from
 * the compact's state (build it with `disputeCompactSnapshot(compactState, raisedOn)`).
 */
export interface DisputeCompactSnapshot {
  compactId: string;
  compactTitle: string;
  /** The compact's status on the date the dispute is raised: `compactStatusAt(compact, raisedOn)`. */
  compactStatus: CompactStatus;
  /** The escalation path in effect on that date (the earliest, if none was yet); null when the compact has none. */
  escalationPath: EscalationPath | null;
  /**
   * The version current on that date (the latest that may have been dated by then); null before
   * any may have been. Its sections are what a dispute may be about, each with its heading (a
   * commitment is named `Commitment 3` or `Commitment 3: One Plan: Joint Strategic Planning`).
   */
  version: { label: string; contentHash: string | null; sections: Array<{ number: string; heading: string | null }> } | null;
  /** Organisation slugs of the compact's partners on that date. */
  members: string[];
}

/**
 * What a dispute is about: a section of the version current when raised, or one of its
 * commitments (004: `Commitment 2`), each of which must be in that version's text.
 */
export type DisputeSubject = { kind: 'section'; ref: string } | { kind: 'commitment'; ref: string };

/** 001 section 8: "where any party ... believes that elements of this compact are not being honoured". */
export interface RaiseDispute {
  type: 'RaiseDispute';
  data: {
    disputeId: string;
    compact: DisputeCompactSnapshot;
    /** The partner raising it. */
    raisedBy: string;
    /** The partners it is raised against: at least one, each once, not the raiser. */
    against: string[];
    about: DisputeSubject[];
    summary: string;
    raisedOn: CalendarDate;
  };
}

/** 003: "recognise the other's right to raise the issue and give time to listen and respond". */
export interface RespondToDispute {
  type: 'RespondToDispute';
  data: { respondent: string; response: string; respondedOn: CalendarDate };
}

/** A mediator, as the ledger knows them: `subject` is their identity (their token's `sub`). */
export interface Mediator {
  subject: string;
  name: string;
  /** `Lay Chair of the South Nottinghamshire Transformation Board`. */
  role: string;
  /** The organisation they come from, as a slug, or null. */
  organisation: string | null;
}

export interface AppointMediator {
  type: 'AppointMediator';
  data: {
    /** The dispute's current level, which must allow mediation. */
    level: number;
    mediator: Mediator;
    appointedOn: CalendarDate;
  };
}

export interface EscalateDispute {
  type: 'EscalateDispute';
  data: {
    /** The next level: the current one plus one. */
    toLevel: number;
    reason: string;
    /** The party that asked for the escalation, or null when a mediator or the secretariat records it. */
    requestedBy: string | null;
    escalatedOn: CalendarDate;
  };
}

/** An independent chair, who must not come from a party's organisation. */
export interface IndependentChair {
  name: string;
  /** The organisation the chair comes from, as a slug, or null for an individual. */
  organisation: string | null;
}

/** 001 section 8: "a Board to Board meeting ... with an agreed independent chair". */
export interface AgreeIndependentChair {
  type: 'AgreeIndependentChair';
  data: { chair: IndependentChair; agreedBy: string[]; agreedOn: CalendarDate };
}

export interface ResolveDispute {
  type: 'ResolveDispute';
  data: { terms: string; agreedBy: string[]; resolvedOn: CalendarDate };
}

export interface WithdrawDispute {
  type: 'WithdrawDispute';
  data: { withdrawnBy: string; reason: string; withdrawnOn: CalendarDate };
}

/** A file of evidence: the application stores the bytes; the ledger records their SHA-256. */
export interface EvidenceFile {
  /** 64 lower-case hex digits. */
  sha256: string;
  filename: string;
  /** `application/pdf`. */
  mediaType: string;
  /** Bytes, more than zero. */
  size: number;
}

export interface SubmitDisputeEvidence {
  type: 'SubmitDisputeEvidence';
  data: { evidenceId: string; submittedBy: string; description: string; file: EvidenceFile; submittedOn: CalendarDate };
}

export type DisputeCommand =
  RaiseDispute | RespondToDispute | AppointMediator | EscalateDispute | AgreeIndependentChair | ResolveDispute | WithdrawDispute | SubmitDisputeEvidence;
export type DisputeCommandType = DisputeCommand['type'];
