import { haringey, sntb } from '../../testing/board.fixtures';
import { CCG, EMAS, atLevel3, nottinghamRaised, run as runDispute, stateOf as disputeStateOf } from '../../testing/dispute.fixtures';
import type { DisputeEvent } from '../dispute/dispute.events';
import type { MeetingCommand } from './meeting.commands';
import type { DecisionRecorded, MeetingEvent } from './meeting.events';
import {
  addItem,
  attendance,
  declare,
  decide,
  february,
  givenMeeting,
  HARINGEY_SEATS,
  haringeyMeeting,
  meetingOf,
  runMeeting,
  schedule,
  SNTB_VOTING,
} from '../../testing/meeting.fixtures';
import { decisionDisputeSnapshot, meetingBoardSnapshot } from './meeting-snapshots';
import { itemQuorum } from './quorum';

const circleExcludedFromItem4 = declare('doi-1', 'circle-partners', ['4']);

describe('RecordMeetingHeld: attendance per seat (lead present, deputy for the lead, apologies, absent)', () => {
  it('given the February meeting, when twelve voting seats attend, then MeetingHeld lists every seat and counts 12 of 16, 12 needed (70%)', () => {
    givenMeeting(february.withAgenda)
      .when(february.twelvePresent)
      .then(([event]) => {
        expect(event.type).toBe('MeetingHeld');
        const data = (event as Extract<MeetingEvent, { type: 'MeetingHeld' }>).data;
        expect(data.heldOn).toBe('2015-02-24');
        expect(data.quorum).toEqual({ votingSeats: 16, counted: 12, needed: 12, rule: '70%', quorate: true });
        expect(data.attendance).toHaveLength(20);
        const bySeat = Object.fromEntries(data.attendance.map((a) => [a.seatId, [a.status, a.person]]));
        expect(bySeat['nhs-nottingham-west-ccg']).toEqual(['deputy-present', 'Oli Newbould']);
        expect(bySeat['east-midlands-ambulance']).toEqual(['apologies', null]);
        expect(bySeat['primary-care']).toEqual(['absent', null]);
        expect(bySeat['administration-support']).toEqual(['lead-present', 'Carly Ball']);
        expect(bySeat['healthwatch']).toEqual(['absent', null]);
      });
  });

  it('given the meeting, when the deputy attends for a seat with no named deputy, then seat-has-no-deputy; the lead for Primary Care (Tbc), seat-has-no-lead', () => {
    givenMeeting(february.withAgenda)
      .when(attendance(SNTB_VOTING, { 'east-midlands-ambulance': 'deputy-present' }))
      .thenThrows('seat-has-no-deputy');
    givenMeeting(february.withAgenda)
      .when(attendance([...SNTB_VOTING, 'primary-care']))
      .thenThrows('seat-has-no-lead');
  });

  it('given the meeting, when Mike Wilkins attends as deputy Chair and as lead for Citizen Representation, then person-in-two-seats', () => {
    givenMeeting(february.withAgenda)
      .when(attendance(SNTB_VOTING, { chair: 'deputy-present' }))
      .thenThrows((e) => e instanceof Error && /person-in-two-seats: Mike Wilkins cannot attend for both Chair and Citizen Representation/.test(e.message));
    // With Trish Cargill attending for Citizen Representation, Mike Wilkins may chair.
    givenMeeting(february.withAgenda)
      .when(attendance(SNTB_VOTING, { chair: 'deputy-present', 'citizen-representation': 'deputy-present' }))
      .then(([event]) => expect(event.type).toBe('MeetingHeld'));
  });

  it('given the meeting, when a seat is unknown, listed twice or has an unknown status, then seat-unknown / seat-attendance-repeated / attendance-status-unknown', () => {
    const entries = (attendance(SNTB_VOTING) as Extract<MeetingCommand, { type: 'RecordMeetingHeld' }>).data.attendance;
    givenMeeting(february.withAgenda)
      .when({ type: 'RecordMeetingHeld', data: { attendance: [...entries, { seatId: 'derbyshire', status: 'absent' }] } })
      .thenThrows('seat-unknown');
    givenMeeting(february.withAgenda)
      .when({ type: 'RecordMeetingHeld', data: { attendance: [...entries, entries[0]] } })
      .thenThrows('seat-attendance-repeated');
    givenMeeting(february.withAgenda)
      .when({ type: 'RecordMeetingHeld', data: { attendance: [{ seatId: 'chair', status: 'late' as never }] } })
      .thenThrows('attendance-status-unknown');
  });

  it('given the meeting held, when it is recorded as held again, then meeting-already-held', () => {
    givenMeeting(february.held).when(february.twelvePresent).thenThrows('meeting-already-held');
  });
});

