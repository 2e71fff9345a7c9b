import { eventCodec } from '../shared/event-codec';
import type { CompactEvent } from './compact.events';

/** Stored compact events to the typed union; upcasters for older shapes go here. */
export const compactEventCodec = eventCodec<CompactEvent>({
  CompactDrafted: true,
  CompactVersionPublished: true,
  PartnerAdmitted: true,
  PartnerRepresentativesChanged: true,
  PartnerWithdrawn: true,
  PartnerAskedToLeave: true,
  BoardEndorsementRecorded: true,
  PartnerSigned: true,
  CompactTermSet: true,
  CompactCameIntoForce: true,
  CompactTerminated: true,
  CompactSuperseded: true,
  EscalationPathDefined: true,
  EventCorrected: true,
});
