import type Database from 'better-sqlite3';
import { type DisputeEvent, disputeEventCodec, type EscalationLevel } from '@compact-ledger/domain';
import type { Actor, RecordedEvent } from '@compact-ledger/event-store';
import { documentProjection } from '../runner/projection';
import { DISPUTE_STREAM } from './dispute-document';

/** A level of a dispute's escalation path as the audit shows it: reached or not, when, by whose act, and what happened there. */
export interface AuditLevel {
  level: number;
  name: string;
  whoActs: string;
  reached: boolean;
  /** The date on the paper the level was reached (raised, for level 1; escalated, for the others). */
  reachedOn: string | null;
  /** When the ledger recorded the act that reached it. */
  recordedAt: string | null;
  reachedBy: 'raised' | 'escalated' | null;
  /** Who recorded that act (from its envelope). */
  actor: Actor | null;
  /** The party that asked for it (the raiser for level 1), or null when a mediator or the secretariat did. */
  requestedBy: string | null;
  reason: string | null;
  /** When the dispute left the level: escalated, resolved or withdrawn; null while it is there. */
  leftOn: string | null;
  outcome: 'escalated' | 'resolved' | 'withdrawn' | null;
  mediators: Array<{ subject: string; name: string; role: string; organisation: string | null; appointedOn: string }>;
  independentChair: { name: string; organisation: string | null; agreedBy: string[]; agreedOn: string } | null;
}

/** The escalation-path audit of one dispute, kept as it is read. */
export interface EscalationAuditDocument {
  disputeId: string;
  compactId: string;
  status: 'open' | 'resolved' | 'withdrawn';
  currentLevel: number;
  levels: AuditLevel[];
  /** Levels passed over between those reached: a dispute may not skip one, so a non-empty list is a finding. */
  skippedLevels: number[];
}

function emptyLevel({ level, name, whoActs }: EscalationLevel): AuditLevel {
  return {
    level,
    name,
    whoActs,
    reached: false,
    reachedOn: null,
    recordedAt: null,
    reachedBy: null,
    actor: null,
    requestedBy: null,
    reason: null,
    leftOn: null,
    outcome: null,
    mediators: [],
    independentChair: null,
  };
}

/** The audit after one more of the dispute's events; an event of a type this version does not know changes nothing. */
export function evolveEscalationAudit(audit: EscalationAuditDocument | null, recorded: RecordedEvent): EscalationAuditDocument | null {
  const event = disputeEventCodec.decode(recorded);
  if (event === null) return audit;
  if (event.type === 'DisputeRaised') {
    const { data } = event;
    const levels = data.escalationPath.levels.map(emptyLevel);
    const audit: EscalationAuditDocument = {
      disputeId: data.disputeId,
      compactId: data.compact.compactId,
      status: 'open',
      currentLevel: data.level,
      levels,
      skippedLevels: [],
    };
    return reach(audit, data.level, { reachedOn: data.raisedOn, reachedBy: 'raised', requestedBy: data.raisedBy, reason: null }, recorded);
  }
  return audit === null ? null : step(audit, event, recorded);
}

function step(audit: EscalationAuditDocument, event: Exclude<DisputeEvent, { type: 'DisputeRaised' }>, recorded: RecordedEvent): EscalationAuditDocument {
  switch (event.type) {
    case 'DisputeEscalated': {
      const { fromLevel, toLevel, reason, requestedBy, escalatedOn } = event.data;
      const left = atLevel(audit, fromLevel, (level) => ({ ...level, leftOn: escalatedOn, outcome: 'escalated' }));
      return reach({ ...left, currentLevel: toLevel }, toLevel, { reachedOn: escalatedOn, reachedBy: 'escalated', requestedBy, reason }, recorded);
    }
    case 'MediatorAppointed': {
      const { level, mediator, appointedOn } = event.data;
      const { subject, name, role, organisation } = mediator;
      return atLevel(audit, level, (at) => ({ ...at, mediators: [...at.mediators, { subject, name, role, organisation, appointedOn }] }));
    }
    case 'IndependentChairAgreed': {
      const { level, chair, agreedBy, agreedOn } = event.data;
      return atLevel(audit, level, (at) => ({ ...at, independentChair: { ...chair, agreedBy, agreedOn } }));
    }
    case 'DisputeResolved':
      return { ...atLevel(audit, event.data.level, (at) => ({ ...at, leftOn: event.data.resolvedOn, outcome: 'resolved' })), status: 'resolved' };
    case 'DisputeWithdrawn':
      return { ...atLevel(audit, event.data.level, (at) => ({ ...at, leftOn: event.data.withdrawnOn, outcome: 'withdrawn' })), status: 'withdrawn' };
    case 'DisputeResponded':
    case 'DisputeEvidenceSubmitted':
      return audit;
  }
}

function reach(
  audit: EscalationAuditDocument,
  level: number,
  how: Pick<AuditLevel, 'reachedOn' | 'reachedBy' | 'requestedBy' | 'reason'>,
  recorded: RecordedEvent,
): EscalationAuditDocument {
  const reached = atLevel(audit, level, (at) => ({ ...at, ...how, reached: true, recordedAt: recorded.metadata.recordedAt, actor: recorded.metadata.actor }));
  return { ...reached, skippedLevels: skipped(reached.levels) };
}

function atLevel(audit: EscalationAuditDocument, level: number, change: (at: AuditLevel) => AuditLevel): EscalationAuditDocument {
  return { ...audit, levels: audit.levels.map((at) => (at.level === level ? change(at) : at)) };
}

/** Levels not reached below the highest one reached. */
function skipped(levels: AuditLevel[]): number[] {
  const highest = Math.max(0, ...levels.filter((l) => l.reached).map((l) => l.level));
  return levels.filter((l) => !l.reached && l.level < highest).map((l) => l.level);
}

export const escalationAuditProjection = documentProjection<EscalationAuditDocument>({
  name: 'escalation_audit_v1',
  documentId: (event) => DISPUTE_STREAM.exec(event.streamId)?.[1] ?? null,
  evolve: evolveEscalationAudit,
});

/** One dispute's audit, or null. */
export function findEscalationAudit(db: Database.Database, disputeId: string): EscalationAuditDocument | null {
  return escalationAuditProjection.get(db, disputeId);
}
