import { on, stateAfter } from '../../testing/seed-compacts.fixtures';
import type { CompactEvent } from '../compact/compact.events';
import { NotFoundInDomain } from '../shared/decider';
import type { BoardCommand } from './board.commands';
import { boardCompactSnapshot } from './board-compact-snapshot';
import { type Board, termsInForceOn } from './board.state';
import { boardState, givenBoard, haringey, runBoard, sntb } from '../../testing/board.fixtures';
import { describeQuorum, seatsNeededForQuorum, type TermsOfReference, votingSeats } from './terms-of-reference';

const adopt = (terms: Partial<TermsOfReference>, compact = sntb.compactState): BoardCommand => {
  const t = { ...sntb.terms, ...terms };
  return { type: 'AdoptTermsOfReference', data: { terms: t, compact: boardCompactSnapshot(compact, t.effectiveOn) } };
};

describe('EstablishBoard (a board belongs to a compact; a compact may have several)', () => {
  it('given no board, when the South Nottinghamshire Transformation Board is established, then BoardEstablished under its compact', () => {
    givenBoard([])
      .when(sntb.establish)
      .then([
        {
          type: 'BoardEstablished',
          data: {
            boardId: 'south-nottinghamshire-transformation-board',
            compactId: 'south-nottinghamshire',
            compactTitle: 'South Nottinghamshire Transformation Partnership Compact',
            name: 'South Nottinghamshire Transformation Board',
            purpose: 'The overarching, strategic governing group for the South Nottinghamshire Transformation Programme',
            establishedOn: '2014-09-30',
          },
          effectiveAt: '2014-09-30',
        },
      ]);
  });

  it('given Haringey and Islington, then its compact has two boards, the Partnership Board and the Programme Delivery Board', () => {
    const boards = [haringey.partnershipBoardState, haringey.deliveryBoardState] as Board[];
    expect(boards.map((b) => [b.name, b.compactId])).toEqual([
      ['Wellbeing Partnership Board', 'haringey-and-islington'],
      ['Programme Delivery Board', 'haringey-and-islington'],
    ]);
  });

  it('given the board, when it is established again, then board-already-established', () => {
    givenBoard(sntb.established).when(sntb.establish).thenThrows('board-already-established');
  });

  it('given a terminated compact, when a board is established under it, then compact-closed', () => {
    const terminated: CompactEvent[] = [
      ...sntb.compactEvents,
      { type: 'CompactTerminated', data: { factId: 'termination', effectiveOn: on('2015-01-01'), reason: 'Illustrative', decisionReference: null } },
    ];
    const command = {
      ...sntb.establish,
      data: { ...sntb.establish.data, establishedOn: '2015-02-01', compact: boardCompactSnapshot(stateAfter(terminated), '2015-02-01') },
    } as BoardCommand;
    givenBoard([]).when(command).thenThrows('compact-closed');
  });

  it('given no board, when the id is not a slug or the name is blank, then board-id-not-a-slug / board-name-required', () => {
    const data = (sntb.establish as Extract<BoardCommand, { type: 'EstablishBoard' }>).data;
    givenBoard([])
      .when({ type: 'EstablishBoard', data: { ...data, boardId: 'SNTB Board' } })
      .thenThrows('board-id-not-a-slug');
    givenBoard([])
      .when({ type: 'EstablishBoard', data: { ...data, name: ' ' } })
      .thenThrows('board-name-required');
  });

  it('given no board, when terms of reference are adopted, then NotFoundInDomain', () => {
    givenBoard([]).when(sntb.adopt()).thenThrows(NotFoundInDomain);
  });
});