describe('DeclareInterest: "At the commencement of each meeting, the Chair will ask all members to declare interests"', () => {
  it('given the meeting held, when Circle Partners declares an interest in item 4 and the Chair excludes it, then InterestDeclared with the person attending', () => {
    givenMeeting(february.held)
      .when(circleExcludedFromItem4)
      .then([
        {
          type: 'InterestDeclared',
          data: {
            declarationId: 'doi-1',
            seatId: 'circle-partners',
            organisationId: 'circle-partners',
            person: 'Nicola Parry',
            interest: 'Illustrative: provides services within the scope of the item',
            nature: 'commercial-arrangement',
            items: ['4'],
            handling: 'excluded-from-items',
            declaredOn: '2015-02-24',
          },
          effectiveAt: '2015-02-24',
        },
      ]);
  });

  it('given the meeting not yet held, when an interest is declared, then meeting-not-held', () => {
    givenMeeting(february.withAgenda).when(circleExcludedFromItem4).thenThrows('meeting-not-held');
  });

  it('given East Midlands Ambulance sent apologies, when it declares an interest, then seat-not-present', () => {
    givenMeeting(february.held)
      .when(declare('doi-2', 'east-midlands-ambulance', ['4']))
      .thenThrows('seat-not-present');
  });

  it('given the meeting held, when an exclusion names no item, an unknown item, or the declaration id is used, then exclusion-needs-items / agenda-item-not-found / declaration-id-repeated', () => {
    givenMeeting(february.held)
      .when(declare('doi-2', 'circle-partners', []))
      .thenThrows('exclusion-needs-items');
    givenMeeting(february.held)
      .when(declare('doi-2', 'circle-partners', ['12']))
      .thenThrows('agenda-item-not-found');
    givenMeeting(runMeeting(february.held, circleExcludedFromItem4))
      .when(declare('doi-1', 'nhs-england', ['3'], 'may-take-part'))
      .thenThrows('declaration-id-repeated');
  });

  it('given a decision on item 3, when an exclusion from item 3 is declared afterwards, then interest-declared-after-decision; an interest the Chair lets take part is still recorded', () => {
    const decided = runMeeting(february.held, decide('d-3', '3'));
    givenMeeting(decided)
      .when(declare('doi-2', 'nhs-england', ['3']))
      .thenThrows('interest-declared-after-decision');
    givenMeeting(decided)
      .when(declare('doi-2', 'nhs-england', ['3'], 'may-take-part'))
      .then(([event]) => expect(event.data).toMatchObject({ handling: 'may-take-part', person: 'Dawn Atkinson' }));
  });
});

