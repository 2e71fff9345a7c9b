import type { AskPartnerToLeave } from '../compact/compact.commands';
import type { ResolveDispute } from '../dispute/dispute.commands';
import { assertNever } from '../shared/decider';
import { compactStream, disputeStream } from '../streams';
import type { DecisionRecorded } from './meeting.events';

/**
 * How a decision is named where it acted: `meeting/<meetingId>/decisions/<decisionId>`, the
 * `reference` of the compact's leaving basis `{ kind: 'decision', reference }`.
 */
export function decisionReference(meetingId: string, decisionId: string): string {
  return `meeting/${meetingId}/decisions/${decisionId}`;
}

/** The meeting and decision a reference names; null for a reference of another form (a paper's free text). */
export function parseDecisionReference(reference: string): { meetingId: string; decisionId: string } | null {
  const match = /^meeting\/([^/]+)\/decisions\/([^/]+)$/.exec(reference);
  return match ? { meetingId: match[1], decisionId: match[2] } : null;
}

/** The command a decision's consequence issues, and the stream it goes to. */
export type DecisionConsequenceCommand =
  { aggregate: 'compact'; compactId: string; stream: string; command: AskPartnerToLeave } | { aggregate: 'dispute'; stream: string; command: ResolveDispute };

/**
 * What follows from a decision: the command the saga sends to the compact's or the dispute's
 * stream, derived from the decision's event alone (so a replay derives the same one); null for a
 * decision with no consequence.
 */
export function decisionConsequence(event: DecisionRecorded): DecisionConsequenceCommand | null {
  const { consequence, meetingId, decisionId } = event.data;
  if (consequence === null || !event.data.carried) return null;
  switch (consequence.kind) {
    case 'ask-partner-to-leave':
      return {
        aggregate: 'compact',
        compactId: consequence.compactId,
        stream: compactStream(consequence.compactId),
        command: {
          type: 'AskPartnerToLeave',
          data: {
            organisationId: consequence.organisationId,
            reason: consequence.reason,
            basis: { kind: 'decision', reference: decisionReference(meetingId, decisionId) },
            effectiveOn: consequence.effectiveOn,
          },
        },
      };
    case 'resolve-dispute':
      return {
        aggregate: 'dispute',
        stream: disputeStream(consequence.disputeId),
        command: { type: 'ResolveDispute', data: { terms: consequence.terms, agreedBy: [...consequence.agreedBy], resolvedOn: consequence.resolvedOn } },
      };
    default:
      return assertNever(consequence);
  }
}
