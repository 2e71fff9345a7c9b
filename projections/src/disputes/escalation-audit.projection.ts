import type Database from 'better-sqlite3';
import { daysBetween, type DisputeEvent, disputeEventCodec, type EscalationLevel, type EvidenceFile, type WorkingDayCalendar } from '@compact-ledger/domain';
import type { Actor, RecordedEvent } from '@compact-ledger/event-store';
import { documentProjection } from '../runner/projection';
import { DISPUTE_STREAM } from './dispute-document';

/** A level of a dispute's escalation path as the audit shows it: reached or not, when, by whose act, and what happened there. */
export interface AuditLevel {
  level: number;
  name: string;
  whoActs: string;
  /** The path's time limit for the level, in working days; null where it sets none. */
  workingDayLimit: number | null;
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
  /** The parties' responses made while the dispute was at the level. */
  responses: Array<{ respondent: string; response: string; respondedOn: string }>;
  /** The evidence submitted at the level, each file by its SHA-256. */
  evidence: Array<{ evidenceId: string; submittedBy: string; description: string; file: EvidenceFile; submittedOn: string }>;
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

function emptyLevel({ level, name, whoActs, workingDayLimit }: EscalationLevel): AuditLevel {
  return {
    level,
    name,
    whoActs,
    workingDayLimit: workingDayLimit ?? null,
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
    responses: [],
    evidence: [],
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
    case 'DisputeResponded': {
      const { level, respondent, response, respondedOn } = event.data;
      return atLevel(audit, level, (at) => ({ ...at, responses: [...at.responses, { respondent, response, respondedOn }] }));
    }
    case 'DisputeEvidenceSubmitted': {
      const { level, evidenceId, submittedBy, description, file, submittedOn } = event.data;
      return atLevel(audit, level, (at) => ({ ...at, evidence: [...at.evidence, { evidenceId, submittedBy, description, file, submittedOn }] }));
    }
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
  // v2: each level's time limit, and the responses and evidence at it.
  name: 'escalation_audit_v2',
  documentId: (event) => DISPUTE_STREAM.exec(event.streamId)?.[1] ?? null,
  evolve: evolveEscalationAudit,
});

/** One dispute's audit, or null. */
export function findEscalationAudit(db: Database.Database, disputeId: string): EscalationAuditDocument | null {
  return escalationAuditProjection.get(db, disputeId);
}

/** A level as at a date: the time spent there in calendar and working days, against its limit. */
export interface AuditLevelAsOf extends AuditLevel {
  /** The date the spans count to: `leftOn`, or the as-of date for a level still open then; null for a level not reached. */
  countedTo: string | null;
  calendarDays: number | null;
  /** The same as calendarDays (kept for readers of the first audit). */
  days: number | null;
  workingDays: number | null;
  /** The last working day within the limit; null without a limit or before the level is reached. */
  dueBy: string | null;
  /** Over the limit (is, for an open level; was, for one left); null without a limit or before the level is reached. */
  overdue: boolean | null;
  workingDaysOverdue: number | null;
}

export interface EscalationAuditAsOf extends Omit<EscalationAuditDocument, 'levels'> {
  asOf: string;
  levels: AuditLevelAsOf[];
}

/**
 * The audit as it stood on a date, with the days each level took: what had happened by then
 * (a level reached, an outcome, a response or evidence dated later is not yet there), and for
 * each level reached the calendar and working days from reaching it to leaving it, or to the
 * as-of date while it is still open, against the path's limit in working days.
 */
export function escalationAuditAsOf(audit: EscalationAuditDocument, asOf: string, calendar: WorkingDayCalendar): EscalationAuditAsOf {
  const levels = audit.levels.map((at): AuditLevelAsOf => {
    if (!at.reached || at.reachedOn === null || at.reachedOn > asOf) {
      return {
        ...emptyLevel({ level: at.level, name: at.name, whoActs: at.whoActs, mediation: false, independentChair: false }),
        workingDayLimit: at.workingDayLimit,
        countedTo: null,
        calendarDays: null,
        days: null,
        workingDays: null,
        dueBy: null,
        overdue: null,
        workingDaysOverdue: null,
      };
    }
    const left = at.leftOn !== null && at.leftOn <= asOf;
    const countedTo = left ? (at.leftOn as string) : asOf;
    const calendarDays = daysBetween(at.reachedOn, countedTo);
    const workingDays = calendar.workingDaysBetween(at.reachedOn, countedTo);
    const limit = at.workingDayLimit;
    const overdue = limit === null ? null : workingDays > limit;
    return {
      ...at,
      leftOn: left ? at.leftOn : null,
      outcome: left ? at.outcome : null,
      mediators: at.mediators.filter((m) => m.appointedOn <= asOf),
      independentChair: at.independentChair && at.independentChair.agreedOn <= asOf ? at.independentChair : null,
      responses: at.responses.filter((r) => r.respondedOn <= asOf),
      evidence: at.evidence.filter((e) => e.submittedOn <= asOf),
      countedTo,
      calendarDays,
      days: calendarDays,
      workingDays,
      dueBy: limit === null ? null : calendar.addWorkingDays(at.reachedOn, limit),
      overdue,
      workingDaysOverdue: overdue ? workingDays - (limit as number) : null,
    };
  });
  const reached = levels.filter((l) => l.reached);
  const closed = reached.find((l) => l.outcome === 'resolved' || l.outcome === 'withdrawn');
  return {
    ...audit,
    asOf,
    status: closed ? (closed.outcome as 'resolved' | 'withdrawn') : 'open',
    currentLevel: reached.length > 0 ? reached[reached.length - 1].level : audit.currentLevel,
    levels,
    skippedLevels: skipped(levels),
  };
}
