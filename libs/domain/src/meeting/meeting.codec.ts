import { eventCodec } from '../shared/event-codec';
import type { MeetingEvent } from './meeting.events';

/** Stored meeting events to the typed union; upcasters for older shapes go here. */
export const meetingEventCodec = eventCodec<MeetingEvent>({
  MeetingScheduled: true,
  MeetingCancelled: true,
  AgendaItemAdded: true,
  PapersCirculated: true,
  MeetingHeld: true,
  InterestDeclared: true,
  DecisionRecorded: true,
  DraftMinutesCirculated: true,
  MinutesApproved: true,
});
