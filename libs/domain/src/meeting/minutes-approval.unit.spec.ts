import { sntb } from '../../testing/board.fixtures';
import type { MeetingCommand } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import { attendance, givenMeeting, HARINGEY_SEATS, haringeyMeeting, meetingOf, runMeeting, schedule, SNTB_VOTING } from '../../testing/meeting.fixtures';
import { boardMeetingSummary } from './meeting.state';
import { minutesApprovalSnapshot } from './meeting-snapshots';

/** Three illustrative meetings of the Transformation Board, the last Tuesday of January, February and March 2015. */
const sntbMeeting = (meetingId: string, date: string, ...more: MeetingCommand[]) =>
  runMeeting([], schedule(meetingId, date, `South Nottinghamshire Transformation Board, ${date} (illustrative)`, sntb.state, sntb.compactState), ...more);
const held = attendance(SNTB_VOTING);
const circulated = (on: string): MeetingCommand => ({ type: 'CirculateDraftMinutes', data: { circulatedOn: on } });

const january = sntbMeeting('sntb-2015-01', '2015-01-27', held, circulated('2015-02-06'));
const february = sntbMeeting('sntb-2015-02', '2015-02-24', held);
const march = sntbMeeting('sntb-2015-03', '2015-03-31', held);
const summaries = (...meetings: MeetingEvent[][]) => meetings.map((m) => boardMeetingSummary(meetingOf(m)));
const approve = (minutesOf: MeetingEvent[], at: string, meetings: MeetingEvent[][]): MeetingCommand => ({
  type: 'ApproveMinutes',
  data: { approval: minutesApprovalSnapshot(boardMeetingSummary(meetingOf(minutesOf)), summaries(...meetings), at) },
});

describe('ApproveMinutes: "approved at the following meeting" (001 appendix 1, section 8), and only there', () => {
  it("given January's draft minutes circulated, when they are approved at the February meeting, then MinutesApproved on its date", () => {
    givenMeeting(january)
      .when(approve(january, 'sntb-2015-02', [january, february, march]))
      .then([{ type: 'MinutesApproved', data: { approvedAtMeetingId: 'sntb-2015-02', approvedOn: '2015-02-24' }, effectiveAt: '2015-02-24' }]);
  });

  it("given January's minutes, when they are approved at the March meeting, then minutes-approved-only-at-following-meeting with both dates", () => {
    givenMeeting(january)
      .when(approve(january, 'sntb-2015-03', [january, february, march]))
      .thenThrows(
        (e) =>
          e instanceof Error &&
          e.message ===
            'minutes-approved-only-at-following-meeting: the minutes of the meeting of 2015-01-27 are approved at the following meeting (2015-02-24), not at the meeting of 2015-03-31',
      );
  });

  it("given the February meeting cancelled, then March is the following meeting and approves January's minutes", () => {
    const cancelled = runMeeting(sntbMeeting('sntb-2015-02', '2015-02-24'), {
      type: 'CancelMeeting',
      data: { reason: 'Illustrative', cancelledOn: '2015-02-16' },
    });
    givenMeeting(january)
      .when(approve(january, 'sntb-2015-03', [january, cancelled, march]))
      .then(([event]) => expect(event.data).toEqual({ approvedAtMeetingId: 'sntb-2015-03', approvedOn: '2015-03-31' }));
  });

  it("given January's minutes, when the snapshot lists the meetings out of order, the following one is still found by date", () => {
    expect(
      minutesApprovalSnapshot(boardMeetingSummary(meetingOf(january)), summaries(march, february, january), 'sntb-2015-02').followingMeeting?.meetingId,
    ).toBe('sntb-2015-02');
  });

  it("given January's minutes, when a meeting of another board approves them, then minutes-approved-at-another-board", () => {
    const delivery = runMeeting(haringeyMeeting('delivery', 'pdb-2017-07', '2017-07-18'), attendance(HARINGEY_SEATS));
    givenMeeting(january)
      .when(approve(january, 'pdb-2017-07', [january, february, delivery]))
      .thenThrows('minutes-approved-at-another-board');
  });

  it('given the last meeting so far, when its minutes are approved at an earlier one, then minutes-approved-only-at-following-meeting (there is none after it)', () => {
    const marchCirculated = runMeeting(march, circulated('2015-04-02'));
    givenMeeting(marchCirculated)
      .when(approve(marchCirculated, 'sntb-2015-02', [january, february, marchCirculated]))
      .thenThrows((e) => e instanceof Error && /has none after it/.test(e.message));
  });

  it("given the February meeting not yet held, when it approves January's minutes, then approving-meeting-not-held", () => {
    const notHeld = sntbMeeting('sntb-2015-02', '2015-02-24');
    givenMeeting(january)
      .when(approve(january, 'sntb-2015-02', [january, notHeld]))
      .thenThrows('approving-meeting-not-held');
  });

  it('given no draft minutes circulated, when they are approved, then draft-minutes-not-circulated; given them approved, minutes-already-approved', () => {
    const noDraft = sntbMeeting('sntb-2015-01', '2015-01-27', held);
    givenMeeting(noDraft)
      .when(approve(noDraft, 'sntb-2015-02', [noDraft, february]))
      .thenThrows('draft-minutes-not-circulated');
    const approved = runMeeting(january, approve(january, 'sntb-2015-02', [january, february]));
    givenMeeting(approved)
      .when(approve(january, 'sntb-2015-02', [january, february]))
      .thenThrows('minutes-already-approved');
  });

  it('given draft minutes circulated late (after the following meeting), when the following meeting approves them, then draft-minutes-not-circulated', () => {
    const late = sntbMeeting('sntb-2015-01', '2015-01-27', held, circulated('2015-02-25'));
    expect(meetingOf(late).draftMinutes).toMatchObject({ dueBy: '2015-02-10', late: true });
    givenMeeting(late)
      .when(approve(late, 'sntb-2015-02', [late, february]))
      .thenThrows('draft-minutes-not-circulated');
  });

  it('given minutes circulated late but before the following meeting, then they are approved there and the lateness stays on record', () => {
    const late = sntbMeeting('sntb-2015-01', '2015-01-27', held, circulated('2015-02-16'));
    const approved = runMeeting(late, approve(late, 'sntb-2015-02', [late, february]));
    expect(meetingOf(approved)).toMatchObject({
      draftMinutes: { circulatedOn: '2015-02-16', dueBy: '2015-02-10', workingDaysAfter: 14, late: true },
      minutesApproval: { approvedOn: '2015-02-24' },
    });
  });
});
