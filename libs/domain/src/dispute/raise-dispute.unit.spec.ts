import type { CompactEvent } from '../compact/compact.events';
import { admitted, escalationLevel, escalationPathDefined, haringeyAndIslington, idOf, on, section, southNottinghamshire, versionPublished } from '../../testing/seed-compacts.fixtures';
import { NotFoundInDomain } from '../shared/decider';
import type { DisputeCommand } from './dispute.commands';
import { disputeCompactSnapshot } from './dispute-compact-snapshot';
import { CCG, CITY_COUNCIL, EMAS, given, haringey, nottingham, nottinghamRaised, raiseNottingham, snapshotOf, stateOf } from '../../testing/dispute.fixtures';

describe('RaiseDispute (001 section 8: "where any party ... believes that elements of this compact are not being honoured")', () => {
  const { escalationLevels, v1, escalationPath } = southNottinghamshire;
  const ISLINGTON = idOf('London Borough of Islington');
  const WHITTINGTON = idOf('Whittington Health NHS Trust');
  const raiseHaringey = (about: Array<{ kind: 'section' | 'commitment'; ref: string }>, raisedOn = '2018-02-01'): DisputeCommand => ({
      type: 'RaiseDispute',
      data: {
        disputeId: 'hi-2018-002',
        compact: haringey.snapshot(raisedOn),
        raisedBy: ISLINGTON,
        against: [WHITTINGTON],
        about,
        summary: 'Activity and staffing data have not been shared with partners as agreed.',
        raisedOn,
      },
    });

  it('given no dispute, when NHS Nottingham City CCG raises one against East Midlands Ambulance about section 3, then DisputeRaised at level 1 with a copy of the path', () => {
    given([])
      .when(raiseNottingham())
      .then([
        {
          type: 'DisputeRaised',
          data: {
            disputeId: 'notts-2015-001',
            compact: {
              compactId: 'south-nottinghamshire',
              compactTitle: 'South Nottinghamshire Transformation Partnership Compact',
              versionLabel: '1',
              contentHash: v1.data.contentHash,
            },
            escalationPath: { levels: escalationLevels, note: '8 KEEPING THE COMPACT ALIVE', effectiveOn: v1.data.dated },
            raisedBy: CCG,
            against: [EMAS],
            about: [
              { kind: 'section', ref: '3' },
              { kind: 'section', ref: 'Appendix 2' },
            ],
            summary: 'Conveyance protocols were changed without engaging partners, citizens or staff, contrary to section 3.',
            raisedOn: '2015-03-02',
            level: 1,
          },
          effectiveAt: '2015-03-02',
        },
      ]);
  });

  it('given it is raised, then the dispute is open at level 1, reached on the day it was raised by the raiser', () => {
    const state = stateOf([nottinghamRaised]);
    expect(state).toMatchObject({
      kind: 'open',
      disputeId: 'notts-2015-001',
      raisedBy: CCG,
      against: [EMAS],
      currentLevel: 1,
      levelsReached: [{ level: 1, reachedOn: '2015-03-02', reason: null, requestedBy: CCG }],
      mediators: [],
      responses: [],
      evidence: [],
      independentChair: null,
      resolution: null,
      withdrawal: null,
      lastStepOn: '2015-03-02',
    });
    expect(state.kind !== 'none' && state.escalationPath.levels.map((l) => l.name)).toEqual(['Level 1', 'Level 2', 'Level 3']);
  });

  it('given a dispute raised against two partners, then both are respondents', () => {
    given([])
      .when(raiseNottingham({ against: [EMAS, CITY_COUNCIL] }))
      .then((events) => {
        expect(events).toHaveLength(1);
        expect(events[0].type).toBe('DisputeRaised');
        expect(events[0].type === 'DisputeRaised' && events[0].data.against).toEqual([EMAS, CITY_COUNCIL]);
      });
  });

  describe('commitments (004: eight, sections of the agreement\'s text)', () => {
    it('given a commitment of the Haringey and Islington agreement, when a dispute about it is raised by its reference or with its heading, then DisputeRaised names it by its reference', () => {
      given([])
        .when(raiseHaringey([{ kind: 'commitment', ref: 'Commitment 2: One set of behaviours' }]))
        .then((events) => {
          expect(events[0]).toMatchObject({
            type: 'DisputeRaised',
            data: { about: [{ kind: 'commitment', ref: 'Commitment 2' }], level: 1, compact: { compactId: 'haringey-and-islington' } },
          });
        });
      given([])
        .when(raiseHaringey([{ kind: 'commitment', ref: 'commitment 3' }, { kind: 'section', ref: 'Timeframe' }]))
        .then((events) => expect((events[0].data as { about: unknown }).about).toEqual([
          { kind: 'commitment', ref: 'Commitment 3' },
          { kind: 'section', ref: 'Timeframe' },
        ]));
    });

    it('when a dispute is about "Commitment 99: Free lunches", which the agreement does not have, then dispute-commitment-not-found naming the eight it has', () => {
      given([])
        .when(raiseHaringey([{ kind: 'commitment', ref: 'Commitment 99: Free lunches' }]))
        .thenThrows((e) => e instanceof Error && /dispute-commitment-not-found/.test(e.message) && /Commitment 1, .*Commitment 8/.test(e.message));
    });

    it('when a commitment is named with a heading it does not have ("Commitment 2: Free lunches"), then dispute-commitment-not-found', () => {
      given([]).when(raiseHaringey([{ kind: 'commitment', ref: 'Commitment 2: Free lunches' }])).thenThrows('dispute-commitment-not-found');
    });

    it('given South Nottinghamshire, which has no commitments, when a dispute names one, then dispute-commitment-not-found', () => {
      given([])
        .when(raiseNottingham({ about: [{ kind: 'commitment', ref: 'Appendix 2: a quality and sustainable urgent care system' }] }))
        .thenThrows('dispute-commitment-not-found');
    });

    it('reads the eight commitments from the paper as sections of version 1', () => {
      const commitments = haringeyAndIslington.sections.filter((s) => /^Commitment /.test(s.number));
      expect(commitments.map((c) => [c.number, c.heading])).toEqual([
        ['Commitment 1', 'One ambition'],
        ['Commitment 2', 'One set of behaviours'],
        ['Commitment 3', 'One Plan: Joint Strategic Planning'],
        ['Commitment 4', 'One transformation approach: bringing together our service redesign work'],
        ['Commitment 5', 'One delivery team'],
        ['Commitment 6', 'One approach to quality improvement and a shared approach to performance improvement'],
        ['Commitment 7', 'One financial plan'],
        ['Commitment 8', 'One set of governance arrangements'],
      ]);
    });
  });

  describe('the compact snapshot', () => {
    it('is built from the compact state as it stood on the date: status, path in effect, version then current and its sections, partners', () => {
      const snapshot = nottingham.snapshot('2015-03-02');
      expect(snapshot).toMatchObject({
        compactId: 'south-nottinghamshire',
        compactTitle: 'South Nottinghamshire Transformation Partnership Compact',
        compactStatus: 'open-for-signature',
        escalationPath: { levels: escalationLevels, note: '8 KEEPING THE COMPACT ALIVE', effectiveOn: v1.data.dated },
        version: { label: '1', contentHash: v1.data.contentHash },
      });
      expect(snapshot.version!.sections.map((s) => s.number)).toEqual(v1.data.sections!.map((s) => s.number));
      expect(snapshot.version!.sections.find((s) => s.number === '8')).toEqual({ number: '8', heading: 'KEEPING THE COMPACT ALIVE' });
      // The paper gives no date of joining: each of the twelve may have been a partner on 2 March 2015.
      expect(snapshot.members).toHaveLength(12);
      expect(snapshot.members).toEqual(expect.arrayContaining([CITY_COUNCIL, CCG, EMAS]));
      expect(haringey.snapshot('2018-02-01').compactStatus).toBe('in-force');
    });

    it('given the path redefined from 1 May 2015, when a paper dispute of 2 March 2015 is entered later, then it follows the path in effect on 2 March', () => {
      const redefined = escalationPathDefined(
        [escalationLevel(1, 'Board to Board meeting', 'The boards', { independentChair: true })],
        'Simplified',
        '2015-05-01',
      );
      const events = [...nottingham.compactEvents, redefined];
      expect(snapshotOf(events, '2015-03-02').escalationPath).toMatchObject({ effectiveOn: escalationPath.data.effectiveOn, levels: escalationLevels });
      given([])
        .when(raiseNottingham({ compact: snapshotOf(events, '2015-03-02') }))
        .then((raised) => expect(raised[0]).toMatchObject({ type: 'DisputeRaised', data: { escalationPath: { note: '8 KEEPING THE COMPACT ALIVE' } } }));
    });

    it('given version 2.0 dated 1 May 2015, when a paper dispute of 2 March 2015 is entered later, then it is about version 1', () => {
      const v2 = versionPublished('2.0', '2015-05-01', [section('1', 'Refreshed')], 'Refresh');
      expect(snapshotOf([...nottingham.compactEvents, v2], '2015-03-02').version).toMatchObject({ label: '1' });
      expect(snapshotOf([...nottingham.compactEvents, v2], '2015-05-01').version).toMatchObject({ label: '2.0', sections: [{ number: '1', heading: null }] });
    });

    it('given version 2.0 dated only "May 2015", then a dispute of 15 May may be under either: it follows 2.0, which may have been current', () => {
      const v2 = versionPublished('2.0', '2015-05', [section('1', 'Refreshed')], 'Refresh');
      expect(snapshotOf([...nottingham.compactEvents, v2], '2015-05-15').version).toMatchObject({ label: '2.0' });
      expect(snapshotOf([...nottingham.compactEvents, v2], '2015-04-30').version).toMatchObject({ label: '1' });
    });

    it('of a compact never drafted is NotFoundInDomain', () => {
      expect(() => disputeCompactSnapshot({ kind: 'none' }, '2015-03-02')).toThrow(NotFoundInDomain);
    });

    it('given a dispute raised under the old path, when the compact redefines its path, then the dispute keeps the path it was raised under', () => {
      const redefined = escalationPathDefined(
        [escalationLevel(1, 'Board to Board meeting', 'The boards', { independentChair: true })],
        'Simplified',
        '2015-05-01',
      );
      expect(snapshotOf([...nottingham.compactEvents, redefined], '2015-06-01').escalationPath?.levels).toHaveLength(1);
      const state = stateOf([nottinghamRaised]);
      expect(state.kind !== 'none' && state.escalationPath.levels).toHaveLength(3);
    });
  });

  describe('refusals', () => {
    it('given a raised dispute, when it is raised again, then dispute-already-raised', () => {
      given([nottinghamRaised]).when(raiseNottingham()).thenThrows('dispute-already-raised');
    });

    it('when the dispute id is blank, then dispute-id-required', () => {
      given([])
        .when(raiseNottingham({ disputeId: ' ' }))
        .thenThrows('dispute-id-required');
    });

    it('when the date is "2 March 2015", then invalid-date', () => {
      given([])
        .when(raiseNottingham({ raisedOn: '2 March 2015', compact: nottingham.snapshot() }))
        .thenThrows('invalid-date');
    });

    it('when the snapshot names no compact, then compact-id-required', () => {
      given([])
        .when(raiseNottingham({ compact: { ...nottingham.snapshot(), compactId: '' } }))
        .thenThrows('compact-id-required');
    });

    it('when the snapshot has an unknown status, then compact-status-unknown', () => {
      given([])
        .when(raiseNottingham({ compact: { ...nottingham.snapshot(), compactStatus: 'suspended' as never } }))
        .thenThrows('compact-status-unknown');
    });

    it('given the compact was terminated on 1 January 2015, when a dispute is raised on 2 March 2015, then compact-closed', () => {
      const terminated: CompactEvent = { type: 'CompactTerminated', data: { factId: 'termination', effectiveOn: on('2015-01-01'), reason: 'Replaced', decisionReference: null } };
      given([])
        .when(raiseNottingham({ compact: snapshotOf([...nottingham.compactEvents, terminated], '2015-03-02') }))
        .thenThrows('compact-closed');
    });

    it('given the compact was superseded, when a dispute is raised after, then compact-closed', () => {
      const superseded: CompactEvent = {
        type: 'CompactSuperseded',
        data: { factId: 'supersession', successorCompactId: 'nottingham-and-nottinghamshire-ics', effectiveOn: on('2015-02-01'), reason: 'ICS', decisionReference: null },
      };
      given([])
        .when(raiseNottingham({ compact: snapshotOf([...nottingham.compactEvents, superseded], '2015-03-02') }))
        .thenThrows('compact-closed');
    });

    it('given the Haringey and Islington agreement expired on 31 March 2020, when a dispute is raised on 1 June 2020, then compact-expired', () => {
      given([])
        .when(raiseHaringey([{ kind: 'commitment', ref: 'Commitment 2' }], '2020-06-01'))
        .thenThrows('compact-expired');
    });

    it('given the first version undated, assumed between 1 Sept and 30 Nov 2014, when a dispute is raised on 31 August 2014, then compact-has-no-published-version; on 1 September 2014 (it may have been published), it is accepted', () => {
      given([])
        .when(raiseNottingham({ raisedOn: '2014-08-31', compact: nottingham.snapshot('2014-08-31') }))
        .thenThrows('compact-has-no-published-version');
      given([])
        .when(raiseNottingham({ raisedOn: '2014-09-01', compact: nottingham.snapshot('2014-09-01') }))
        .then((events) => expect(events[0].type).toBe('DisputeRaised'));
    });

    it('given a compact with no version, when a dispute is raised, then compact-has-no-published-version', () => {
      given([])
        .when(raiseNottingham({ compact: { ...nottingham.snapshot(), version: null, compactStatus: 'draft' } }))
        .thenThrows('compact-has-no-published-version');
    });

    it('given the Nottingham compact without an escalation path, when a dispute is raised, then compact-has-no-escalation-path', () => {
      given([])
        .when(raiseNottingham({ compact: snapshotOf(southNottinghamshire.drafting, '2015-03-02') }))
        .thenThrows('compact-has-no-escalation-path');
    });

    it('when the snapshot path skips a level, then escalation-levels-not-contiguous', () => {
      const snapshot = nottingham.snapshot();
      given([])
        .when(
          raiseNottingham({ compact: { ...snapshot, escalationPath: { ...snapshot.escalationPath!, levels: [escalationLevels[0], escalationLevels[2]] } } }),
        )
        .thenThrows('escalation-levels-not-contiguous');
    });

    it('given the only path takes effect on 1 June 2015, when a dispute is raised on 2 March 2015, then dispute-raised-before-escalation-path', () => {
      const later = escalationPathDefined(escalationLevels, 'Section 8, adopted at the June board', '2015-06-01');
      given([])
        .when(raiseNottingham({ compact: snapshotOf([...southNottinghamshire.drafting, later], '2015-03-02') }))
        .thenThrows('dispute-raised-before-escalation-path');
    });

    it('when the raiser is named "NHS Nottingham City CCG" rather than a slug, then organisation-id-not-a-slug', () => {
      given([])
        .when(raiseNottingham({ raisedBy: 'NHS Nottingham City CCG' }))
        .thenThrows('organisation-id-not-a-slug');
    });

    it('when it is raised against no one, then dispute-respondent-required', () => {
      given([])
        .when(raiseNottingham({ against: [] }))
        .thenThrows('dispute-respondent-required');
    });

    it('when the CCG raises it against itself, then dispute-against-self', () => {
      given([])
        .when(raiseNottingham({ against: [EMAS, CCG] }))
        .thenThrows('dispute-against-self');
    });

    it('when East Midlands Ambulance is named twice, then dispute-respondent-repeated', () => {
      given([])
        .when(raiseNottingham({ against: [EMAS, EMAS] }))
        .thenThrows('dispute-respondent-repeated');
    });

    it('when the raiser is not a partner (Erewash CCG, in attendance at the board), then partner-not-member', () => {
      given([])
        .when(raiseNottingham({ raisedBy: 'erewash-ccg' }))
        .thenThrows('partner-not-member');
    });

    it('given East Midlands Ambulance withdrew from 1 Jan 2015, when a paper dispute of 2 Dec 2014 against it is entered, then DisputeRaised (it was a partner then)', () => {
      const withdrew: CompactEvent = {
        type: 'PartnerWithdrawn',
        data: { factId: 'w', organisationId: EMAS, noticeGivenOn: on('2014-12-01'), effectiveOn: on('2015-01-01'), reason: 'Regional reorganisation' },
      };
      given([])
        .when(raiseNottingham({ raisedOn: '2014-12-02', compact: snapshotOf([...nottingham.compactEvents, withdrew], '2014-12-02') }))
        .then((events) => expect(events.map((e) => e.type)).toEqual(['DisputeRaised']));
    });

    it('given a partner admitted from 1 June 2015, when a dispute of 2 March 2015 is raised against it, then partner-not-member', () => {
      const joined = admitted(
        {
          organisationId: 'nottinghamshire-healthcare-second',
          name: 'A later partner',
          organisationType: 'foundation-trust',
          lead: { name: 'A', role: 'Chief Executive' },
          deputy: null,
        },
        '2015-06-01',
      );
      given([])
        .when(raiseNottingham({ against: ['nottinghamshire-healthcare-second'], compact: snapshotOf([...nottingham.compactEvents, joined], '2015-03-02') }))
        .thenThrows('partner-not-member');
    });

    it('given East Midlands Ambulance withdrew, when a dispute is raised against it, then partner-not-member', () => {
      const withdrew: CompactEvent = {
        type: 'PartnerWithdrawn',
        data: { factId: 'w', organisationId: EMAS, noticeGivenOn: on('2014-12-01'), effectiveOn: on('2015-01-01'), reason: 'Regional reorganisation' },
      };
      given([])
        .when(raiseNottingham({ compact: snapshotOf([...nottingham.compactEvents, withdrew], '2015-03-02') }))
        .thenThrows('partner-not-member');
    });

    it('when it is about nothing, then dispute-subject-required', () => {
      given([])
        .when(raiseNottingham({ about: [] }))
        .thenThrows('dispute-subject-required');
    });

    it('when it is about section 2.4, which version 1 does not have, then dispute-section-not-found', () => {
      given([])
        .when(raiseNottingham({ about: [{ kind: 'section', ref: '2.4' }] }))
        .thenThrows('dispute-section-not-found');
    });

    it('when a section reference runs over two lines, then invalid-section-number; "section three", which the version does not have, dispute-section-not-found', () => {
      given([])
        .when(raiseNottingham({ about: [{ kind: 'section', ref: 'section\nthree' }] }))
        .thenThrows('invalid-section-number');
      given([])
        .when(raiseNottingham({ about: [{ kind: 'section', ref: 'section three' }] }))
        .thenThrows('dispute-section-not-found');
    });

    it('when a subject is a "clause", then dispute-subject-invalid', () => {
      given([])
        .when(raiseNottingham({ about: [{ kind: 'clause', ref: '3' } as never] }))
        .thenThrows('dispute-subject-invalid');
    });

    it('when a commitment is blank, then dispute-subject-invalid', () => {
      given([])
        .when(raiseNottingham({ about: [{ kind: 'commitment', ref: ' ' }] }))
        .thenThrows('dispute-subject-invalid');
    });

    it('when section 3 is named twice, then dispute-subject-repeated', () => {
      given([])
        .when(
          raiseNottingham({
            about: [
              { kind: 'section', ref: '3' },
              { kind: 'section', ref: '3' },
            ],
          }),
        )
        .thenThrows('dispute-subject-repeated');
    });

    it('when the summary is blank, then dispute-summary-required', () => {
      given([])
        .when(raiseNottingham({ summary: '' }))
        .thenThrows('dispute-summary-required');
    });
  });
});
