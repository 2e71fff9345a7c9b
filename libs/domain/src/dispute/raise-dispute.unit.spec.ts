import type { CompactEvent } from '../compact/compact.events';
import { admitted, escalationLevel, escalationPathDefined, section, southNottinghamshire, versionPublished } from '../../testing/seed-compacts.fixtures';
import { NotFoundInDomain } from '../shared/decider';
import { disputeCompactSnapshot } from './dispute-compact-snapshot';
import { CCG, CITY_COUNCIL, EMAS, given, haringey, nottingham, nottinghamRaised, raiseNottingham, snapshotOf, stateOf } from '../../testing/dispute.fixtures';

describe('RaiseDispute (001 section 8: "where any party ... believes that elements of this compact are not being honoured")', () => {
  const { escalationLevels, v1 } = southNottinghamshire;

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
              versionLabel: '1.0',
              contentHash: v1.data.contentHash,
            },
            escalationPath: { levels: escalationLevels, note: 'Section 8, Keeping the compact alive', effectiveOn: '2014-09-30' },
            raisedBy: 'nhs-nottingham-city-ccg',
            against: ['east-midlands-ambulance'],
            about: [
              { kind: 'section', ref: '3' },
              { kind: 'commitment', ref: 'Appendix 2: a quality and sustainable urgent care system' },
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
    expect(state.kind !== 'none' && state.escalationPath.levels.map((l) => l.name)).toEqual(['Bilateral resolution', 'Mediation', 'Board to Board meeting']);
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

  it('given a commitment of the Haringey and Islington agreement, when a dispute about it is raised, then DisputeRaised names it', () => {
    given([])
      .when({
        type: 'RaiseDispute',
        data: {
          disputeId: 'hi-2018-002',
          compact: haringey.snapshot('2018-02-01'),
          raisedBy: 'london-borough-of-islington',
          against: ['whittington-health'],
          about: [{ kind: 'commitment', ref: 'Commitment 2: One set of behaviours (open book)' }],
          summary: 'Activity and staffing data have not been shared with partners as agreed.',
          raisedOn: '2018-02-01',
        },
      })
      .then((events) => {
        expect(events[0]).toMatchObject({
          type: 'DisputeRaised',
          data: {
            about: [{ kind: 'commitment', ref: 'Commitment 2: One set of behaviours (open book)' }],
            level: 1,
            compact: { compactId: 'haringey-and-islington' },
          },
        });
      });
  });

  describe('the compact snapshot', () => {
    it('is built from the compact state as it stood on the date: status, path in effect, version then current and its sections, partners', () => {
      expect(nottingham.snapshot('2015-03-02')).toEqual({
        compactId: 'south-nottinghamshire',
        compactTitle: 'South Nottinghamshire Transformation Partnership Compact',
        compactStatus: 'open-for-signature',
        escalationPath: { levels: escalationLevels, note: 'Section 8, Keeping the compact alive', effectiveOn: '2014-09-30' },
        version: { label: '1.0', contentHash: v1.data.contentHash, sectionRefs: ['1', '3', '8', '9'] },
        members: [CITY_COUNCIL, CCG, EMAS, 'nhs-england-notts-derbyshire'],
      });
      expect(haringey.snapshot('2018-02-01').compactStatus).toBe('in-force');
    });

    it('given the path redefined from 1 May 2015, when a paper dispute of 2 March 2015 is entered later, then it follows the path in effect on 2 March', () => {
      const redefined = escalationPathDefined(
        [escalationLevel(1, 'Board to Board meeting', 'The boards', { independentChair: true })],
        'Simplified',
        '2015-05-01',
      );
      const events = [...nottingham.compactEvents, redefined];
      expect(snapshotOf(events, '2015-03-02').escalationPath).toMatchObject({ effectiveOn: '2014-09-30', levels: escalationLevels });
      given([])
        .when(raiseNottingham({ compact: snapshotOf(events, '2015-03-02') }))
        .then((raised) => expect(raised[0]).toMatchObject({ type: 'DisputeRaised', data: { escalationPath: { effectiveOn: '2014-09-30' } } }));
    });

    it('given version 2.0 dated 1 May 2015, when a paper dispute of 2 March 2015 is entered later, then it is about version 1.0', () => {
      const v2 = versionPublished('2.0', '2015-05-01', [section('1', 'Refreshed')], 'Refresh');
      expect(snapshotOf([...nottingham.compactEvents, v2], '2015-03-02').version).toMatchObject({ label: '1.0', sectionRefs: ['1', '3', '8', '9'] });
      expect(snapshotOf([...nottingham.compactEvents, v2], '2015-05-01').version).toMatchObject({ label: '2.0', sectionRefs: ['1'] });
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
      const terminated: CompactEvent = { type: 'CompactTerminated', data: { effectiveOn: '2015-01-01', reason: 'Replaced', decisionReference: null } };
      given([])
        .when(raiseNottingham({ compact: snapshotOf([...nottingham.compactEvents, terminated], '2015-03-02') }))
        .thenThrows('compact-closed');
    });

    it('given the compact was superseded, when a dispute is raised after, then compact-closed', () => {
      const superseded: CompactEvent = {
        type: 'CompactSuperseded',
        data: { successorCompactId: 'nottingham-and-nottinghamshire-ics', effectiveOn: '2015-02-01', reason: 'ICS', decisionReference: null },
      };
      given([])
        .when(raiseNottingham({ compact: snapshotOf([...nottingham.compactEvents, superseded], '2015-03-02') }))
        .thenThrows('compact-closed');
    });

    it('given the Haringey and Islington agreement expired on 31 March 2020, when a dispute is raised on 1 June 2020, then compact-expired', () => {
      given([])
        .when({
          type: 'RaiseDispute',
          data: {
            disputeId: 'hi-2020-001',
            compact: haringey.snapshot('2020-06-01'),
            raisedBy: 'london-borough-of-islington',
            against: ['whittington-health'],
            about: [{ kind: 'section', ref: '3' }],
            summary: 'Not acting for the collective good',
            raisedOn: '2020-06-01',
          },
        })
        .thenThrows('compact-expired');
    });

    it('given the first version is dated 30 September 2014, when a dispute is raised on 1 September 2014, then compact-has-no-published-version', () => {
      given([])
        .when(raiseNottingham({ raisedOn: '2014-09-01' }))
        .thenThrows('compact-has-no-published-version');
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

    it('when the raiser is not a partner (Nottinghamshire County Council), then partner-not-member', () => {
      given([])
        .when(raiseNottingham({ raisedBy: 'nottinghamshire-county-council' }))
        .thenThrows('partner-not-member');
    });

    it('given East Midlands Ambulance withdrew from 1 Jan 2015, when a paper dispute of 2 Dec 2014 against it is entered, then DisputeRaised (it was a partner then)', () => {
      const withdrew: CompactEvent = {
        type: 'PartnerWithdrawn',
        data: { organisationId: EMAS, noticeGivenOn: '2014-12-01', effectiveOn: '2015-01-01', reason: 'Regional reorganisation' },
      };
      given([])
        .when(raiseNottingham({ raisedOn: '2014-12-02', compact: snapshotOf([...nottingham.compactEvents, withdrew], '2014-12-02') }))
        .then((events) => expect(events.map((e) => e.type)).toEqual(['DisputeRaised']));
    });

    it('given a partner admitted from 1 June 2015, when a dispute of 2 March 2015 is raised against it, then partner-not-member', () => {
      const joined = admitted(
        {
          organisationId: 'nottinghamshire-healthcare',
          name: 'Nottinghamshire Healthcare',
          organisationType: 'foundation-trust',
          lead: { name: 'A', role: 'Chief Executive' },
          deputy: null,
        },
        '2015-06-01',
      );
      given([])
        .when(raiseNottingham({ against: ['nottinghamshire-healthcare'], compact: snapshotOf([...nottingham.compactEvents, joined], '2015-03-02') }))
        .thenThrows('partner-not-member');
    });

    it('given East Midlands Ambulance withdrew, when a dispute is raised against it, then partner-not-member', () => {
      const withdrew: CompactEvent = {
        type: 'PartnerWithdrawn',
        data: { organisationId: EMAS, noticeGivenOn: '2014-12-01', effectiveOn: '2015-01-01', reason: 'Regional reorganisation' },
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

    it('when it is about section 2.4, which version 1.0 does not have, then dispute-section-not-found', () => {
      given([])
        .when(raiseNottingham({ about: [{ kind: 'section', ref: '2.4' }] }))
        .thenThrows('dispute-section-not-found');
    });

    it('when a section is "section three", then invalid-section-number', () => {
      given([])
        .when(raiseNottingham({ about: [{ kind: 'section', ref: 'section three' }] }))
        .thenThrows('invalid-section-number');
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
