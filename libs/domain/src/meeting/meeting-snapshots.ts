import type { Board, BoardState } from '../board/board.state';
import { termsInForceOn } from '../board/board.state';
import type { CalendarDate } from '../compact/calendar-dates';
import type { CompactState } from '../compact/compact.state';
import { escalationLevel } from '../compact/escalation-path';
import { isMemberOn } from '../compact/partners';
import { compactStatusAt } from '../compact/status-at-date';
import { type DisputeState, disputeParties } from '../dispute/dispute.state';
import { DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import type { BoardMeetingSummary, BoardReservedMatter, DecisionDisputeSnapshot, MeetingBoardSnapshot, MinutesApprovalSnapshot } from './meeting.commands';

/**
 * What ScheduleMeeting needs, as things stood on the meeting date: the board's terms of reference
 * then in force, the matters reserved to any board of the compact (`compactBoards`: every board
 * of the compact the application knows, this one among them or not), and the compact's status
 * and partners. Throws NotFoundInDomain for a board never established or a compact never drafted.
 */
export function meetingBoardSnapshot(board: BoardState, compactBoards: BoardState[], compact: CompactState, meetingDate: CalendarDate): MeetingBoardSnapshot {
  if (board.kind === 'none') throw new NotFoundInDomain('no board has been established in this stream');
  if (compact.kind === 'none') throw new NotFoundInDomain('no compact has been drafted in this stream');
  if (compact.compactId !== board.compactId) {
    throw new DomainRuleViolation('compact-mismatch', `${board.name} belongs to ${board.compactId}, not ${compact.compactId}`);
  }
  const boards = [board, ...compactBoards.filter((b): b is Board => b.kind === 'board' && b.boardId !== board.boardId && b.compactId === board.compactId)];
  const reservedMatters: BoardReservedMatter[] = boards.flatMap((b) =>
    (termsInForceOn(b, meetingDate)?.reservedMatters ?? []).map((matter) => ({ ...matter, boardId: b.boardId, boardName: b.name })),
  );
  return {
    boardId: board.boardId,
    boardName: board.name,
    compactId: compact.compactId,
    compactTitle: compact.title,
    compactStatus: compactStatusAt(compact, meetingDate),
    termsOfReference: termsInForceOn(board, meetingDate),
    reservedMatters,
    compactMembers: Object.values(compact.partners)
      .filter((p) => isMemberOn(p, meetingDate))
      .map((p) => p.organisationId),
  };
}

/**
 * Where minutes are approved and which meeting is "the following meeting": the board's next
 * meeting after the one whose minutes they are, by date, cancelled meetings passed over (a
 * meeting that did not happen approves nothing). `boardMeetings` is every meeting of the board
 * the application knows (`boardMeetingSummary` of each).
 */
export function minutesApprovalSnapshot(
  minutesOf: BoardMeetingSummary,
  boardMeetings: BoardMeetingSummary[],
  approvingMeetingId: string,
): MinutesApprovalSnapshot {
  const approvingMeeting = boardMeetings.find((m) => m.meetingId === approvingMeetingId);
  if (!approvingMeeting) throw new NotFoundInDomain(`meeting ${approvingMeetingId} is not known`);
  const followingMeeting =
    boardMeetings
      .filter((m) => m.boardId === minutesOf.boardId && m.status !== 'cancelled' && m.meetingDate > minutesOf.meetingDate)
      .sort((a, b) => (a.meetingDate === b.meetingDate ? a.meetingId.localeCompare(b.meetingId) : a.meetingDate < b.meetingDate ? -1 : 1))[0] ?? null;
  return { approvingMeeting, followingMeeting };
}

/** What a decision resolving a dispute needs of it, from the dispute's state as it stands. */
export function decisionDisputeSnapshot(dispute: DisputeState): DecisionDisputeSnapshot {
  if (dispute.kind === 'none') throw new NotFoundInDomain('no dispute has been raised in this stream');
  const level = escalationLevel(dispute.escalationPath.levels, dispute.currentLevel);
  return {
    disputeId: dispute.disputeId,
    compactId: dispute.compact.compactId,
    status: dispute.kind,
    parties: disputeParties(dispute),
    currentLevel: dispute.currentLevel,
    levelName: level?.name ?? `Level ${dispute.currentLevel}`,
    independentChairRequired: level?.independentChair ?? false,
    independentChairAgreed: dispute.independentChair?.level === dispute.currentLevel,
    lastStepOn: dispute.lastStepOn,
  };
}
