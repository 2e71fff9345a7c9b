/*
 * Test fixtures for the board and meeting specs, from the seed papers: the South Nottinghamshire
 * Transformation Board's terms of reference and members (001, appendix 1) and Haringey and
 * Islington's Partnership Board with its £250k reserved matter (004, Commitment 7). Where a
 * paper gives no value (a date within a month, a quorum it does not set) the fixture says what it
 * assumed. Not exported from the library.
 */
import { admitted, haringeyAndIslington, type Org, southNottinghamshire, stateAfter } from './seed-compacts.fixtures';
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
  const { partners } = southNottinghamshire;
  /** The eight partners the compact fixture does not admit, named as 001's membership table names them. Roles: the table's column headings. */
  const org = (organisationId: string, name: string, organisationType: Org['organisationType'], lead: string, deputy: string | null): Org => ({
    organisationId,
    name,
    organisationType,
    lead: { name: lead, role: 'Named lead' },
    deputy: deputy === null ? null : { name: deputy, role: 'Named deputy' },
  });
  const more = [
    org('nhs-nottingham-north-and-east-ccg', 'NHS Nottingham North and East CCG', 'clinical-commissioning-group', 'Sam Walters', 'Paul Oliver'),
    org('nhs-nottingham-west-ccg', 'NHS Nottingham West CCG', 'clinical-commissioning-group', 'Guy Mansford', 'Oli Newbould'),
    org('nhs-rushcliffe-ccg', 'NHS Rushcliffe CCG', 'clinical-commissioning-group', 'Stephen Shortt', 'Vicky Bailey'),
    // Assumed: the ledger's organisation types have no code for an independent provider.
    org('circle-partners', 'Circle Partners', 'voluntary-or-community-organisation', 'Nicola Parry', 'Helen Tait'),
    org('nottinghamshire-healthcare', 'Nottinghamshire Healthcare NHS Trust', 'nhs-trust', 'Angela Potter', null),
    org('nottingham-university-hospitals', 'Nottingham University Hospitals NHS Trust', 'nhs-trust', 'Peter Homa', 'Rupert Egginton'),
    // Assumed type, as for Circle Partners.
    org('nottingham-citycare-partnership', 'Nottingham CityCare Partnership', 'voluntary-or-community-organisation', 'Lyn Bacon', 'Karen Franklin'),
    org('nottinghamshire-county-council', 'Nottinghamshire County Council', 'local-authority', 'Caroline Baria', null),
  ];
  const compactEvents: CompactEvent[] = [...southNottinghamshire.withEscalationPath, ...more.map((o) => admitted(o, '2014-09-30'))];
  const compactState = stateAfter(compactEvents);

  /** 001 appendix 1, section 4: the membership table, in its order. */
  const members: Seat[] = [
    seat('chair', 'chair', 'Chair', null, 'Sheila Hyde', 'Mike Wilkins'),
    seat('citizen-representation', 'citizen-representative', 'Citizen Representation', null, 'Mike Wilkins', 'Trish Cargill'),
    seat('south-notts-transformation-programme', 'programme', 'South Notts Transformation Programme', null, 'Rebecca Larder', 'Jane Laughton'),
    seat('nhs-nottingham-city-ccg', 'partner', 'NHS Nottingham City CCG', partners.nottinghamCityCcg.organisationId, 'Dawn Smith', 'Hugh Porter'),
    seat('nhs-nottingham-north-and-east-ccg', 'partner', 'NHS Nottingham North and East CCG', 'nhs-nottingham-north-and-east-ccg', 'Sam Walters', 'Paul Oliver'),
    seat('nhs-nottingham-west-ccg', 'partner', 'NHS Nottingham West CCG', 'nhs-nottingham-west-ccg', 'Guy Mansford', 'Oli Newbould'),
    seat('nhs-rushcliffe-ccg', 'partner', 'NHS Rushcliffe CCG', 'nhs-rushcliffe-ccg', 'Stephen Shortt', 'Vicky Bailey'),
    seat('nhs-england', 'partner', 'NHS England', partners.nhsEngland.organisationId, 'Dawn Atkinson', 'Rhiannon Pepper'),
    seat('circle-partners', 'partner', 'Circle Partners', 'circle-partners', 'Nicola Parry', 'Helen Tait'),
    seat('east-midlands-ambulance', 'partner', 'East Midlands Ambulance NHS Trust', partners.emas.organisationId, 'Tim Loveridge', null),
    seat('nottinghamshire-healthcare', 'partner', 'Nottinghamshire Healthcare NHS Trust', 'nottinghamshire-healthcare', 'Angela Potter', null),
    seat('nottingham-university-hospitals', 'partner', 'Nottingham University Hospitals NHS Trust', 'nottingham-university-hospitals', 'Peter Homa', 'Rupert Egginton'),
    seat('nottingham-citycare-partnership', 'partner', 'Nottingham CityCare Partnership', 'nottingham-citycare-partnership', 'Lyn Bacon', 'Karen Franklin'),
    seat('nottingham-city-council', 'partner', 'Nottingham City Council', partners.nottinghamCityCouncil.organisationId, 'Colin Monckton', null),
    seat('nottinghamshire-county-council', 'partner', 'Nottinghamshire County Council', 'nottinghamshire-county-council', 'Caroline Baria', null),
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
    // 004 names no one: "the CEOs/Accountable Officers & Chairs of" each partner.
    lead: { name: p.lead.name, role: p.lead.role },
    deputy: p.deputy === null ? null : { name: p.deputy.name, role: p.deputy.role },
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