describe('RecordDecision: quorum per item, counting voting seats present and not excluded for an interest', () => {
  const withExclusion = runMeeting(february.held, circleExcludedFromItem4);

  it('given twelve present and Circle Partners excluded from item 4, when a decision on item 4 is recorded, then quorum-not-met with the figures', () => {
    givenMeeting(withExclusion)
      .when(decide('d-4', '4'))
      .thenThrows(
        (e) =>
          e instanceof Error &&
          e.message ===
            'quorum-not-met: quorum: 11 of 16 voting seats present and not excluded, 12 needed (70%) for item 4 (Circle Partners excluded for an interest)',
      );
  });

  it('given the same meeting, when a decision on item 3 is recorded, then it is quorate (12 of 16) and DecisionRecorded carries the count', () => {
    givenMeeting(withExclusion)
      .when(decide('d-3', '3', { resolution: 'The Board noted the comments from partner boards and agreed the responses (illustrative wording)' }))
      .then([
        {
          type: 'DecisionRecorded',
          data: {
            meetingId: 'sntb-2015-02',
            boardId: 'south-nottinghamshire-transformation-board',
            compactId: 'south-nottinghamshire',
            decisionId: 'd-3',
            item: '3',
            itemTitle: 'Comments from the Health and Wellbeing Boards, CCG Governing Bodies and organisational Boards on the Compact',
            decidedOn: '2015-02-24',
            resolution: 'The Board noted the comments from partner boards and agreed the responses (illustrative wording)',
            outcome: { kind: 'consensus' },
            carried: true,
            quorum: { votingSeats: 16, counted: 12, needed: 12, rule: '70%', quorate: true },
            excluded: [],
            value: null,
            reservedMatter: null,
            consequence: null,
          },
          effectiveAt: '2015-02-24',
        },
      ]);
  });

  it("the brief's example on a ten-seat board: seven present, one excluded, gives 'quorum: 6 of 10 voting seats present and not excluded, 7 needed'", () => {
    const present = HARINGEY_SEATS.slice(0, 7);
    const meeting = runMeeting(
      haringeyMeeting('partnership', 'wpb-2017-07', '2017-07-18'),
      addItem('4', 'Diabetes system budget (illustrative)', '2017-07-03'),
      attendance(present, Object.fromEntries(HARINGEY_SEATS.slice(7).map((s) => [s, 'apologies' as const]))),
      declare('doi-1', 'nhs-haringey-clinical-commissioning-group', ['4']),
    );
    expect(itemQuorum(meetingOf(meeting), '4').eligible).toHaveLength(6);
    givenMeeting(meeting)
      .when(decide('d-4', '4'))
      .thenThrows((e) => e instanceof Error && e.message.startsWith('quorum-not-met: quorum: 6 of 10 voting seats present and not excluded, 7 needed (70%)'));
  });

  it('given an inquorate meeting (eleven present), then the meeting records it and every item is refused', () => {
    const eleven = runMeeting(
      february.withAgenda,
      attendance(SNTB_VOTING, {
        'east-midlands-ambulance': 'apologies',
        'nottinghamshire-county-council': 'apologies',
        'nhs-rushcliffe-ccg': 'apologies',
        'circle-partners': 'absent',
      }),
    );
    expect(meetingOf(eleven).quorum).toMatchObject({ counted: 11, needed: 12, quorate: false });
    givenMeeting(eleven).when(decide('d-3', '3')).thenThrows('quorum-not-met');
  });

  it('given the meeting not held, an item not on the agenda, or a decision id used, then meeting-not-held / agenda-item-not-found / decision-id-repeated', () => {
    givenMeeting(february.withAgenda).when(decide('d-3', '3')).thenThrows('meeting-not-held');
    givenMeeting(february.held).when(decide('d-9', '9')).thenThrows('agenda-item-not-found');
    givenMeeting(runMeeting(february.held, decide('d-3', '3')))
      .when(decide('d-3', '3'))
      .thenThrows('decision-id-repeated');
  });

  describe('votes', () => {
    const vote = (forSeats: string[], against: string[] = [], abstained: string[] = []) => ({
      outcome: { kind: 'vote' as const, for: forSeats, against, abstained },
    });

    it('given the meeting, when seven vote for and four against, then carried; four for and five against, not carried', () => {
      const seven = [
        'chair',
        'citizen-representation',
        'south-notts-transformation-programme',
        'nhs-nottingham-city-ccg',
        'nhs-nottingham-north-and-east-ccg',
        'nhs-nottingham-west-ccg',
        'nhs-england',
      ];
      const four = ['circle-partners', 'nottingham-city-council', 'nottinghamshire-healthcare', 'nottingham-university-hospitals'];
      givenMeeting(february.held)
        .when(decide('d-3', '3', vote(seven, four, ['nottingham-citycare-partnership'])))
        .then(([event]) =>
          expect((event as DecisionRecorded).data).toMatchObject({
            carried: true,
            outcome: { kind: 'vote', for: seven, against: four, abstained: ['nottingham-citycare-partnership'] },
          }),
        );
      givenMeeting(february.held)
        .when(decide('d-3', '3', vote(four, seven.slice(0, 5))))
        .then(([event]) => expect((event as DecisionRecorded).data.carried).toBe(false));
    });

    it('given Circle Partners excluded from item 4 and quorate without it, when it votes on item 4, then voter-not-eligible naming the declaration', () => {
      const quorate = runMeeting(february.withAgenda, attendance(SNTB_VOTING), circleExcludedFromItem4);
      givenMeeting(quorate)
        .when(decide('d-4', '4', vote(['chair', 'circle-partners'])))
        .thenThrows(
          (e) =>
            e instanceof Error &&
            /voter-not-eligible: Circle Partners cannot vote on item 4: excluded from item 4 for the interest declared \(doi-1\)/.test(e.message),
        );
    });

    it('given the meeting, when a seat in attendance, an absent seat or one seat twice votes, or no one votes, then voter-not-eligible / voter-repeated / vote-empty', () => {
      givenMeeting(february.held)
        .when(decide('d-3', '3', vote(['administration-support'])))
        .thenThrows('voter-not-eligible');
      givenMeeting(february.held)
        .when(decide('d-3', '3', vote(['east-midlands-ambulance'])))
        .thenThrows('voter-not-eligible');
      givenMeeting(february.held)
        .when(decide('d-3', '3', vote(['chair'], ['chair'])))
        .thenThrows('voter-repeated');
      givenMeeting(february.held)
        .when(decide('d-3', '3', vote([])))
        .thenThrows('vote-empty');
    });
  });
});

