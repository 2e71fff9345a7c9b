import { describeQuorum, seatsNeededForQuorum, votingSeats } from '../board/terms-of-reference';
import type { ExcludedSeat, QuorumCount, SeatAttendance } from './meeting.events';
import type { InterestDeclaration, Meeting } from './meeting.state';

export const isPresent = (attendance: SeatAttendance): boolean => attendance.status === 'lead-present' || attendance.status === 'deputy-present';

/** Seats the Chair excluded from the item for a declared interest, each with the declaration. */
export function excludedFromItem(declarations: InterestDeclaration[], item: string): ExcludedSeat[] {
  const excluded: ExcludedSeat[] = [];
  for (const d of declarations) {
    if (d.handling === 'excluded-from-items' && d.items.includes(item) && !excluded.some((e) => e.seatId === d.seatId)) {
      excluded.push({ seatId: d.seatId, declarationId: d.declarationId });
    }
  }
  return excluded;
}

/** The meeting's quorum before any exclusion (MeetingHeld). */
export function meetingQuorum(meeting: Pick<Meeting, 'termsOfReference'>, attendance: SeatAttendance[]): QuorumCount {
  const voting = votingSeats(meeting.termsOfReference);
  const present = attendance.filter((a) => a.voting && isPresent(a)).length;
  const needed = seatsNeededForQuorum(meeting.termsOfReference.quorum, voting.length);
  return { votingSeats: voting.length, counted: present, needed, rule: describeQuorum(meeting.termsOfReference.quorum), quorate: present >= needed };
}

/**
 * The quorum for one agenda item: voting seats present (lead, or deputy for the lead) and not
 * excluded from the item for an interest, against the terms' fraction of all voting seats.
 * Returns the seats that count, so a vote can be checked against them.
 */
export function itemQuorum(meeting: Meeting, item: string): { quorum: QuorumCount; eligible: string[]; excluded: ExcludedSeat[] } {
  const attendance = meeting.attendance ?? [];
  const excluded = excludedFromItem(meeting.declarations, item);
  const eligible = attendance.filter((a) => a.voting && isPresent(a) && !excluded.some((e) => e.seatId === a.seatId)).map((a) => a.seatId);
  const base = meetingQuorum(meeting, attendance);
  return { quorum: { ...base, counted: eligible.length, quorate: eligible.length >= base.needed }, eligible, excluded };
}
