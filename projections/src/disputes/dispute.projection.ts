import { disputeEventCodec, type DisputeState, escalationTimeline, evolveDispute, initialDisputeState, skippedLevels } from '@compact-ledger/domain';
import type { Actor, RecordedEvent } from '@compact-ledger/event-store';
import { documentProjection } from '../runner/projection';

/** One recorded step of a dispute: the domain sees no envelope; the audit shows who acted and when it was recorded. */
export interface DisputeStep {
  revision: number;
  position: number;
  type: string;
  actor: Actor;
  recordedAt: string;
  effectiveAt: string | null;
}

/** One dispute, folded with the domain's evolve, and the envelope of each of its events. */
export interface DisputeView {
  disputeId: string;
  state: DisputeState;
  steps: DisputeStep[];
}

const DISPUTE_STREAM = /^dispute-(.+)$/;

export function evolveDisputeView(view: DisputeView | null, event: RecordedEvent): DisputeView {
  const disputeId = DISPUTE_STREAM.exec(event.streamId)![1];
  const decoded = disputeEventCodec.decode(event);
  // An event of a type this version does not know is skipped: it stays in the stream for a newer version to read.
  const state = decoded === null ? (view?.state ?? initialDisputeState()) : evolveDispute(view?.state ?? initialDisputeState(), decoded);
  const step: DisputeStep = {
    revision: event.revision,
    position: event.position,
    type: event.type,
    actor: event.metadata.actor,
    recordedAt: event.metadata.recordedAt,
    effectiveAt: event.metadata.effectiveAt,
  };
  return { disputeId, state, steps: [...(view?.steps ?? []), step] };
}

export const disputeProjection = documentProjection<DisputeView>({
  name: 'disputes_v1',
  documentId: (event) => DISPUTE_STREAM.exec(event.streamId)?.[1] ?? null,
  evolve: evolveDisputeView,
});

/** A level of the escalation-path audit: reached when, by whose act, how long the dispute stayed, and who acted there. */
export interface EscalationAuditLevel {
  level: number;
  name: string;
  whoActs: string;
  reached: boolean;
  reachedOn: string | null;
  recordedAt: string | null;
  reachedBy: 'raised' | 'escalated' | null;
  /** The person who recorded the act that reached the level (from the envelope). */
  actor: Actor | null;
  /** The party that asked for it (the raiser for level 1), or null when a mediator or the secretariat did. */
  requestedBy: string | null;
  reason: string | null;
  leftOn: string | null;
  days: number | null;
  outcome: 'escalated' | 'resolved' | 'withdrawn' | null;
  mediators: Array<{ subject: string; name: string; role: string; organisation: string | null; appointedOn: string }>;
  independentChair: { name: string; organisation: string | null; agreedBy: string[]; agreedOn: string } | null;
}

export interface EscalationAudit {
  disputeId: string;
  compactId: string;
  status: 'open' | 'resolved' | 'withdrawn';
  currentLevel: number;
  levels: EscalationAuditLevel[];
  /** Levels passed over between those reached: a dispute may not skip one, so a non-empty list is a finding. */
  skippedLevels: number[];
}

/**
 * The escalation-path audit of one dispute (DOMAIN.md): every level of the path it
 * was raised under, each reached level with the date on the paper, the time the
 * ledger recorded it, whose act reached it, and how long the dispute stayed there.
 */
export function escalationAudit(view: DisputeView): EscalationAudit | null {
  const dispute = view.state;
  if (dispute.kind === 'none') return null;
  const timeline = escalationTimeline(dispute);
  // Level 1 is reached by DisputeRaised, each later one by the next DisputeEscalated.
  const reachingSteps = view.steps.filter((s) => s.type === 'DisputeRaised' || s.type === 'DisputeEscalated');
  const levels = dispute.escalationPath.levels.map((pathLevel): EscalationAuditLevel => {
    const index = timeline.findIndex((t) => t.level === pathLevel.level);
    const entry = index >= 0 ? timeline[index] : null;
    const step = index >= 0 ? (reachingSteps[index] ?? null) : null;
    const chair = dispute.independentChair?.level === pathLevel.level ? dispute.independentChair : null;
    return {
      level: pathLevel.level,
      name: pathLevel.name,
      whoActs: pathLevel.whoActs,
      reached: entry !== null,
      reachedOn: entry?.reachedOn ?? null,
      recordedAt: step?.recordedAt ?? null,
      reachedBy: entry?.reachedBy ?? null,
      actor: step?.actor ?? null,
      requestedBy: entry?.requestedBy ?? null,
      reason: entry?.reason ?? null,
      leftOn: entry?.leftOn ?? null,
      days: entry?.days ?? null,
      outcome: entry?.outcome ?? null,
      mediators: dispute.mediators
        .filter((m) => m.level === pathLevel.level)
        .map(({ subject, name, role, organisation, appointedOn }) => ({ subject, name, role, organisation, appointedOn })),
      independentChair: chair ? { ...chair.chair, agreedBy: chair.agreedBy, agreedOn: chair.agreedOn } : null,
    };
  });
  return {
    disputeId: view.disputeId,
    compactId: dispute.compact.compactId,
    status: dispute.kind,
    currentLevel: dispute.currentLevel,
    levels,
    skippedLevels: skippedLevels(dispute),
  };
}
