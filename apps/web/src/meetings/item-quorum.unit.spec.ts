import type { Schemas } from '../api/client';
import { itemQuorum, undecidedItems } from './item-quorum';

type Meeting = Schemas['MeetingDto'];
const seat = (seatId: string, status: Schemas['SeatAttendanceDto']['status'], voting = true) => ({ seatId, status, voting, person: null });

/** A held meeting of five voting seats, four present (a deputy among them), quorate at 4; one present seat declared an interest in item 4. */
function meeting(handling: Schemas['DeclarationViewDto']['handling']): Meeting {
  return {
    meetingId: 'm',
    boardId: 'b',
    boardName: 'Board',
    compactId: 'c',
    compactTitle: 'Compact',
    title: 'A meeting',
    meetingDate: '2015-05-26',
    status: 'held',
    termsVersion: '1',
    quorumRule: '70% of 5 voting seats: 4',
    deadlines: { agendaItemsBy: '2015-05-11', papersBy: '2015-05-18', draftMinutesBy: '2015-06-09' },
    agenda: ['1', '4', '5'].map((item) => ({
      item,
      title: `Item ${item}`,
      dueBy: '2015-05-11',
      late: false,
      proposedBy: null,
      receivedOn: '2015-05-01',
      workingDaysBefore: 15,
      papers: [],
    })),
    attendance: [
      seat('a', 'lead-present'),
      seat('b', 'deputy-present'),
      seat('c', 'lead-present'),
      seat('d', 'lead-present'),
      seat('e', 'apologies'),
      seat('f', 'lead-present', false),
    ],
    quorum: { counted: 4, needed: 4, quorate: true, rule: '70%', votingSeats: 5 },
    declarations: [
      {
        declarationId: 'x',
        declaredOn: '2015-05-26',
        handling,
        interest: 'A provider',
        items: ['4'],
        nature: 'commercial-arrangement',
        organisationId: 'b',
        person: 'B',
        seatId: 'b',
      },
    ],
    decisions: [
      {
        decisionId: 'd5',
        item: '5',
        itemTitle: 'Item 5',
        resolution: 'Agreed',
        outcome: { kind: 'consensus' },
        carried: true,
        consequence: null,
        excluded: [],
        quorum: { counted: 4, needed: 4, quorate: true, rule: '70%', votingSeats: 5 },
        reservedMatter: null,
        value: null,
      },
    ],
    draftMinutes: null,
    minutesApproval: null,
    cancellation: null,
    seats: [],
    revision: 1,
  };
}

describe("an agenda item's quorum", () => {
  it('counts the voting seats present less those excluded from the item for an interest', () => {
    expect(itemQuorum(meeting('excluded-from-items'), '4')).toMatchObject({ counted: 3, needed: 4, quorate: false, votingSeats: 5, excluded: ['b'] });
    expect(itemQuorum(meeting('excluded-from-items'), '5')).toMatchObject({ counted: 4, quorate: true, excluded: [] });
  });

  it('does not count out a seat that declared an interest and may take part', () => {
    expect(itemQuorum(meeting('may-take-part'), '4')).toMatchObject({ counted: 4, quorate: true, excluded: [] });
  });

  it('lists the items of a held meeting with no decision, each with its count; none for a meeting not held', () => {
    expect(undecidedItems(meeting('excluded-from-items')).map((i) => [i.item, i.quorum?.quorate])).toEqual([
      ['1', true],
      ['4', false],
    ]);
    expect(undecidedItems({ ...meeting('excluded-from-items'), status: 'scheduled', quorum: null, attendance: null })).toEqual([]);
  });
});
