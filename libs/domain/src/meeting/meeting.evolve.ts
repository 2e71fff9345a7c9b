import { assertNever } from '../shared/decider';
import type { MeetingEvent } from './meeting.events';
import type { Meeting, MeetingState } from './meeting.state';

/** Folds one fact into the meeting. Total and pure: a fact before MeetingScheduled is ignored. */
export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled') {
    return {
      kind: 'scheduled',
      ...event.data,
      agenda: [],
      papers: [],
      attendance: null,
      quorum: null,
      declarations: [],
      decisions: [],
      draftMinutes: null,
      minutesApproval: null,
      cancellation: null,
    };
  }
  if (state.kind === 'none') return state;
  return evolveScheduled(state, event);
}

function evolveScheduled(state: Meeting, event: Exclude<MeetingEvent, { type: 'MeetingScheduled' }>): Meeting {
  switch (event.type) {
    case 'MeetingCancelled':
      return { ...state, kind: 'cancelled', cancellation: { ...event.data } };
    case 'AgendaItemAdded':
      return { ...state, agenda: [...state.agenda, { ...event.data }] };
    case 'PapersCirculated':
      return { ...state, papers: [...state.papers, { ...event.data }] };
    case 'MeetingHeld':
      return { ...state, kind: 'held', attendance: event.data.attendance, quorum: event.data.quorum };
    case 'InterestDeclared':
      return { ...state, declarations: [...state.declarations, { ...event.data }] };
    case 'DecisionRecorded':
      return { ...state, decisions: [...state.decisions, { ...event.data }] };
    case 'DraftMinutesCirculated':
      return { ...state, draftMinutes: { ...event.data } };
    case 'MinutesApproved':
      return { ...state, minutesApproval: { ...event.data } };
    default:
      return assertNever(event);
  }
}
