import { eventCodec } from '../shared/event-codec';
import type { BoardEvent } from './board.events';

/** Stored board events to the typed union; upcasters for older shapes go here. */
export const boardEventCodec = eventCodec<BoardEvent>({
  BoardEstablished: true,
  TermsOfReferenceAdopted: true,
});
