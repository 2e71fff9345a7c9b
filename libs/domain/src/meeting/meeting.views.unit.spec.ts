import { sntb } from '../../testing/board.fixtures';
import type { MeetingCommand } from './meeting.commands';
import { addItem, attendance, february, meetingStateOf, papers, runMeeting, schedule, SNTB_VOTING } from '../../testing/meeting.fixtures';
import { cumulativeAttendance, interestRegister, meetingDeadlines } from './meeting.views';

const minutes = (on: string): MeetingCommand => ({ type: 'CirculateDraftMinutes', data: { circulatedOn: on } });

describe('meetingDeadlines: notice deadlines due or overdue at any date (illustrative February 2015 meeting)', () => {
  const withPapers = runMeeting(february.withAgenda, papers('3', '2015-02-16'));

  it('on 12 February: agenda closed (10 February), papers for items 3 and 4 due by 17 February', () => {
    expect(meetingDeadlines(meetingStateOf(february.withAgenda), '2015-02-12').map((d) => [d.kind, d.item, d.dueBy, d.status])).toEqual([
      ['agenda-items', null, '2015-02-10', 'closed'],
      ['papers', '3', '2015-02-17', 'due'],
      ['papers', '4', '2015-02-17', 'due'],
    ]);
  });

  it('on 19 February: item 3 papers done on 16 February, item 4 papers overdue', () => {
    expect(
      meetingDeadlines(meetingStateOf(withPapers), '2015-02-19')
        .filter((d) => d.kind === 'papers')
        .map((d) => [d.item, d.doneOn, d.status]),
    ).toEqual([
      ['3', '2015-02-16', 'done'],
      ['4', null, 'overdue'],
    ]);
  });

  it('after the meeting: the draft minutes due by 10 March, overdue on 11 March, done late when circulated on 12 March', () => {
    const held = runMeeting(withPapers, february.twelvePresent);
    const draft = (asOf: string, events = held) => meetingDeadlines(meetingStateOf(events), asOf).find((d) => d.kind === 'draft-minutes');
    expect(draft('2015-03-10')).toMatchObject({ dueBy: '2015-03-10', status: 'due' });
    expect(draft('2015-03-11')).toMatchObject({ status: 'overdue', doneOn: null });
    expect(draft('2015-03-12', runMeeting(held, minutes('2015-03-12')))).toMatchObject({ status: 'done-late', doneOn: '2015-03-12' });
    expect(meetingDeadlines(meetingStateOf(held), '2015-03-11').map((d) => d.kind)).toEqual(['papers', 'draft-minutes']);
  });

  it('a cancelled meeting has no deadline', () => {
    const cancelled = runMeeting(february.withAgenda, { type: 'CancelMeeting', data: { reason: 'Illustrative', cancelledOn: '2015-02-11' } });
    expect(meetingDeadlines(meetingStateOf(cancelled), '2015-02-12')).toEqual([]);
  });
});

describe('cumulativeAttendance: "Cumulative attendance of each partner will be reported in the minutes" (illustrative meetings)', () => {
  const meetingOn = (date: string, overrides: Parameters<typeof attendance>[1]) =>
    meetingStateOf(
      runMeeting(
        [],
        schedule(`sntb-${date}`, date, `SNTB ${date} (illustrative)`, sntb.state, sntb.compactState),
        addItem('1', 'Apologies', date),
        attendance(SNTB_VOTING, overrides),
      ),
    );
  const meetings = [
    meetingOn('2015-01-27', { 'east-midlands-ambulance': 'apologies', 'nhs-nottingham-west-ccg': 'deputy-present' }),
    meetingOn('2015-02-24', { 'east-midlands-ambulance': 'absent' }),
    meetingOn('2015-03-31', { 'nhs-nottingham-west-ccg': 'deputy-present' }),
  ];

  it('over January to March 2015, a deputy attending for the lead counts as the partner attending', () => {
    const rows = Object.fromEntries(cumulativeAttendance(meetings, '2015-01-01', '2015-03-31').map((r) => [r.seatId, r]));
    expect(rows['nhs-nottingham-west-ccg']).toMatchObject({
      title: 'NHS Nottingham West CCG',
      meetings: 3,
      leadPresent: 1,
      deputyPresent: 2,
      attended: 3,
      apologies: 0,
      absent: 0,
    });
    expect(rows['east-midlands-ambulance']).toMatchObject({ meetings: 3, attended: 1, apologies: 1, absent: 1 });
    expect(rows['primary-care']).toMatchObject({ voting: true, attended: 0, absent: 3 });
    expect(rows['healthwatch']).toMatchObject({ voting: false, absent: 3 });
  });

  it('counts only meetings held within the period', () => {
    const rows = cumulativeAttendance([...meetings, meetingStateOf(february.scheduled)], '2015-02-01', '2015-02-28');
    expect(rows.find((r) => r.seatId === 'east-midlands-ambulance')).toMatchObject({ meetings: 1, absent: 1 });
  });
});

describe('interestRegister: per person and organisation, as at any date, linked to the meetings and items', () => {
  const declared = runMeeting(
    february.held,
    {
      type: 'DeclareInterest',
      data: {
        declarationId: 'doi-1',
        seatId: 'circle-partners',
        interest: 'Illustrative: provider of services in scope',
        nature: 'commercial-arrangement',
        items: ['4'],
        handling: 'excluded-from-items',
      },
    },
    {
      type: 'DeclareInterest',
      data: {
        declarationId: 'doi-2',
        seatId: 'nottingham-city-council',
        interest: 'Illustrative: political direction',
        nature: 'political-direction',
        items: [],
        handling: 'may-take-part',
      },
    },
  );

  it('lists each declaration with the person, the organisation, the meeting and the items it bore on', () => {
    expect(interestRegister([meetingStateOf(declared)], '2015-02-24', { organisationId: 'circle-partners' })).toEqual([
      {
        person: 'Nicola Parry',
        organisationId: 'circle-partners',
        seatId: 'circle-partners',
        interest: 'Illustrative: provider of services in scope',
        nature: 'commercial-arrangement',
        declaredOn: '2015-02-24',
        meetingId: 'sntb-2015-02',
        boardId: 'south-nottinghamshire-transformation-board',
        items: [{ item: '4', title: 'Urgent care strategy (illustrative)' }],
        handling: 'excluded-from-items',
      },
    ]);
    expect(interestRegister([meetingStateOf(declared)], '2015-02-24').map((e) => e.person)).toEqual(['Colin Monckton', 'Nicola Parry']);
    expect(interestRegister([meetingStateOf(declared)], '2015-02-24', { person: 'Colin Monckton' })).toHaveLength(1);
  });

  it('as at a date before the meeting, the register is empty', () => {
    expect(interestRegister([meetingStateOf(declared)], '2015-02-23')).toEqual([]);
  });
});
