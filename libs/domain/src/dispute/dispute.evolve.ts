import { assertNever } from '../shared/decider';
import type { DisputeEvent } from './dispute.events';
import type { Dispute, DisputeState } from './dispute.state';

/** Folds one fact into the dispute. Total and pure: a fact before DisputeRaised is ignored. */
export function evolveDispute(state: DisputeState, event: DisputeEvent): DisputeState {
  if (event.type === 'DisputeRaised') {
    const { disputeId, compact, escalationPath, raisedBy, against, about, summary, raisedOn, level } = event.data;
    return {
      kind: 'open',
      disputeId,
      compact,
      escalationPath,
      raisedBy,
      against,
      about,
      summary,
      raisedOn,
      currentLevel: level,
      levelsReached: [{ level, reachedOn: raisedOn, reason: null, requestedBy: raisedBy }],
      mediators: [],
      responses: [],
      independentChair: null,
      evidence: [],
      resolution: null,
      withdrawal: null,
      lastStepOn: raisedOn,
    };
  }
  if (state.kind === 'none') return state;
  return evolveRaised(state, event);
}

function evolveRaised(state: Dispute, event: Exclude<DisputeEvent, { type: 'DisputeRaised' }>): Dispute {
  switch (event.type) {
    case 'DisputeResponded':
      return { ...state, responses: [...state.responses, { ...event.data }], lastStepOn: event.data.respondedOn };
    case 'MediatorAppointed': {
      const { level, mediator, appointedOn } = event.data;
      return { ...state, mediators: [...state.mediators, { ...mediator, level, appointedOn }], lastStepOn: appointedOn };
    }
    case 'DisputeEscalated': {
      const { toLevel, reason, requestedBy, escalatedOn } = event.data;
      return {
        ...state,
        currentLevel: toLevel,
        levelsReached: [...state.levelsReached, { level: toLevel, reachedOn: escalatedOn, reason, requestedBy }],
        lastStepOn: escalatedOn,
      };
    }
    case 'IndependentChairAgreed':
      return { ...state, independentChair: { ...event.data }, lastStepOn: event.data.agreedOn };
    case 'DisputeEvidenceSubmitted':
      return { ...state, evidence: [...state.evidence, { ...event.data }], lastStepOn: event.data.submittedOn };
    case 'DisputeResolved':
      return { ...state, kind: 'resolved', resolution: { ...event.data }, lastStepOn: event.data.resolvedOn };
    case 'DisputeWithdrawn':
      return { ...state, kind: 'withdrawn', withdrawal: { ...event.data }, lastStepOn: event.data.withdrawnOn };
    default:
      return assertNever(event);
  }
}
