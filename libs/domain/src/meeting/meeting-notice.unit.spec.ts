import { sntb } from '../../testing/board.fixtures';
import { NotFoundInDomain } from '../shared/decider';
import type { MeetingCommand } from './meeting.commands';
import { addItem, attendance, february, givenMeeting, meetingOf, papers, runMeeting, schedule, SNTB_VOTING } from '../../testing/meeting.fixtures';

const draftMinutes = (circulatedOn: string): MeetingCommand => ({ type: 'CirculateDraftMinutes', data: { circulatedOn } });
const cancel = (cancelledOn: string, reason = 'Illustrative: not enough business'): MeetingCommand => ({
  type: 'CancelMeeting',
  data: { reason, cancelledOn },
});
const sntbMeeting = (meetingId: string, date: string) =>
  schedule(meetingId, date, `South Nottinghamshire Transformation Board, ${date}`, sntb.state, sntb.compactState);

describe('ScheduleMeeting: notice deadlines in working days from the terms of reference (001 appendix 1, section 8)', () => {
  it('given the Transformation Board, when the February 2015 meeting is scheduled for Tuesday 24 February, then agenda items are due by 10 February, papers by 17 February and draft minutes by 10 March', () => {
    givenMeeting([])
      .when(sntbMeeting('sntb-2015-02', '2015-02-24'))
      .then(([event]) => {
        expect(event.type).toBe('MeetingScheduled');
        const data = meetingOf([event]);
        expect(data.deadlines).toEqual({ agendaItemsBy: '2015-02-10', papersBy: '2015-02-17', draftMinutesBy: '2015-03-10' });
        expect([data.boardId, data.compactId, data.termsOfReference.version]).toEqual([
          'south-nottinghamshire-transformation-board',
          'south-nottinghamshire',
          '1',
        ]);
        expect(event.effectiveAt).toBe('2015-02-24');
      });
  });

  it('given a meeting after Easter 2015 (Tuesday 14 April), then the deadlines skip Good Friday and Easter Monday: agenda 27 March, papers 7 April, minutes 28 April', () => {
    expect(meetingOf(runMeeting([], sntbMeeting('sntb-2015-04', '2015-04-14'))).deadlines).toEqual({
      agendaItemsBy: '2015-03-27',
      papersBy: '2015-04-07',
      draftMinutesBy: '2015-04-28',
    });
  });

  it('given a meeting on Tuesday 15 December 2015, then the draft minutes are due on 31 December: counting over Christmas Day and the Boxing Day substitute, not on 29 December', () => {
    expect(meetingOf(runMeeting([], sntbMeeting('sntb-2015-12', '2015-12-15'))).deadlines.draftMinutesBy).toBe('2015-12-31');
  });

  it('given a meeting on Tuesday 5 January 2016, then agenda items were due on Thursday 17 December 2015, counting back over New Year and Christmas', () => {
    // 4 Jan (1), 1 Jan holiday, 31, 30, 29 Dec (2-4), 28 and 25 Dec holidays, 24, 23, 22, 21, 18, 17 Dec (5-10).
    expect(meetingOf(runMeeting([], sntbMeeting('sntb-2016-01', '2016-01-05'))).deadlines.agendaItemsBy).toBe('2015-12-17');
  });

  it('given the board with terms from 30 September 2014, when a meeting is scheduled for 23 September 2014, then board-has-no-terms-of-reference', () => {
    givenMeeting([]).when(sntbMeeting('sntb-2014-09', '2014-09-23')).thenThrows('board-has-no-terms-of-reference');
  });

  it('given a meeting, when it is scheduled again, then meeting-already-scheduled; given none, when an item is added, then NotFoundInDomain', () => {
    givenMeeting(february.scheduled).when(sntbMeeting('sntb-2015-02', '2015-02-24')).thenThrows('meeting-already-scheduled');
    givenMeeting([])
      .when(addItem('3', 'x', '2015-02-01'))
      .thenThrows(NotFoundInDomain);
  });
});

