import type { ReservedMatter, TermsOfReference, ValueBasis, ValueDirection } from '../board/terms-of-reference';
import type { CalendarDate } from '../compact/calendar-dates';
import type { CompactStatus } from '../compact/status-at-date';

/*
 * A meeting's commands (stream `meeting-<id>`): everything that happens at one meeting of a
 * board, from scheduling to the approval of its minutes. They carry every id and date. What a
 * rule needs from another stream comes in a snapshot the application builds: the board's terms
 * of reference (`meetingBoardSnapshot`), the dispute a decision resolves (`decisionDisputeSnapshot`),
 * and which meeting is the following one (`minutesApprovalSnapshot`).
 */

/** A matter reserved to a board of the compact, with the board it is reserved to. */
export interface BoardReservedMatter extends ReservedMatter {
  boardId: string;
  boardName: string;
}

/** What a meeting needs of its board and compact, as they stood on the meeting date. */
export interface MeetingBoardSnapshot {
  boardId: string;
  boardName: string;
  compactId: string;
  compactTitle: string;
  compactStatus: CompactStatus;
  /** The terms of reference in force on the meeting date; null when none was. */
  termsOfReference: TermsOfReference | null;
  /** Matters reserved to any board of the compact on the meeting date, this board's own included. */
  reservedMatters: BoardReservedMatter[];
  /** Organisation slugs of the compact's partners on the meeting date. */
  compactMembers: string[];
}

export interface ScheduleMeeting {
  type: 'ScheduleMeeting';
  data: {
    meetingId: string;
    board: MeetingBoardSnapshot;
    meetingDate: CalendarDate;
    /** `South Nottinghamshire Transformation Board, February 2015`. */
    title: string;
  };
}

export interface CancelMeeting {
  type: 'CancelMeeting';
  data: { reason: string; cancelledOn: CalendarDate };
}

/** 001: "All partners will contribute items for the agenda ... up to 10 working days before each meeting". Late items are recorded as late, not refused. */
export interface AddAgendaItem {
  type: 'AddAgendaItem';
  data: {
    /** The item's number on the agenda: `4`, `4.1`. */
    item: string;
    title: string;
    /** The seat that contributed it, or null (the Chair and Director of Transformation's own items). */
    proposedBy: string | null;
    /** The date the Director of Transformation received it, with its paperwork. */
    receivedOn: CalendarDate;
  };
}

/** 001: "Papers will be circulated 5 working days before each meeting". Late papers are recorded as late. */
export interface CirculatePapers {
  type: 'CirculatePapers';
  data: { item: string; title: string; circulatedOn: CalendarDate };
}

export const ATTENDANCE_STATUSES = ['lead-present', 'deputy-present', 'apologies', 'absent'] as const;
/** `deputy-present`: the named deputy attending for the named lead. */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface AttendanceEntry {
  seatId: string;
  status: AttendanceStatus;
}

/** The meeting was held on its date, with this attendance. A seat not listed is recorded as absent. */
export interface RecordMeetingHeld {
  type: 'RecordMeetingHeld';
  data: { attendance: AttendanceEntry[] };
}

/** 002: conflicts of interest or direction, "whether from" these. */
export const INTEREST_NATURES = [
  'commercial-arrangement',
  'professional-or-representative-body',
  'regulator',
  'other-network',
  'political-direction',
  'other',
] as const;
export type InterestNature = (typeof INTEREST_NATURES)[number];

/** 001: "the Chair will determine how this is to be managed including for example excluding the partner from the meeting for the relevant agenda item". */
export const INTEREST_HANDLINGS = ['may-take-part', 'excluded-from-items'] as const;
export type InterestHandling = (typeof INTEREST_HANDLINGS)[number];

export interface DeclareInterest {
  type: 'DeclareInterest';
  data: {
    declarationId: string;
    /** The seat of the person declaring; the person is whoever attends for it. */
    seatId: string;
    interest: string;
    nature: InterestNature;
    /** The agenda items it bears on (empty: none in particular). */
    items: string[];
    /** The Chair's determination; `excluded-from-items` excludes the seat from every item listed. */
    handling: InterestHandling;
  };
}

