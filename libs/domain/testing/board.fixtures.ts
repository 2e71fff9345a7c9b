/*
 * Test fixtures for the board and meeting specs, from the seed papers: the South Nottinghamshire
 * Transformation Board's terms of reference and members (001, appendix 1) and Haringey and
 * Islington's Partnership Board with its £250k reserved matter (004, Commitment 7). Where a
 * paper gives no value (a date within a month, a quorum it does not set) the fixture says what it
 * assumed. Not exported from the library.
 */
import { haringeyAndIslington, idOf, southNottinghamshire, stateAfter } from './seed-compacts.fixtures';
import type { CompactEvent } from '../src/compact/compact.events';
import { DeciderSpecification } from '../src/shared/decider-specification';
import type { BoardCommand } from '../src/board/board.commands';
import { boardCompactSnapshot } from '../src/board/board-compact-snapshot';
import { boardDecider } from '../src/board/board.decider';
import type { BoardEvent } from '../src/board/board.events';
import type { BoardState } from '../src/board/board.state';
import type { NamedPerson, Seat, TermsOfReference } from '../src/board/terms-of-reference';

export const givenBoard = (events: BoardEvent[]) => DeciderSpecification.for(boardDecider).given(events);
export const boardState = (events: BoardEvent[]): BoardState => events.reduce(boardDecider.evolve, boardDecider.initialState());
export function runBoard(events: BoardEvent[], ...commands: BoardCommand[]): BoardEvent[] {
  return commands.reduce((all, command) => [...all, ...boardDecider.decide(command, boardState(all))], events);
}

const named = (name: string): NamedPerson => ({ name, role: null });
const seat = (seatId: string, kind: Seat['kind'], title: string, organisationId: string | null, lead: string | null, deputy: string | null, voting = true): Seat => ({
  seatId,
  kind,
  title,
  organisationId,
  lead: lead === null ? null : named(lead),
  deputy: deputy === null ? null : named(deputy),
  voting,
});

// ---------------------------------------------------------------- 001 South Nottinghamshire Transformation Board

export const sntb = (() => {
  // The compact as its paper has it: all twelve partners, each under the name the compact's list gives it.
  const compactEvents: CompactEvent[] = southNottinghamshire.withEscalationPath;
  const compactState = stateAfter(compactEvents);
  const id = (name: string) => {
    const organisationId = idOf(name);
    if (!(organisationId in southNottinghamshire.partners)) throw new Error(`${name} is not a partner of 001`);
    return organisationId;
  };

  /** 001 appendix 1, section 4: the membership table, in its order. */
  const members: Seat[] = [
    seat('chair', 'chair', 'Chair', null, 'Sheila Hyde', 'Mike Wilkins'),
    seat('citizen-representation', 'citizen-representative', 'Citizen Representation', null, 'Mike Wilkins', 'Trish Cargill'),
    seat('south-notts-transformation-programme', 'programme', 'South Notts Transformation Programme', null, 'Rebecca Larder', 'Jane Laughton'),
    seat('nhs-nottingham-city-ccg', 'partner', 'NHS Nottingham City CCG', id('NHS Nottingham City'), 'Dawn Smith', 'Hugh Porter'),
    seat('nhs-nottingham-north-and-east-ccg', 'partner', 'NHS Nottingham North and East CCG', id('NHS Nottingham North and East'), 'Sam Walters', 'Paul Oliver'),
    seat('nhs-nottingham-west-ccg', 'partner', 'NHS Nottingham West CCG', id('NHS Nottingham West'), 'Guy Mansford', 'Oli Newbould'),
    seat('nhs-rushcliffe-ccg', 'partner', 'NHS Rushcliffe CCG', id('NHS Rushcliffe'), 'Stephen Shortt', 'Vicky Bailey'),
    seat('nhs-england', 'partner', 'NHS England', id('NHS England Nottinghamshire and Derbyshire Area Team'), 'Dawn Atkinson', 'Rhiannon Pepper'),
    seat('circle-partners', 'partner', 'Circle Partners', id('Circle Partners'), 'Nicola Parry', 'Helen Tait'),
    seat('east-midlands-ambulance', 'partner', 'East Midlands Ambulance NHS Trust', id('East Midlands Ambulance NHS Trust'), 'Tim Loveridge', null),
    seat('nottinghamshire-healthcare', 'partner', 'Nottinghamshire Healthcare NHS Trust', id('Nottinghamshire Healthcare NHS Trust'), 'Angela Potter', null),
    seat('nottingham-university-hospitals', 'partner', 'Nottingham University Hospitals NHS Trust', id('Nottingham University Hospitals NHS Trust'), 'Peter Homa', 'Rupert Egginton'),
    seat('nottingham-citycare-partnership', 'partner', 'Nottingham CityCare Partnership', id('Nottingham CityCare Partners'), 'Lyn Bacon', 'Karen Franklin'),
    seat('nottingham-city-council', 'partner', 'Nottingham City Council', id('Nottingham City Council'), 'Colin Monckton', null),
    seat('nottinghamshire-county-council', 'partner', 'Nottinghamshire County Council', id('Nottinghamshire County Council'), 'Caroline Baria', null),
    // The paper: "Primary Care  Tbc".
    seat('primary-care', 'other', 'Primary Care', null, null, null),
  ];
  /** "IN ATTENDANCE": without a vote. */
  const inAttendance: Seat[] = [
    seat('administration-support', 'other', 'Administration support to the Board', null, 'Carly Ball', null, false),
    seat('communications', 'other', 'Communications', null, 'Sarah Hewitt', null, false),
    seat('erewash-ccg', 'other', 'Erewash CCG', null, 'Lyn Wilmott-Shepherd', null, false),
    seat('healthwatch', 'other', 'HealthWatch', null, 'Claire Grainger', null, false),
  ];
  const terms: TermsOfReference = {
    version: '1',
    source: 'Appendix 1 to the Compact: South Nottinghamshire Transformation Board Terms of Reference, September 2014',
    // The paper is dated "September 2014"; taken as the compact version's date.
    effectiveOn: '2014-09-30',
    seats: [...members, ...inAttendance],
    quorum: { numerator: 7, denominator: 10 },
    meetingEveryMonths: 1,
    notice: { agendaItemsWorkingDaysBefore: 10, papersWorkingDaysBefore: 5, draftMinutesWorkingDaysAfter: 10 },
    reservedMatters: [],
    reviewEveryMonths: 12,
  };
  const establish: BoardCommand = {
    type: 'EstablishBoard',
    data: {
      boardId: 'south-nottinghamshire-transformation-board',
      compact: boardCompactSnapshot(compactState, '2014-09-30'),
      name: 'South Nottinghamshire Transformation Board',
      purpose: 'The overarching, strategic governing group for the South Nottinghamshire Transformation Programme',
      // Assumed: the paper does not date the board's establishment; taken as the terms' date.
      establishedOn: '2014-09-30',
    },
  };
  const adopt = (t: TermsOfReference = terms): BoardCommand => ({ type: 'AdoptTermsOfReference', data: { terms: t, compact: boardCompactSnapshot(compactState, t.effectiveOn) } });
  const established = runBoard([], establish);
  const events = runBoard(established, adopt());
  return { compactEvents, compactState, members, inAttendance, terms, establish, adopt, established, events, state: boardState(events) };
})();