describe('AddAgendaItem: "up to 10 working days before each meeting"; late items are marked, not refused', () => {
  it('given the February meeting, when item 4 is received on 10 February (the deadline), then it is on time, 10 working days before', () => {
    givenMeeting(february.scheduled)
      .when(addItem('4', 'Urgent care strategy (illustrative)', '2015-02-10', 'nhs-nottingham-city-ccg'))
      .then([
        {
          type: 'AgendaItemAdded',
          data: {
            item: '4',
            title: 'Urgent care strategy (illustrative)',
            proposedBy: 'nhs-nottingham-city-ccg',
            receivedOn: '2015-02-10',
            dueBy: '2015-02-10',
            workingDaysBefore: 10,
            late: false,
          },
          effectiveAt: '2015-02-10',
        },
      ]);
  });

  it('given the February meeting, when an item is received on 11 February, then it is recorded as late, 9 working days before', () => {
    givenMeeting(february.scheduled)
      .when(addItem('5', 'Additional item taken by exception (illustrative)', '2015-02-11'))
      .then(([event]) => expect(event.data).toMatchObject({ item: '5', late: true, workingDaysBefore: 9, dueBy: '2015-02-10' }));
  });

  it('given item 4, when another item 4 is added, then agenda-item-repeated', () => {
    givenMeeting(february.withAgenda)
      .when(addItem('4', 'Another', '2015-02-01'))
      .thenThrows('agenda-item-repeated');
  });

  it('given the February meeting, when an item is received after the meeting, then agenda-item-after-meeting', () => {
    givenMeeting(february.scheduled)
      .when(addItem('6', 'After the event', '2015-02-25'))
      .thenThrows('agenda-item-after-meeting');
  });

  it('given the February meeting, when an item is proposed by a seat the terms do not have, then seat-unknown', () => {
    givenMeeting(february.scheduled)
      .when(addItem('6', 'From outside', '2015-02-01', 'derbyshire-ccg'))
      .thenThrows('seat-unknown');
  });
});

describe('CirculatePapers: "5 working days before each meeting"; late papers are marked, not refused', () => {
  it('given item 4, when its paper is circulated on 17 February, then on time; on 18 February, late', () => {
    givenMeeting(february.withAgenda)
      .when(papers('4', '2015-02-17', 'Urgent care strategy 2015-2020 (illustrative)'))
      .then([
        {
          type: 'PapersCirculated',
          data: {
            item: '4',
            title: 'Urgent care strategy 2015-2020 (illustrative)',
            circulatedOn: '2015-02-17',
            dueBy: '2015-02-17',
            workingDaysBefore: 5,
            late: false,
          },
          effectiveAt: '2015-02-17',
        },
      ]);
    givenMeeting(february.withAgenda)
      .when(papers('4', '2015-02-18'))
      .then(([event]) => expect(event.data).toMatchObject({ late: true, workingDaysBefore: 4 }));
  });

  it('given the agenda, when papers are circulated for an item not on it, or after the meeting, then agenda-item-not-found / papers-after-meeting', () => {
    givenMeeting(february.withAgenda).when(papers('9', '2015-02-16')).thenThrows('agenda-item-not-found');
    givenMeeting(february.withAgenda).when(papers('4', '2015-02-25')).thenThrows('papers-after-meeting');
  });
});

describe('CirculateDraftMinutes: "within 10 working days of the meeting being held"', () => {
  it('given the February meeting held, when the draft minutes are circulated on 10 March, then on time, 10 working days after', () => {
    givenMeeting(february.held)
      .when(draftMinutes('2015-03-10'))
      .then([
        {
          type: 'DraftMinutesCirculated',
          data: { circulatedOn: '2015-03-10', dueBy: '2015-03-10', workingDaysAfter: 10, late: false },
          effectiveAt: '2015-03-10',
        },
      ]);
  });

  it('given the February meeting held, when the draft minutes are circulated on 11 March, then they are recorded as late', () => {
    givenMeeting(february.held)
      .when(draftMinutes('2015-03-11'))
      .then(([event]) => expect(event.data).toMatchObject({ late: true, workingDaysAfter: 11 }));
  });

  it('given the meeting not yet held, when draft minutes are circulated, then meeting-not-held', () => {
    givenMeeting(february.withAgenda).when(draftMinutes('2015-03-02')).thenThrows('meeting-not-held');
  });

  it('given draft minutes circulated, when they are circulated again, then draft-minutes-already-circulated; dated before the meeting, minutes-before-meeting', () => {
    givenMeeting(runMeeting(february.held, draftMinutes('2015-03-02')))
      .when(draftMinutes('2015-03-03'))
      .thenThrows('draft-minutes-already-circulated');
    givenMeeting(february.held).when(draftMinutes('2015-02-23')).thenThrows('minutes-before-meeting');
  });
});

describe('CancelMeeting', () => {
  it('given a scheduled meeting, when it is cancelled, then MeetingCancelled and nothing more can be recorded on it', () => {
    givenMeeting(february.withAgenda)
      .when(cancel('2015-02-20'))
      .then([{ type: 'MeetingCancelled', data: { reason: 'Illustrative: not enough business', cancelledOn: '2015-02-20' }, effectiveAt: '2015-02-20' }]);
    const cancelled = runMeeting(february.withAgenda, cancel('2015-02-20'));
    givenMeeting(cancelled)
      .when(addItem('7', 'Too late', '2015-02-21'))
      .thenThrows('meeting-cancelled');
    givenMeeting(cancelled).when(attendance(SNTB_VOTING)).thenThrows('meeting-cancelled');
  });

  it('given a held meeting, when it is cancelled, then meeting-already-held; without a reason, cancellation-reason-required', () => {
    givenMeeting(february.held).when(cancel('2015-02-25')).thenThrows('meeting-already-held');
    givenMeeting(february.withAgenda).when(cancel('2015-02-20', ' ')).thenThrows('cancellation-reason-required');
  });
});