/** Decided without a vote, or by the votes of the seats named. */
export type DecisionOutcome = { kind: 'consensus' } | { kind: 'vote'; for: string[]; against: string[]; abstained: string[] };

/** The money a decision commits or withdraws, where it has a value (004: "over £250k capital or annual revenue"). */
export interface DecisionValue {
  direction: ValueDirection;
  basis: ValueBasis;
  /** Whole pounds. */
  amountPounds: number;
}

/** A piece of evidence the Chairs / CEOs provided with the concern: described, and the file's SHA-256 where there is one. */
export interface ConcernEvidence {
  description: string;
  sha256: string | null;
}

/**
 * What a decision does to the compact or to a dispute, recorded there by a saga:
 * - 004's collective monitoring ends with the organisation "asked to leave the partnership",
 *   after the concern was reflected to it with evidence and there was no change in approach;
 * - a dispute referred to the board is resolved on the terms the board decided.
 */
export type DecisionConsequenceRequest =
  | {
      kind: 'ask-partner-to-leave';
      organisationId: string;
      reason: string;
      effectiveOn: CalendarDate;
      concern: { reflectedOn: CalendarDate; reflectedBy: string; evidence: ConcernEvidence[]; noChangeFinding: string };
    }
  | { kind: 'resolve-dispute'; disputeId: string; terms: string; agreedBy: string[] };

/** What a decision that resolves a dispute needs of it, as it stands when the decision is recorded. */
export interface DecisionDisputeSnapshot {
  disputeId: string;
  compactId: string;
  status: 'open' | 'resolved' | 'withdrawn';
  /** The raiser first, then those it is raised against. */
  parties: string[];
  currentLevel: number;
  levelName: string;
  /** The current level needs an agreed independent chair before a resolution. */
  independentChairRequired: boolean;
  independentChairAgreed: boolean;
  /** The dispute's latest step: a resolution cannot be dated before it. */
  lastStepOn: CalendarDate;
}

export interface RecordDecision {
  type: 'RecordDecision';
  data: {
    decisionId: string;
    item: string;
    /** What was decided, as the minutes record it. */
    resolution: string;
    outcome: DecisionOutcome;
    value: DecisionValue | null;
    consequence: DecisionConsequenceRequest | null;
    /** Required when the consequence resolves a dispute; built with `decisionDisputeSnapshot`. */
    dispute?: DecisionDisputeSnapshot | null;
  };
}

/** 001: "The draft minutes of each meeting will be circulated within 10 working days of the meeting being held". */
export interface CirculateDraftMinutes {
  type: 'CirculateDraftMinutes';
  data: { circulatedOn: CalendarDate };
}

/** A meeting of the board as the application lists it (`boardMeetingSummary(meetingState)`). */
export interface BoardMeetingSummary {
  meetingId: string;
  boardId: string;
  meetingDate: CalendarDate;
  status: 'scheduled' | 'held' | 'cancelled';
}

/** Where minutes are being approved, and which meeting of the board follows the one they record. */
export interface MinutesApprovalSnapshot {
  approvingMeeting: BoardMeetingSummary;
  /** The board's next meeting after this one, cancelled ones passed over; null when none is scheduled. */
  followingMeeting: BoardMeetingSummary | null;
}

/** 001: the draft minutes "will be approved at the following meeting". Recorded on the stream of the meeting they record. */
export interface ApproveMinutes {
  type: 'ApproveMinutes';
  data: { approval: MinutesApprovalSnapshot };
}

export type MeetingCommand =
  | ScheduleMeeting
  | CancelMeeting
  | AddAgendaItem
  | CirculatePapers
  | RecordMeetingHeld
  | DeclareInterest
  | RecordDecision
  | CirculateDraftMinutes
  | ApproveMinutes;
export type MeetingCommandType = MeetingCommand['type'];
