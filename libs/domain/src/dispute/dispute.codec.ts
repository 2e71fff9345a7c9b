import { eventCodec } from '../shared/event-codec';
import type { DisputeEvent } from './dispute.events';

/** Stored dispute events to the typed union; upcasters for older shapes go here. */
export const disputeEventCodec = eventCodec<DisputeEvent>({
  DisputeRaised: true,
  DisputeResponded: true,
  MediatorAppointed: true,
  DisputeEscalated: true,
  IndependentChairAgreed: true,
  DisputeEvidenceSubmitted: true,
  DisputeResolved: true,
  DisputeWithdrawn: true,
});
