import { type CalendarDate, daysBetween } from '../compact/calendar-dates';
import { escalationLevel } from '../compact/escalation-path';
import type { DisputeEvent } from './dispute.events';
import { evolveDispute } from './dispute.evolve';
import { type DisputeState, disputeClosedOn, initialDisputeState } from './dispute.state';

/** One step of a replay: the event at this revision (0 for the first) and the dispute's state after it. */
export interface DisputeReplayStep {
  revision: number;
  /** Null where the stream holds an event of a type this version does not know: the state is as it was. */
  event: DisputeEvent | null;
  state: DisputeState;
}

/**
 * The dispute's state after each of its events, in order (GET /disputes/:id/replay?upTo=): a
 * mediator steps through the history; `steps[r].state` is the dispute as it stood after revision r.
 */
export function replayDispute(events: ReadonlyArray<DisputeEvent | null>): DisputeReplayStep[] {
  const steps: DisputeReplayStep[] = [];
  let state = initialDisputeState();
  events.forEach((event, revision) => {
    if (event !== null) state = evolveDispute(state, event);
    steps.push({ revision, event, state });
  });
  return steps;
}

/** A level on the escalation-path audit: when it was reached, by whose act and why, and how long the dispute stayed. */
export interface EscalationTimelineEntry {
  level: number;
  name: string;
  reachedOn: CalendarDate;
  /** `raised` for level 1, `escalated` for each later one. */
  reachedBy: 'raised' | 'escalated';
  reason: string | null;
  /** The party whose act reached it (the raiser for level 1), or null when a mediator or the secretariat recorded it. */
  requestedBy: string | null;
  /** The date it left the level (escalated, resolved or withdrawn); null while it is still there. */
  leftOn: CalendarDate | null;
  /** Days at the level, up to `leftOn`; null while it is still there. */
  days: number | null;
  /** How the dispute left it; null while it is still there. */
  outcome: 'escalated' | 'resolved' | 'withdrawn' | null;
}

/**
 * The escalation-path audit of one dispute: each level reached, in order. Levels cannot be skipped
 * (the decider refuses it), so the levels run 1, 2, ... without a gap; `skippedLevels` checks it.
 */
export function escalationTimeline(state: DisputeState): EscalationTimelineEntry[] {
  if (state.kind === 'none') return [];
  const closedOn = disputeClosedOn(state);
  return state.levelsReached.map((reached, i) => {
    const next = state.levelsReached[i + 1];
    const leftOn = next?.reachedOn ?? closedOn;
    const outcome = next ? 'escalated' : state.kind === 'open' ? null : state.kind;
    return {
      level: reached.level,
      name: escalationLevel(state.escalationPath.levels, reached.level)?.name ?? `Level ${reached.level}`,
      reachedOn: reached.reachedOn,
      reachedBy: i === 0 ? 'raised' : 'escalated',
      reason: reached.reason,
      requestedBy: reached.requestedBy,
      leftOn,
      days: leftOn === null ? null : daysBetween(reached.reachedOn, leftOn),
      outcome,
    };
  });
}

/** Levels passed over between those reached (always empty for a dispute the decider recorded). */
export function skippedLevels(state: DisputeState): number[] {
  if (state.kind === 'none') return [];
  const skipped: number[] = [];
  let expected = 1;
  for (const { level } of state.levelsReached) {
    for (; expected < level; expected++) skipped.push(expected);
    expected = level + 1;
  }
  return skipped;
}
