import type { Schemas } from '../api/client';

type Meeting = Schemas['MeetingDto'];

/**
 * The quorum for one agenda item of a held meeting: the meeting's count of voting seats present,
 * less those present but excluded from the item for a declared interest. The API gives this count
 * with each decision; an item with no decision (the ledger refused one for want of a quorum, or
 * none was taken) has none, so the page works it out the same way from the meeting's attendance
 * and declarations, and says so.
 */
export function itemQuorum(meeting: Meeting, item: string): (Schemas['QuorumCountDto'] & { excluded: string[] }) | null {
  if (meeting.quorum === null || meeting.attendance === null) return null;
  const excludedSeats = new Set(meeting.declarations.filter((d) => d.handling === 'excluded-from-items' && d.items.includes(item)).map((d) => d.seatId));
  const excluded = meeting.attendance
    .filter((a) => a.voting && (a.status === 'lead-present' || a.status === 'deputy-present') && excludedSeats.has(a.seatId))
    .map((a) => a.seatId);
  const counted = meeting.quorum.counted - excluded.length;
  return { ...meeting.quorum, counted, quorate: counted >= meeting.quorum.needed, excluded };
}

/** The agenda items of a held meeting with no decision recorded, each with its quorum. */
export function undecidedItems(meeting: Meeting) {
  if (meeting.status !== 'held') return [];
  return meeting.agenda
    .filter((a) => !meeting.decisions.some((d) => d.item === a.item))
    .map((a) => ({ item: a.item, title: a.title, quorum: itemQuorum(meeting, a.item) }));
}