describe('AdoptTermsOfReference (001 appendix 1)', () => {
  it('given the board, when appendix 1 is adopted, then TermsOfReferenceAdopted with sixteen members, four in attendance, 70% quorum and the notice rules', () => {
    givenBoard(sntb.established)
      .when(sntb.adopt())
      .then(([event]) => {
        expect(event.type).toBe('TermsOfReferenceAdopted');
        const terms = event.data as TermsOfReference;
        expect(votingSeats(terms)).toHaveLength(16);
        expect(terms.seats.filter((s) => !s.voting).map((s) => s.lead?.name)).toEqual([
          'Carly Ball',
          'Sarah Hewitt',
          'Lyn Wilmott-Shepherd',
          'Claire Grainger',
        ]);
        expect(terms.seats.find((s) => s.seatId === 'nhs-nottingham-city-ccg')).toEqual({
          seatId: 'nhs-nottingham-city-ccg',
          kind: 'partner',
          title: 'NHS Nottingham City CCG',
          organisationId: 'nhs-nottingham-city',
          lead: { name: 'Dawn Smith', role: null },
          deputy: { name: 'Hugh Porter', role: null },
          voting: true,
        });
        expect(terms.seats.find((s) => s.seatId === 'primary-care')?.lead).toBeNull();
        expect(terms.quorum).toEqual({ numerator: 7, denominator: 10 });
        expect(terms.notice).toEqual({ agendaItemsWorkingDaysBefore: 10, papersWorkingDaysBefore: 5, draftMinutesWorkingDaysAfter: 10 });
        expect([terms.meetingEveryMonths, terms.reviewEveryMonths]).toEqual([1, 12]);
        expect(event.effectiveAt).toBe('2014-09-30');
      });
  });

  it('quorum: 70% of 16 voting seats is 12 (11.2 rounded up); 70% of 10 is 7; 70% of 30 is 21, not 22', () => {
    const seventy = { numerator: 7, denominator: 10 };
    expect(seatsNeededForQuorum(seventy, 16)).toBe(12);
    expect(seatsNeededForQuorum(seventy, 10)).toBe(7);
    expect(seatsNeededForQuorum(seventy, 30)).toBe(21);
    expect(seatsNeededForQuorum({ numerator: 2, denominator: 3 }, 10)).toBe(7);
    expect([describeQuorum(seventy), describeQuorum({ numerator: 2, denominator: 3 })]).toEqual(['70%', '2/3']);
  });

  it('given Haringey and Islington, then the Partnership Board holds the £250k threshold from April 2017 and the Delivery Board none', () => {
    const partnership = haringey.partnershipBoardState as Board;
    expect(termsInForceOn(partnership, '2017-06-01')?.reservedMatters).toEqual([
      {
        matterId: 'significant-investment-or-disinvestment',
        description: haringey.investmentThreshold.description,
        thresholdPounds: 250000,
        directions: ['investment', 'disinvestment'],
        bases: ['capital', 'annual-revenue'],
        effectiveFrom: '2017-04-01',
      },
    ]);
    expect(termsInForceOn(haringey.deliveryBoardState as Board, '2017-06-01')?.reservedMatters).toEqual([]);
  });

  it('given version 1, when the annual review adopts version 2 with a 2/3 quorum, then the terms in force follow the dates', () => {
    const events = runBoard(
      sntb.events,
      adopt({ version: '2', effectiveOn: '2015-09-29', source: 'Annual review (illustrative)', quorum: { numerator: 2, denominator: 3 } }),
    );
    const board = boardState(events) as Board;
    expect(termsInForceOn(board, '2015-09-28')?.version).toBe('1');
    expect(termsInForceOn(board, '2015-09-29')?.quorum).toEqual({ numerator: 2, denominator: 3 });
    expect(termsInForceOn(board, '2014-09-29')).toBeNull();
  });

  it('given version 1, when version 1 is adopted again, then terms-version-repeated', () => {
    givenBoard(sntb.events)
      .when(adopt({ effectiveOn: '2015-09-29' }))
      .thenThrows('terms-version-repeated');
  });

  it('given the board established on 30 September 2014, when terms take effect on 1 September 2014, then terms-before-board', () => {
    givenBoard(sntb.established)
      .when(adopt({ effectiveOn: '2014-09-01' }))
      .thenThrows('terms-before-board');
  });

  it('given version 2 from 29 September 2015, when version 3 takes effect on 1 June 2015, then terms-dated-before-previous; the same rules again, terms-unchanged', () => {
    const withV2 = runBoard(sntb.events, adopt({ version: '2', effectiveOn: '2015-09-29', quorum: { numerator: 2, denominator: 3 } }));
    givenBoard(withV2)
      .when(adopt({ version: '3', effectiveOn: '2015-06-01' }))
      .thenThrows('terms-dated-before-previous');
    givenBoard(sntb.events)
      .when(adopt({ version: '2', effectiveOn: '2014-09-30', source: 'x' }))
      .thenThrows('terms-unchanged');
  });

  it('given the board, when a partner seat names an organisation that is not a partner, then seat-organisation-not-partner', () => {
    const seats = sntb.terms.seats.map((s) => (s.seatId === 'erewash-ccg' ? { ...s, kind: 'partner' as const, organisationId: 'erewash-ccg' } : s));
    givenBoard(sntb.established).when(adopt({ seats })).thenThrows('seat-organisation-not-partner');
  });

  it('given the board, when two seats are for the same partner, then partner-seat-repeated (one seat per partner organisation)', () => {
    const seats = [...sntb.terms.seats, { ...sntb.members[3], seatId: 'nottingham-city-ccg-second' }];
    givenBoard(sntb.established).when(adopt({ seats })).thenThrows('partner-seat-repeated');
  });

  it('given the board, when a seat id repeats, a quorum is above 1 or a notice rule is not whole, then seat-repeated / quorum-invalid / notice-rule-invalid', () => {
    givenBoard(sntb.established)
      .when(adopt({ seats: [...sntb.terms.seats, sntb.members[0]] }))
      .thenThrows('seat-repeated');
    givenBoard(sntb.established)
      .when(adopt({ quorum: { numerator: 11, denominator: 10 } }))
      .thenThrows('quorum-invalid');
    givenBoard(sntb.established)
      .when(adopt({ quorum: { numerator: 0.7, denominator: 1 } }))
      .thenThrows('quorum-invalid');
    givenBoard(sntb.established)
      .when(adopt({ notice: { ...sntb.terms.notice, papersWorkingDaysBefore: 2.5 } }))
      .thenThrows('notice-rule-invalid');
  });

  it('given the board, when no seat votes, then no-voting-seats', () => {
    givenBoard(sntb.established)
      .when(adopt({ seats: sntb.inAttendance }))
      .thenThrows('no-voting-seats');
  });

  it('given the board, when a reserved matter has no threshold or an unknown basis, then reserved-matter-invalid', () => {
    const matter = haringey.investmentThreshold;
    givenBoard(sntb.established)
      .when(adopt({ reservedMatters: [{ ...matter, thresholdPounds: -1 }] }))
      .thenThrows('reserved-matter-invalid');
    givenBoard(sntb.established)
      .when(adopt({ reservedMatters: [{ ...matter, bases: ['recurrent' as never] }] }))
      .thenThrows('reserved-matter-invalid');
  });

  it('given a Haringey board, when terms carry the Nottingham compact snapshot, then compact-mismatch', () => {
    givenBoard(haringey.partnershipBoard.slice(0, 1))
      .when(adopt({ effectiveOn: '2017-06-01' }))
      .thenThrows('compact-mismatch');
  });
});
