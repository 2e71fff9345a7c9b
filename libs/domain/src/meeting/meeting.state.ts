import type { TermsOfReference } from '../board/terms-of-reference';
import type { CalendarDate } from '../compact/calendar-dates';
import type { BoardMeetingSummary, BoardReservedMatter } from './meeting.commands';
import type { DecisionRecorded, InterestDeclared, MeetingDeadlines, QuorumCount, SeatAttendance } from './meeting.events';

export interface AgendaItem {
  item: string;
  title: string;
  proposedBy: string | null;
  receivedOn: CalendarDate;
  dueBy: CalendarDate;
  workingDaysBefore: number;
  late: boolean;
}

export interface PapersRecord {
  item: string;
  title: string;
  circulatedOn: CalendarDate;
  dueBy: CalendarDate;
  workingDaysBefore: number;
  late: boolean;
}

export type InterestDeclaration = InterestDeclared['data'];
export type DecisionRecord = DecisionRecorded['data'];

export interface Meeting {
  kind: 'scheduled' | 'held' | 'cancelled';
  meetingId: string;
  boardId: string;
  boardName: string;
  compactId: string;
  compactTitle: string;
  title: string;
  meetingDate: CalendarDate;
  termsOfReference: TermsOfReference;
  reservedMatters: BoardReservedMatter[];
  compactMembers: string[];
  deadlines: MeetingDeadlines;
  agenda: AgendaItem[];
  papers: PapersRecord[];
  /** Null until the meeting is recorded as held. */
  attendance: SeatAttendance[] | null;
  quorum: QuorumCount | null;
  declarations: InterestDeclaration[];
  decisions: DecisionRecord[];
  draftMinutes: { circulatedOn: CalendarDate; dueBy: CalendarDate; workingDaysAfter: number; late: boolean } | null;
  minutesApproval: { approvedAtMeetingId: string; approvedOn: CalendarDate } | null;
  cancellation: { reason: string; cancelledOn: CalendarDate } | null;
}

export type MeetingState = { kind: 'none' } | Meeting;

export const initialMeetingState = (): MeetingState => ({ kind: 'none' });

/** The meeting as a list of a board's meetings shows it; what `minutesApprovalSnapshot` reads. */
export function boardMeetingSummary(meeting: Meeting): BoardMeetingSummary {
  return { meetingId: meeting.meetingId, boardId: meeting.boardId, meetingDate: meeting.meetingDate, status: meeting.kind };
}