describe('RecordDecision: matters reserved to a board (004: over £250k capital or annual revenue to the Partnership Board, from April 2017)', () => {
  const withItem = (board: 'partnership' | 'delivery', meetingId: string) =>
    runMeeting(
      haringeyMeeting(board, meetingId, '2017-07-18'),
      addItem('5', 'Community diabetes service (illustrative)', '2017-07-03'),
      attendance(HARINGEY_SEATS),
    );
  const investment = (amountPounds: number, basis: 'capital' | 'annual-revenue' = 'capital') => ({
    value: { direction: 'investment' as const, basis, amountPounds },
  });

  it('given the Programme Delivery Board, when it records an investment of £300,000 capital, then decision-reserved-to-another-board with the figures', () => {
    givenMeeting(withItem('delivery', 'pdb-2017-07'))
      .when(decide('d-5', '5', investment(300_000)))
      .thenThrows(
        (e) =>
          e instanceof Error &&
          e.message ===
            'decision-reserved-to-another-board: an investment of £300,000 capital is over the £250,000 threshold reserved to Wellbeing Partnership Board from 2017-04-01; Programme Delivery Board cannot decide it',
      );
  });

  it('given the Programme Delivery Board, when it records a disinvestment of £260,000 annual revenue, then decision-reserved-to-another-board; of exactly £250,000, it is not over the threshold and is recorded', () => {
    givenMeeting(withItem('delivery', 'pdb-2017-07'))
      .when(decide('d-5', '5', { value: { direction: 'disinvestment', basis: 'annual-revenue', amountPounds: 260_000 } }))
      .thenThrows('decision-reserved-to-another-board');
    givenMeeting(withItem('delivery', 'pdb-2017-07'))
      .when(decide('d-5', '5', investment(250_000)))
      .then(([event]) => expect((event as DecisionRecorded).data).toMatchObject({ value: { amountPounds: 250000 }, reservedMatter: null }));
  });

  it('given the Wellbeing Partnership Board, when it records the £300,000 investment, then DecisionRecorded names the reserved matter', () => {
    givenMeeting(withItem('partnership', 'wpb-2017-07'))
      .when(decide('d-5', '5', investment(300_000)))
      .then(([event]) =>
        expect((event as DecisionRecorded).data).toMatchObject({
          value: { direction: 'investment', basis: 'capital', amountPounds: 300000 },
          reservedMatter: { matterId: 'significant-investment-or-disinvestment', thresholdPounds: 250000 },
        }),
      );
  });

  it('given a reservation that takes effect after the meeting, then the Delivery Board may still decide', () => {
    const snapshot = meetingBoardSnapshot(haringey.deliveryBoardState, [haringey.partnershipBoardState], haringey.compactState, '2017-07-18');
    const later = { ...snapshot, reservedMatters: snapshot.reservedMatters.map((m) => ({ ...m, effectiveFrom: '2017-09-01' })) };
    const events = runMeeting(
      [],
      {
        type: 'ScheduleMeeting',
        data: { meetingId: 'pdb-2017-07', board: later, meetingDate: '2017-07-18', title: 'Programme Delivery Board (illustrative)' },
      },
      addItem('5', 'Community diabetes service (illustrative)', '2017-07-03'),
      attendance(HARINGEY_SEATS),
    );
    givenMeeting(events)
      .when(decide('d-5', '5', investment(300_000)))
      .then(([event]) => expect(event.type).toBe('DecisionRecorded'));
  });

  it('given a meeting, when the value is not whole pounds or its basis unknown, then decision-value-invalid', () => {
    givenMeeting(withItem('partnership', 'wpb-2017-07'))
      .when(decide('d-5', '5', investment(1.5)))
      .thenThrows('decision-value-invalid');
    givenMeeting(withItem('partnership', 'wpb-2017-07'))
      .when(decide('d-5', '5', { value: { direction: 'investment', basis: 'recurrent' as never, amountPounds: 1 } }))
      .thenThrows('decision-value-invalid');
  });

  it("the Partnership Board holds the threshold on its own stream; the Delivery Board meeting learns it from the snapshot of the compact's boards", () => {
    expect(meetingOf(withItem('delivery', 'pdb-2017-07')).reservedMatters.map((m) => [m.boardName, m.thresholdPounds])).toEqual([
      ['Wellbeing Partnership Board', 250000],
    ]);
    expect(haringey.deliveryTerms.reservedMatters).toEqual([]);
  });
});

