import type { CalendarDate } from '../compact/calendar-dates';
import { type EscalationLevel, type EscalationPath, escalationLevel } from '../compact/escalation-path';
import type { DisputeSubject, EvidenceFile, IndependentChair, Mediator } from './dispute.commands';
import type { DisputeCompactReference } from './dispute.events';

/** A level the dispute reached: level 1 when raised, each later one by an escalation. */
export interface LevelReached {
  level: number;
  reachedOn: CalendarDate;
  /** Why it was escalated to this level; null for level 1 (reached by raising). */
  reason: string | null;
  /** The party that asked for the escalation; for level 1, the raiser; null when a mediator or the secretariat recorded it. */
  requestedBy: string | null;
}

export interface MediatorAppointment extends Mediator {
  level: number;
  appointedOn: CalendarDate;
}

export interface DisputeResponse {
  respondent: string;
  response: string;
  respondedOn: CalendarDate;
  level: number;
}

export interface IndependentChairAgreement {
  level: number;
  chair: IndependentChair;
  agreedBy: string[];
  agreedOn: CalendarDate;
}

export interface EvidenceRecord {
  evidenceId: string;
  submittedBy: string;
  description: string;
  file: EvidenceFile;
  submittedOn: CalendarDate;
  level: number;
}

export interface DisputeResolution {
  level: number;
  terms: string;
  agreedBy: string[];
  resolvedOn: CalendarDate;
}

export interface DisputeWithdrawal {
  level: number;
  withdrawnBy: string;
  reason: string;
  withdrawnOn: CalendarDate;
}

/** A raised dispute: open, or closed by a resolution or a withdrawal. */
export interface Dispute {
  kind: 'open' | 'resolved' | 'withdrawn';
  disputeId: string;
  compact: DisputeCompactReference;
  /** The path the dispute was raised under (a copy; the compact's may since have changed). */
  escalationPath: EscalationPath;
  raisedBy: string;
  against: string[];
  about: DisputeSubject[];
  summary: string;
  raisedOn: CalendarDate;
  currentLevel: number;
  /** Oldest first; the last is the current level. */
  levelsReached: LevelReached[];
  mediators: MediatorAppointment[];
  responses: DisputeResponse[];
  /** The independent chair agreed at an independent-chair level; null until one is. */
  independentChair: IndependentChairAgreement | null;
  evidence: EvidenceRecord[];
  resolution: DisputeResolution | null;
  withdrawal: DisputeWithdrawal | null;
  /** The date of the latest step: no later step may be dated before it. */
  lastStepOn: CalendarDate;
}

export type DisputeState = { kind: 'none' } | Dispute;

export const initialDisputeState = (): DisputeState => ({ kind: 'none' });

/** The parties: the raiser first, then those it was raised against, in order. Empty before it is raised. */
export function disputeParties(state: DisputeState): string[] {
  return state.kind === 'none' ? [] : [state.raisedBy, ...state.against];
}

export function isDisputeParty(state: DisputeState, organisationId: string): boolean {
  return disputeParties(state).includes(organisationId);
}

/** Whether the subject (a token's `sub`) was appointed mediator at any level of this dispute. */
export function isAppointedMediator(state: DisputeState, subject: string): boolean {
  return state.kind !== 'none' && state.mediators.some((m) => m.subject === subject);
}

/** The level the dispute is at, from the path it was raised under; undefined before it is raised. */
export function currentEscalationLevel(state: DisputeState): EscalationLevel | undefined {
  return state.kind === 'none' ? undefined : escalationLevel(state.escalationPath.levels, state.currentLevel);
}

/** The date the dispute was resolved or withdrawn; null while open. */
export function disputeClosedOn(dispute: Dispute): CalendarDate | null {
  return dispute.resolution?.resolvedOn ?? dispute.withdrawal?.withdrawnOn ?? null;
}
