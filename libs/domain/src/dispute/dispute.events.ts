import type { CalendarDate } from '../compact/calendar-dates';
import type { EscalationPath } from '../compact/escalation-path';
import type { DomainEvent } from '../shared/decider';
import type { DisputeSubject, EvidenceFile, IndependentChair, Mediator } from './dispute.commands';

/*
 * A dispute's facts (stream `dispute-<id>`). Every date is in the data; `effectiveAt` repeats it
 * on the envelope, as for the compact. Each step after raising records the level it happened at,
 * so the escalation-path audit needs no other stream.
 */

/** The compact a dispute was raised under, as it stood then. */
export interface DisputeCompactReference {
  compactId: string;
  compactTitle: string;
  /** The version current when the dispute was raised: its section refs are that version's. */
  versionLabel: string;
  /** Null where the ledger does not hold the version's text. */
  contentHash: string | null;
}

export type DisputeRaised = DomainEvent<
  'DisputeRaised',
  {
    disputeId: string;
    compact: DisputeCompactReference;
    /** A copy of the compact's path when raised; the dispute keeps it if the compact's path is redefined. */
    escalationPath: EscalationPath;
    raisedBy: string;
    against: string[];
    about: DisputeSubject[];
    summary: string;
    raisedOn: CalendarDate;
    /** Always 1: a dispute starts at the first level, reached on raisedOn. */
    level: number;
  }
>;

export type DisputeResponded = DomainEvent<'DisputeResponded', { respondent: string; response: string; respondedOn: CalendarDate; level: number }>;

export type MediatorAppointed = DomainEvent<'MediatorAppointed', { level: number; mediator: Mediator; appointedOn: CalendarDate }>;

export type DisputeEscalated = DomainEvent<
  'DisputeEscalated',
  { fromLevel: number; toLevel: number; reason: string; requestedBy: string | null; escalatedOn: CalendarDate }
>;

export type IndependentChairAgreed = DomainEvent<
  'IndependentChairAgreed',
  { level: number; chair: IndependentChair; agreedBy: string[]; agreedOn: CalendarDate }
>;

export type DisputeEvidenceSubmitted = DomainEvent<
  'DisputeEvidenceSubmitted',
  { evidenceId: string; submittedBy: string; description: string; file: EvidenceFile; submittedOn: CalendarDate; level: number }
>;

export type DisputeResolved = DomainEvent<'DisputeResolved', { level: number; terms: string; agreedBy: string[]; resolvedOn: CalendarDate }>;

export type DisputeWithdrawn = DomainEvent<'DisputeWithdrawn', { level: number; withdrawnBy: string; reason: string; withdrawnOn: CalendarDate }>;

export type DisputeEvent =
  | DisputeRaised
  | DisputeResponded
  | MediatorAppointed
  | DisputeEscalated
  | IndependentChairAgreed
  | DisputeEvidenceSubmitted
  | DisputeResolved
  | DisputeWithdrawn;
export type DisputeEventType = DisputeEvent['type'];
