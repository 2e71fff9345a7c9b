import type { TermsOfReference } from '../board/terms-of-reference';
import type { CalendarDate } from '../compact/calendar-dates';
import type { DomainEvent } from '../shared/decider';
import type {
  AttendanceStatus,
  BoardReservedMatter,
  ConcernEvidence,
  DecisionOutcome,
  DecisionValue,
  InterestHandling,
  InterestNature,
} from './meeting.commands';

/*
 * A meeting's facts (stream `meeting-<id>`). Each carries the dates and the figures its rule
 * used (the due date, whether late, the quorum count), so a register or a deadline list reads
 * them without the calendar or the terms of reference.
 */

/** Notice deadlines for the meeting, counted in working days from the terms of reference. */
export interface MeetingDeadlines {
  agendaItemsBy: CalendarDate;
  papersBy: CalendarDate;
  draftMinutesBy: CalendarDate;
}

export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  {
    meetingId: string;
    boardId: string;
    boardName: string;
    compactId: string;
    compactTitle: string;
    title: string;
    meetingDate: CalendarDate;
    /** A copy of the terms in force on the meeting date: the meeting keeps them if the board adopts new ones. */
    termsOfReference: TermsOfReference;
    reservedMatters: BoardReservedMatter[];
    compactMembers: string[];
    deadlines: MeetingDeadlines;
  }
>;

export type MeetingCancelled = DomainEvent<'MeetingCancelled', { reason: string; cancelledOn: CalendarDate }>;

export type AgendaItemAdded = DomainEvent<
  'AgendaItemAdded',
  {
    item: string;
    title: string;
    proposedBy: string | null;
    receivedOn: CalendarDate;
    dueBy: CalendarDate;
    /** Working days from receipt to the meeting (counting the meeting day). */
    workingDaysBefore: number;
    /** Received after `dueBy`: taken by exception, as the Chair agrees. */
    late: boolean;
  }
>;

export type PapersCirculated = DomainEvent<
  'PapersCirculated',
  { item: string; title: string; circulatedOn: CalendarDate; dueBy: CalendarDate; workingDaysBefore: number; late: boolean }
>;

export interface SeatAttendance {
  seatId: string;
  status: AttendanceStatus;
  /** The person attending (the lead or the deputy), null for apologies or absence. */
  person: string | null;
  voting: boolean;
}

/** Voting seats present against those the rule needs. */
export interface QuorumCount {
  votingSeats: number;
  /** Present (lead or deputy), less those excluded for an interest where counted for an item. */
  counted: number;
  needed: number;
  /** `70%`. */
  rule: string;
  quorate: boolean;
}

export type MeetingHeld = DomainEvent<
  'MeetingHeld',
  {
    heldOn: CalendarDate;
    /** Every seat of the terms of reference, in their order. */
    attendance: SeatAttendance[];
    /** The meeting's quorum before any exclusion for an interest. */
    quorum: QuorumCount;
  }
>;

export type InterestDeclared = DomainEvent<
  'InterestDeclared',
  {
    declarationId: string;
    seatId: string;
    organisationId: string | null;
    /** The person who declared it: whoever attended for the seat. */
    person: string;
    interest: string;
    nature: InterestNature;
    items: string[];
    handling: InterestHandling;
    declaredOn: CalendarDate;
  }
>;

/** A seat excluded from the item for a declared interest. */
export interface ExcludedSeat {
  seatId: string;
  declarationId: string;
}

/** The consequence as recorded: what the saga issues on the compact's or the dispute's stream. */
export type DecisionConsequence =
  | {
      kind: 'ask-partner-to-leave';
      compactId: string;
      organisationId: string;
      reason: string;
      effectiveOn: CalendarDate;
      concern: { reflectedOn: CalendarDate; reflectedBy: string; evidence: ConcernEvidence[]; noChangeFinding: string };
    }
  | { kind: 'resolve-dispute'; compactId: string; disputeId: string; terms: string; agreedBy: string[]; resolvedOn: CalendarDate };

export type DecisionRecorded = DomainEvent<
  'DecisionRecorded',
  {
    meetingId: string;
    boardId: string;
    compactId: string;
    decisionId: string;
    item: string;
    itemTitle: string;
    decidedOn: CalendarDate;
    resolution: string;
    outcome: DecisionOutcome;
    /** Consensus, or more votes for than against. */
    carried: boolean;
    /** The quorum for this item: present voting seats not excluded from it. */
    quorum: QuorumCount;
    excluded: ExcludedSeat[];
    value: DecisionValue | null;
    /** The matter reserved to this board that the decision falls under, if any. */
    reservedMatter: { matterId: string; thresholdPounds: number } | null;
    consequence: DecisionConsequence | null;
  }
>;

export type DraftMinutesCirculated = DomainEvent<
  'DraftMinutesCirculated',
  { circulatedOn: CalendarDate; dueBy: CalendarDate; workingDaysAfter: number; late: boolean }
>;

export type MinutesApproved = DomainEvent<'MinutesApproved', { approvedAtMeetingId: string; approvedOn: CalendarDate }>;

export type MeetingEvent =
  | MeetingScheduled
  | MeetingCancelled
  | AgendaItemAdded
  | PapersCirculated
  | MeetingHeld
  | InterestDeclared
  | DecisionRecorded
  | DraftMinutesCirculated
  | MinutesApproved;
export type MeetingEventType = MeetingEvent['type'];
