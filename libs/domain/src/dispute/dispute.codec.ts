import { upcastDate } from '../compact/paper-date';
import { eventCodec } from '../shared/event-codec';
import type { DisputeEvent, DisputeRaised } from './dispute.events';

/**
 * Stored dispute events to the typed union; upcasters for older shapes go here. A dispute
 * raised before dates carried their precision holds its path's `effectiveOn` as a string: it
 * becomes an exact PaperDate. The dispute's own steps are dated in the ledger's time and stay
 * `YYYY-MM-DD`.
 */
export const disputeEventCodec = eventCodec<DisputeEvent>(
  {
  DisputeRaised: true,
  DisputeResponded: true,
  MediatorAppointed: true,
  DisputeEscalated: true,
  IndependentChairAgreed: true,
  DisputeEvidenceSubmitted: true,
  DisputeResolved: true,
  DisputeWithdrawn: true,
  },
  {
    DisputeRaised: (data) => {
      const d = data as DisputeRaised['data'];
      return { type: 'DisputeRaised', data: { ...d, escalationPath: { ...d.escalationPath, effectiveOn: upcastDate(d.escalationPath.effectiveOn) } } };
    },
  },
);