describe('RecordDecision: decisions that act on the compact', () => {
  const concern = {
    reflectedOn: '2017-09-05',
    reflectedBy: 'Chairs / CEOs of the partners (illustrative)',
    evidence: [{ description: 'Illustrative: service closure announced without prior discussion at the Partnership Board', sha256: null }],
    noChangeFinding: 'Illustrative: no change in approach since the concern was reflected',
  };
  const askToLeave = (overrides: Record<string, unknown> = {}) => ({
    consequence: {
      kind: 'ask-partner-to-leave' as const,
      organisationId: 'north-middlesex-hospital-nhs-trust',
      reason: 'Illustrative: not acting for the collective good after the concern was reflected with evidence',
      effectiveOn: '2017-11-01',
      concern,
      ...overrides,
    },
  });
  const wpbOctober = runMeeting(
    haringeyMeeting('partnership', 'wpb-2017-10', '2017-10-17'),
    addItem('6', 'Collective monitoring (illustrative)', '2017-10-02'),
    attendance(HARINGEY_SEATS),
  );

  it('given the Partnership Board in October 2017, when it decides that North Middlesex Hospital is asked to leave, then DecisionRecorded carries the consequence for the compact', () => {
    givenMeeting(wpbOctober)
      .when(decide('d-6', '6', askToLeave()))
      .then(([event]) =>
        expect((event as DecisionRecorded).data.consequence).toEqual({
          kind: 'ask-partner-to-leave',
          compactId: 'haringey-and-islington',
          organisationId: 'north-middlesex-hospital-nhs-trust',
          reason: 'Illustrative: not acting for the collective good after the concern was reflected with evidence',
          effectiveOn: '2017-11-01',
          concern,
        }),
      );
  });

  it('collective monitoring comes first: without evidence, concern-evidence-required; reflected on the day, concern-not-before-decision; no finding, no-change-finding-required', () => {
    givenMeeting(wpbOctober)
      .when(decide('d-6', '6', askToLeave({ concern: { ...concern, evidence: [] } })))
      .thenThrows('concern-evidence-required');
    givenMeeting(wpbOctober)
      .when(decide('d-6', '6', askToLeave({ concern: { ...concern, reflectedOn: '2017-10-17' } })))
      .thenThrows('concern-not-before-decision');
    givenMeeting(wpbOctober)
      .when(decide('d-6', '6', askToLeave({ concern: { ...concern, noChangeFinding: '' } })))
      .thenThrows('no-change-finding-required');
    givenMeeting(wpbOctober)
      .when(decide('d-6', '6', askToLeave({ concern: null })))
      .thenThrows('concern-not-reflected');
  });

  it('given the meeting, when the organisation is not a partner, leaves before the decision, or the vote is lost, then partner-not-member / leaving-before-decision / consequence-needs-carried-decision', () => {
    givenMeeting(wpbOctober)
      .when(decide('d-6', '6', askToLeave({ organisationId: 'barnet-ccg' })))
      .thenThrows('partner-not-member');
    givenMeeting(wpbOctober)
      .when(decide('d-6', '6', askToLeave({ effectiveOn: '2017-10-16' })))
      .thenThrows('leaving-before-decision');
    givenMeeting(wpbOctober)
      .when(
        decide('d-6', '6', {
          ...askToLeave(),
          outcome: { kind: 'vote', for: ['university-college-london-hospitals-nhs-foundation-trust'], against: ['whittington-health-nhs-trust', 'north-middlesex-hospital-nhs-trust'], abstained: [] },
        }),
      )
      .thenThrows('consequence-needs-carried-decision');
  });

  describe('resolving a dispute referred to the board (001: the Nottingham dispute, illustrative)', () => {
    const sntbMeetingOn = (meetingDate: string) =>
      runMeeting(
        [],
        schedule(
          `sntb-${meetingDate}`,
          meetingDate,
          `South Nottinghamshire Transformation Board, ${meetingDate} (illustrative)`,
          sntb.state,
          sntb.compactState,
        ),
        addItem('5', 'Dispute referred to the Board: conveyance protocols (illustrative)', '2015-02-09'),
        attendance(SNTB_VOTING),
      );
    const march = sntbMeetingOn('2015-03-31');
    const resolve = (dispute: DisputeEvent[], overrides: Record<string, unknown> = {}): MeetingCommand =>
      decide('d-5', '5', {
        consequence: {
          kind: 'resolve-dispute',
          disputeId: 'notts-2015-001',
          terms: 'Illustrative: protocol changes come to the Board first',
          agreedBy: [EMAS, CCG],
          ...overrides,
        },
        dispute: decisionDisputeSnapshot(disputeStateOf(dispute)),
      });

    it('given the dispute open at level 1 and the board quorate on 31 March 2015, when it resolves it, then the consequence carries terms, the parties and the meeting date', () => {
      givenMeeting(march)
        .when(resolve([nottinghamRaised]))
        .then(([event]) =>
          expect((event as DecisionRecorded).data.consequence).toEqual({
            kind: 'resolve-dispute',
            compactId: 'south-nottinghamshire',
            disputeId: 'notts-2015-001',
            terms: 'Illustrative: protocol changes come to the Board first',
            agreedBy: [CCG, EMAS],
            resolvedOn: '2015-03-31',
          }),
        );
    });

    it('given the dispute raised on 2 March, when the February meeting resolves it, then steps-in-date-order', () => {
      givenMeeting(sntbMeetingOn('2015-02-24'))
        .when(resolve([nottinghamRaised]))
        .thenThrows('steps-in-date-order');
    });

    it('given the dispute, when a party has not agreed, the snapshot is missing, it is at level 3 without an agreed chair, or already resolved, then the dispute rules refuse it', () => {
      const meeting = sntbMeetingOn('2015-07-07');
      givenMeeting(meeting)
        .when(resolve([nottinghamRaised], { agreedBy: [CCG] }))
        .thenThrows('not-agreed-by-every-party');
      givenMeeting(meeting)
        .when({ ...resolve([nottinghamRaised]), data: { ...(resolve([nottinghamRaised]).data as object), dispute: null } } as MeetingCommand)
        .thenThrows('dispute-snapshot-required');
      givenMeeting(meeting).when(resolve(atLevel3)).thenThrows('independent-chair-not-agreed');
      const resolved = runDispute([nottinghamRaised], { type: 'ResolveDispute', data: { terms: 'Settled', agreedBy: [CCG, EMAS], resolvedOn: '2015-03-20' } });
      givenMeeting(meeting).when(resolve(resolved)).thenThrows('dispute-closed');
    });
  });
});