// ---------------------------------------------------------------- 004 Haringey and Islington: the Partnership Board and the Programme Delivery Board

export const haringey = (() => {
  const compactEvents = haringeyAndIslington.withEscalationPath;
  const compactState = stateAfter(compactEvents);
  const partnerSeats: Seat[] = Object.values(haringeyAndIslington.partners).map((p) => ({
    seatId: p.organisationId,
    kind: 'partner',
    title: p.name,
    organisationId: p.organisationId,
    // 004 names no one, only "the CEOs/Accountable Officers & Chairs of" each partner: the seat's lead is named so, illustratively.
    lead: { name: `The CEO/Accountable Officer or Chair of ${p.name}`, role: null },
    deputy: null,
    voting: true,
  }));
  /** Commitment 7: "To bring significant investment / disinvestment decisions (eg over £250k capital or annual revenue) to the Partnership Board ... (from April 2017)". */
  const investmentThreshold = {
    matterId: 'significant-investment-or-disinvestment',
    description:
      'Significant investment / disinvestment decisions (eg over £250k capital or annual revenue) where this investment relates to local services for the populations of Islington and Haringey',
    thresholdPounds: 250_000,
    directions: ['investment', 'disinvestment'],
    bases: ['capital', 'annual-revenue'],
    // "from April 2017": taken as 1 April 2017.
    effectiveFrom: '2017-04-01',
  } satisfies TermsOfReference['reservedMatters'][number];
  /** Illustrative: 004 sets no quorum, frequency or notice for its boards; these repeat 001's. */
  const illustrativeRules = {
    quorum: { numerator: 7, denominator: 10 },
    meetingEveryMonths: 1,
    notice: { agendaItemsWorkingDaysBefore: 10, papersWorkingDaysBefore: 5, draftMinutesWorkingDaysAfter: 10 },
    reviewEveryMonths: null,
  };
  const partnershipTerms: TermsOfReference = {
    version: '1',
    source: 'Partnership Agreement, 1 June 2017: Commitment 7 and the governance structure (quorum, frequency and notice illustrative)',
    effectiveOn: '2017-06-01',
    seats: partnerSeats,
    reservedMatters: [investmentThreshold],
    ...illustrativeRules,
  };
  const deliveryTerms: TermsOfReference = {
    version: '1',
    source: 'Partnership Agreement, 1 June 2017: the Programme Delivery Board (membership, quorum, frequency and notice illustrative)',
    effectiveOn: '2017-06-01',
    seats: partnerSeats,
    reservedMatters: [],
    ...illustrativeRules,
  };
  const establishBoard = (boardId: string, name: string, purpose: string): BoardCommand => ({
    type: 'EstablishBoard',
    data: { boardId, compact: boardCompactSnapshot(compactState, '2017-06-01'), name, purpose, establishedOn: '2017-06-01' },
  });
  const adopt = (t: TermsOfReference): BoardCommand => ({ type: 'AdoptTermsOfReference', data: { terms: t, compact: boardCompactSnapshot(compactState, t.effectiveOn) } });
  const partnershipBoard = runBoard(
    [],
    establishBoard('wellbeing-partnership-board', 'Wellbeing Partnership Board', 'Sets strategic direction across member organisations; joint oversight of key financial decisions'),
    adopt(partnershipTerms),
  );
  const deliveryBoard = runBoard(
    [],
    establishBoard('programme-delivery-board', 'Programme Delivery Board', 'Holds responsibility for implementation of the joint work programme'),
    adopt(deliveryTerms),
  );
  return {
    compactEvents,
    compactState,
    partnerSeats,
    investmentThreshold,
    partnershipTerms,
    deliveryTerms,
    partnershipBoard,
    deliveryBoard,
    partnershipBoardState: boardState(partnershipBoard),
    deliveryBoardState: boardState(deliveryBoard),
  };
})();
