/*
 * Test fixtures for the meeting specs: meetings of the South Nottinghamshire Transformation
 * Board (001 appendix 1) and of Haringey and Islington's two boards (004). The papers give no
 * meeting dates, so every meeting date and every item below is illustrative, apart from what
 * 001 says: "All comments from the Health and Wellbeing Boards, CCG Governing Bodies and
 * organisational Boards will be discussed at the February meeting of the South Nottinghamshire
 * Transformation Board". Not exported from the library.
 */
import { haringey, sntb } from './board.fixtures';
import type { BoardState } from '../src/board/board.state';
import type { CompactState } from '../src/compact/compact.state';
import { englandCalendar } from './working-days.fixtures';
import { DeciderSpecification } from '../src/shared/decider-specification';
import type { AttendanceEntry, AttendanceStatus, MeetingCommand, RecordDecision } from '../src/meeting/meeting.commands';
import { createMeetingDecider } from '../src/meeting/meeting.decider';
import type { MeetingEvent } from '../src/meeting/meeting.events';
import type { Meeting, MeetingState } from '../src/meeting/meeting.state';
import { meetingBoardSnapshot } from '../src/meeting/meeting-snapshots';

export const meetingDecider = createMeetingDecider({ calendar: englandCalendar });
export const givenMeeting = (events: MeetingEvent[]) => DeciderSpecification.for(meetingDecider).given(events);
export const meetingStateOf = (events: MeetingEvent[]): MeetingState => events.reduce(meetingDecider.evolve, meetingDecider.initialState());
export const meetingOf = (events: MeetingEvent[]): Meeting => meetingStateOf(events) as Meeting;
export function runMeeting(events: MeetingEvent[], ...commands: MeetingCommand[]): MeetingEvent[] {
  return commands.reduce((all, command) => [...all, ...meetingDecider.decide(command, meetingStateOf(all))], events);
}

export function schedule(meetingId: string, meetingDate: string, title: string, board: BoardState, compact: CompactState, compactBoards: BoardState[] = []): MeetingCommand {
  return { type: 'ScheduleMeeting', data: { meetingId, board: meetingBoardSnapshot(board, compactBoards, compact, meetingDate), meetingDate, title } };
}

export const addItem = (item: string, title: string, receivedOn: string, proposedBy: string | null = null): MeetingCommand => ({
  type: 'AddAgendaItem',
  data: { item, title, proposedBy, receivedOn },
});

export const papers = (item: string, circulatedOn: string, title = `Paper for item ${item}`): MeetingCommand => ({ type: 'CirculatePapers', data: { item, title, circulatedOn } });

/** Every voting seat with a lead present, apart from those given; seats in attendance absent unless given. */
export function attendance(seatIds: string[], overrides: Record<string, AttendanceStatus> = {}): MeetingCommand {
  const entries: AttendanceEntry[] = seatIds.map((seatId) => ({ seatId, status: overrides[seatId] ?? 'lead-present' }));
  for (const [seatId, status] of Object.entries(overrides)) if (!seatIds.includes(seatId)) entries.push({ seatId, status });
  return { type: 'RecordMeetingHeld', data: { attendance: entries } };
}

export const declare = (
  declarationId: string,
  seatId: string,
  items: string[],
  handling: 'may-take-part' | 'excluded-from-items' = 'excluded-from-items',
  interest = 'Illustrative: provides services within the scope of the item',
): MeetingCommand => ({
  type: 'DeclareInterest',
  data: { declarationId, seatId, interest, nature: 'commercial-arrangement', items, handling },
});

export const decide = (decisionId: string, item: string, overrides: Partial<RecordDecision['data']> = {}): MeetingCommand => ({
  type: 'RecordDecision',
  data: { decisionId, item, resolution: `Illustrative resolution on item ${item}`, outcome: { kind: 'consensus' }, value: null, consequence: null, ...overrides },
});

// ---------------------------------------------------------------- 001: the Transformation Board, February 2015 (date illustrative)

export const SNTB_VOTING = sntb.members.filter((s) => s.lead !== null).map((s) => s.seatId);

export const february = (() => {
  const meetingId = 'sntb-2015-02';
  /** Illustrative date: Tuesday 24 February 2015 ("the February meeting"). */
  const scheduled = runMeeting([], schedule(meetingId, '2015-02-24', 'South Nottinghamshire Transformation Board, February 2015', sntb.state, sntb.compactState));
  const withAgenda = runMeeting(
    scheduled,
    addItem('3', 'Comments from the Health and Wellbeing Boards, CCG Governing Bodies and organisational Boards on the Compact', '2015-02-09'),
    addItem('4', 'Urgent care strategy (illustrative)', '2015-02-10', 'nhs-nottingham-city-ccg'),
  );
  /** Twelve of the sixteen voting seats present (exactly quorate): Primary Care has no lead (Tbc), three send apologies. */
  const twelvePresent = attendance(SNTB_VOTING, {
    'east-midlands-ambulance': 'apologies',
    'nottinghamshire-county-council': 'apologies',
    'nhs-rushcliffe-ccg': 'apologies',
    'nhs-nottingham-west-ccg': 'deputy-present',
    'administration-support': 'lead-present',
  });
  const held = runMeeting(withAgenda, twelvePresent);
  return { meetingId, scheduled, withAgenda, twelvePresent, held };
})();

// ---------------------------------------------------------------- 004: the two boards (dates and items illustrative)

export const HARINGEY_SEATS = haringey.partnerSeats.map((s) => s.seatId);
const haringeyBoards = [haringey.partnershipBoardState, haringey.deliveryBoardState];

export function haringeyMeeting(board: 'partnership' | 'delivery', meetingId: string, meetingDate: string): MeetingEvent[] {
  const state = board === 'partnership' ? haringey.partnershipBoardState : haringey.deliveryBoardState;
  const name = board === 'partnership' ? 'Wellbeing Partnership Board' : 'Programme Delivery Board';
  return runMeeting([], schedule(meetingId, meetingDate, `${name}, ${meetingDate} (illustrative)`, state, haringey.compactState, haringeyBoards));
}
