import { NotFoundInDomain } from '../shared/decider';
import type { DisputeCommand, Mediator } from './dispute.commands';
import {
  atLevel2,
  atLevel3,
  CCG,
  CITY_COUNCIL,
  criticalFriendMediator,
  EMAS,
  escalateTo,
  given,
  layChairMediator,
  NHS_ENGLAND,
  nottingham,
  nottinghamRaised,
  pdf,
  raiseNottingham,
  run,
  stateOf,
} from '../../testing/dispute.fixtures';

const respond = (
  respondent: string,
  respondedOn: string,
  response = 'The protocol change was a national directive; we briefed the Transformation Board in January.',
): DisputeCommand => ({
  type: 'RespondToDispute',
  data: { respondent, response, respondedOn },
});
const appoint = (level: number, appointedOn: string, mediator: Mediator = layChairMediator): DisputeCommand => ({
  type: 'AppointMediator',
  data: { level, mediator, appointedOn },
});
const independentChair = { name: 'Dr Helen Marsh', organisation: 'east-midlands-leadership-academy' };
const agreeChair = (agreedOn: string, agreedBy = [EMAS, CCG], chair: { name: string; organisation: string | null } = independentChair): DisputeCommand => ({
  type: 'AgreeIndependentChair',
  data: { chair, agreedBy, agreedOn },
});
const resolve = (
  resolvedOn: string,
  agreedBy = [CCG, EMAS],
  terms = 'EMAS will bring future protocol changes to the Transformation Board before they take effect.',
): DisputeCommand => ({
  type: 'ResolveDispute',
  data: { terms, agreedBy, resolvedOn },
});
const withdraw = (withdrawnOn: string, withdrawnBy = CCG, reason = 'Resolved informally between the accountable officers'): DisputeCommand => ({
  type: 'WithdrawDispute',
  data: { withdrawnBy, reason, withdrawnOn },
});
const submit = (submittedOn: string, overrides: Partial<Extract<DisputeCommand, { type: 'SubmitDisputeEvidence' }>['data']> = {}): DisputeCommand => ({
  type: 'SubmitDisputeEvidence',
  data: {
    evidenceId: 'ev-1',
    submittedBy: CCG,
    description: 'The revised conveyance protocol, issued 12 February 2015',
    file: pdf(),
    submittedOn,
    ...overrides,
  },
});

/** One command of each kind after raising, dated `on`, valid at level 1 apart from its level-specific rules. */
const everyStep = (on: string): Array<[string, DisputeCommand]> => [
  ['RespondToDispute', respond(EMAS, on)],
  ['AppointMediator', appoint(1, on)],
  ['EscalateDispute', escalateTo(2, on)],
  ['AgreeIndependentChair', agreeChair(on)],
  ['ResolveDispute', resolve(on)],
  ['WithdrawDispute', withdraw(on)],
  ['SubmitDisputeEvidence', submit(on)],
];

describe('dispute steps', () => {
  describe('common rules', () => {
    it.each(everyStep('2015-04-01'))('given no dispute, when %s, then NotFoundInDomain', (_name, command) => {
      given([]).when(command).thenThrows(NotFoundInDomain);
    });

    it.each(everyStep('2015-04-01'))('given the dispute was resolved, when %s, then dispute-closed', (_name, command) => {
      given(run([nottinghamRaised], resolve('2015-03-20')))
        .when(command)
        .thenThrows('dispute-closed');
    });

    it.each(everyStep('2015-04-01'))('given the dispute was withdrawn, when %s, then dispute-closed', (_name, command) => {
      given(run([nottinghamRaised], withdraw('2015-03-20')))
        .when(command)
        .thenThrows('dispute-closed');
    });

    it.each(everyStep('2015-03-01'))('given the dispute was raised on 2 March 2015, when %s is dated 1 March, then steps-in-date-order', (_name, command) => {
      given([nottinghamRaised]).when(command).thenThrows('steps-in-date-order');
    });

    it.each(everyStep('1 April 2015'))('given the dispute, when %s is dated "1 April 2015", then invalid-date', (_name, command) => {
      given([nottinghamRaised]).when(command).thenThrows('invalid-date');
    });

    it('given a response on 16 March, when evidence is dated 10 March, then steps-in-date-order (the latest step, not the raising, counts)', () => {
      given(run([nottinghamRaised], respond(EMAS, '2015-03-16')))
        .when(submit('2015-03-10'))
        .thenThrows('steps-in-date-order');
    });

    it('given the dispute was raised on 2 March, when a response is dated the same day, then it is recorded', () => {
      given([nottinghamRaised])
        .when(respond(EMAS, '2015-03-02', 'Acknowledged; we will reply in full.'))
        .then([
          {
            type: 'DisputeResponded',
            data: { respondent: EMAS, response: 'Acknowledged; we will reply in full.', respondedOn: '2015-03-02', level: 1 },
            effectiveAt: '2015-03-02',
          },
        ]);
    });
  });

  describe('RespondToDispute (003: "give time to listen and respond to concerns")', () => {
    it('given the dispute, when East Midlands Ambulance responds, then DisputeResponded at level 1', () => {
      given([nottinghamRaised])
        .when(respond(EMAS, '2015-03-16'))
        .then([
          {
            type: 'DisputeResponded',
            data: {
              respondent: EMAS,
              response: 'The protocol change was a national directive; we briefed the Transformation Board in January.',
              respondedOn: '2015-03-16',
              level: 1,
            },
            effectiveAt: '2015-03-16',
          },
        ]);
    });

    it('given the response, then the dispute holds it and moves its latest step', () => {
      const state = stateOf(run([nottinghamRaised], respond(EMAS, '2015-03-16')));
      expect(state).toMatchObject({ responses: [{ respondent: EMAS, respondedOn: '2015-03-16', level: 1 }], lastStepOn: '2015-03-16' });
    });

    it('given the dispute, when the raiser responds, then not-a-respondent', () => {
      given([nottinghamRaised]).when(respond(CCG, '2015-03-16')).thenThrows('not-a-respondent');
    });

    it('given the dispute, when Nottingham City Council (not named) responds, then not-a-respondent', () => {
      given([nottinghamRaised]).when(respond(CITY_COUNCIL, '2015-03-16')).thenThrows('not-a-respondent');
    });

    it('given the dispute, when the response is blank, then dispute-response-required', () => {
      given([nottinghamRaised])
        .when(respond(EMAS, '2015-03-16', '  '))
        .thenThrows('dispute-response-required');
    });
  });

  describe('AppointMediator (001 section 8: the Lay Chair, the Critical Friend and/or the Health and Wellbeing Board chairs)', () => {
    it('given the dispute at level 2 (Mediation), when the Lay Chair is appointed, then MediatorAppointed at level 2', () => {
      given(atLevel2)
        .when(appoint(2, '2015-04-08'))
        .then([
          {
            type: 'MediatorAppointed',
            data: {
              level: 2,
              mediator: {
                subject: 'sntb-lay-chair',
                name: 'Lay Chair of the Transformation Board',
                role: 'Lay Chair of the South Nottinghamshire Transformation Board',
                organisation: 'south-nottinghamshire-transformation-board',
              },
              appointedOn: '2015-04-08',
            },
            effectiveAt: '2015-04-08',
          },
        ]);
    });

    it('given the Lay Chair is appointed, when the Critical Friend is appointed too, then both are mediators at level 2', () => {
      const events = run(atLevel2, appoint(2, '2015-04-08'), appoint(2, '2015-04-09', criticalFriendMediator));
      const state = stateOf(events);
      expect(state.kind !== 'none' && state.mediators.map((m) => [m.subject, m.level, m.appointedOn, m.organisation])).toEqual([
        ['sntb-lay-chair', 2, '2015-04-08', 'south-nottinghamshire-transformation-board'],
        ['sntp-critical-friend', 2, '2015-04-09', null],
      ]);
    });

    it('given the dispute at level 2, when a mediator is appointed at level 1, then mediator-level-not-current', () => {
      given(atLevel2).when(appoint(1, '2015-04-08')).thenThrows('mediator-level-not-current');
    });

    it('given the dispute at level 2, when a mediator is appointed at level 3, then mediator-level-not-current', () => {
      given(atLevel2).when(appoint(3, '2015-04-08')).thenThrows('mediator-level-not-current');
    });

    it('given the dispute at level 1 (Bilateral resolution), when a mediator is appointed there, then mediation-not-at-this-level', () => {
      given([nottinghamRaised]).when(appoint(1, '2015-03-10')).thenThrows('mediation-not-at-this-level');
    });

    it('given the dispute at level 3 (Board to Board), when a mediator is appointed there, then mediation-not-at-this-level', () => {
      given(atLevel3).when(appoint(3, '2015-06-10')).thenThrows('mediation-not-at-this-level');
    });

    it('given level 2, when the mediator has no subject, then mediator-incomplete', () => {
      given(atLevel2)
        .when(appoint(2, '2015-04-08', { ...layChairMediator, subject: '' }))
        .thenThrows('mediator-incomplete');
    });

    it('given level 2, when the mediator has no role, then mediator-incomplete', () => {
      given(atLevel2)
        .when(appoint(2, '2015-04-08', { ...layChairMediator, role: ' ' }))
        .thenThrows('mediator-incomplete');
    });

    it('given level 2, when the mediator organisation is not a slug, then organisation-id-not-a-slug', () => {
      given(atLevel2)
        .when(appoint(2, '2015-04-08', { ...layChairMediator, organisation: 'The Transformation Board' }))
        .thenThrows('organisation-id-not-a-slug');
    });

    it('given the Lay Chair is appointed at level 2, when the same subject is appointed again at level 2, then mediator-already-appointed', () => {
      given(run(atLevel2, appoint(2, '2015-04-08')))
        .when(appoint(2, '2015-04-20', { ...layChairMediator, name: 'Lay Chair (again)' }))
        .thenThrows('mediator-already-appointed');
    });

    it('given a path with mediation at levels 1 and 2, when the same mediator is appointed at both, then both appointments stand', () => {
      const snapshot = nottingham.snapshot();
      const levels = snapshot.escalationPath!.levels.map((l) => (l.level === 1 ? { ...l, mediation: true } : l));
      const raised = run([], raiseNottingham({ compact: { ...snapshot, escalationPath: { ...snapshot.escalationPath!, levels } } }));
      const events = run(raised, appoint(1, '2015-03-05'), escalateTo(2, '2015-04-01'), appoint(2, '2015-04-08'));
      const state = stateOf(events);
      expect(state.kind !== 'none' && state.mediators.map((m) => [m.subject, m.level])).toEqual([
        ['sntb-lay-chair', 1],
        ['sntb-lay-chair', 2],
      ]);
    });
  });

  describe('EscalateDispute (one level at a time)', () => {
    it('given the dispute at level 1, when the CCG escalates it to level 2, then DisputeEscalated from 1 to 2', () => {
      given([nottinghamRaised])
        .when({
          type: 'EscalateDispute',
          data: { toLevel: 2, reason: 'The accountable officers met on 24 March and could not agree', requestedBy: CCG, escalatedOn: '2015-04-01' },
        })
        .then([
          {
            type: 'DisputeEscalated',
            data: {
              fromLevel: 1,
              toLevel: 2,
              reason: 'The accountable officers met on 24 March and could not agree',
              requestedBy: CCG,
              escalatedOn: '2015-04-01',
            },
            effectiveAt: '2015-04-01',
          },
        ]);
    });

    it('given the escalation, then the dispute is at level 2, reached on 1 April', () => {
      const state = stateOf(atLevel2);
      expect(state).toMatchObject({
        currentLevel: 2,
        levelsReached: [
          { level: 1, reachedOn: '2015-03-02', reason: null, requestedBy: CCG },
          { level: 2, reachedOn: '2015-04-01', reason: 'Agreement could not be reached at the level below', requestedBy: CCG },
        ],
      });
    });

    it('given level 2, when a mediator records the escalation to level 3 with no requesting party, then DisputeEscalated with requestedBy null', () => {
      given(atLevel2)
        .when({ type: 'EscalateDispute', data: { toLevel: 3, reason: 'Mediation did not reach agreement', requestedBy: null, escalatedOn: '2015-06-01' } })
        .then([
          {
            type: 'DisputeEscalated',
            data: { fromLevel: 2, toLevel: 3, reason: 'Mediation did not reach agreement', requestedBy: null, escalatedOn: '2015-06-01' },
            effectiveAt: '2015-06-01',
          },
        ]);
    });

    it('given level 1, when it is escalated straight to level 3, then level-may-not-be-skipped', () => {
      given([nottinghamRaised]).when(escalateTo(3, '2015-04-01')).thenThrows('level-may-not-be-skipped');
    });

    it('given level 3, the last, when it is escalated to level 4, then no-further-level', () => {
      given(atLevel3).when(escalateTo(4, '2015-07-01')).thenThrows('no-further-level');
    });

    it('given level 1 of three, when it is escalated to level 4, then no-further-level', () => {
      given([nottinghamRaised]).when(escalateTo(4, '2015-04-01')).thenThrows('no-further-level');
    });

    it('given level 2, when it is escalated to level 2, then escalation-not-upward', () => {
      given(atLevel2).when(escalateTo(2, '2015-04-10')).thenThrows('escalation-not-upward');
    });

    it('given level 2, when it is escalated back to level 1, then escalation-not-upward', () => {
      given(atLevel2).when(escalateTo(1, '2015-04-10')).thenThrows('escalation-not-upward');
    });

    it('given level 1, when it is escalated to level 1.5, then escalation-level-invalid', () => {
      given([nottinghamRaised]).when(escalateTo(1.5, '2015-04-01')).thenThrows('escalation-level-invalid');
    });

    it('given level 1, when the escalation gives no reason, then escalation-reason-required', () => {
      given([nottinghamRaised])
        .when(escalateTo(2, '2015-04-01', ''))
        .thenThrows('escalation-reason-required');
    });

    it('given level 1, when NHS England (not a party) requests the escalation, then not-a-party', () => {
      given([nottinghamRaised])
        .when({ type: 'EscalateDispute', data: { toLevel: 2, reason: 'No agreement', requestedBy: NHS_ENGLAND, escalatedOn: '2015-04-01' } })
        .thenThrows('not-a-party');
    });
  });

  describe('AgreeIndependentChair (001 section 8: "a Board to Board meeting ... with an agreed independent chair")', () => {
    it('given level 3, when both parties agree Dr Helen Marsh, then IndependentChairAgreed at level 3, agreed by the parties in dispute order', () => {
      given(atLevel3)
        .when(agreeChair('2015-06-15'))
        .then([
          {
            type: 'IndependentChairAgreed',
            data: {
              level: 3,
              chair: { name: 'Dr Helen Marsh', organisation: 'east-midlands-leadership-academy' },
              agreedBy: [CCG, EMAS],
              agreedOn: '2015-06-15',
            },
            effectiveAt: '2015-06-15',
          },
        ]);
    });

    it('given level 3, when an individual with no organisation is agreed, then IndependentChairAgreed with organisation null', () => {
      given(atLevel3)
        .when(agreeChair('2015-06-15', [CCG, EMAS], { name: 'Sir Peter Hale', organisation: null }))
        .then([
          {
            type: 'IndependentChairAgreed',
            data: { level: 3, chair: { name: 'Sir Peter Hale', organisation: null }, agreedBy: [CCG, EMAS], agreedOn: '2015-06-15' },
            effectiveAt: '2015-06-15',
          },
        ]);
    });

    it('given level 3, when the chair comes from NHS England, a partner but not a party, then it is agreed', () => {
      const state = stateOf(run(atLevel3, agreeChair('2015-06-15', [CCG, EMAS], { name: 'Dawn Atkinson', organisation: NHS_ENGLAND })));
      expect(state).toMatchObject({ independentChair: { level: 3, chair: { name: 'Dawn Atkinson', organisation: NHS_ENGLAND }, agreedOn: '2015-06-15' } });
    });

    it('given level 2 (Mediation), when an independent chair is agreed, then independent-chair-not-at-this-level', () => {
      given(atLevel2).when(agreeChair('2015-04-15')).thenThrows('independent-chair-not-at-this-level');
    });

    it('given level 3, when the chair comes from East Midlands Ambulance, a party, then independent-chair-from-party', () => {
      given(atLevel3)
        .when(agreeChair('2015-06-15', [CCG, EMAS], { name: 'Tim Loveridge', organisation: EMAS }))
        .thenThrows('independent-chair-from-party');
    });

    it('given level 3, when the chair comes from the raiser, then independent-chair-from-party', () => {
      given(atLevel3)
        .when(agreeChair('2015-06-15', [CCG, EMAS], { name: 'Dawn Smith', organisation: CCG }))
        .thenThrows('independent-chair-from-party');
    });

    it('given level 3, when the chair has no name, then independent-chair-incomplete', () => {
      given(atLevel3)
        .when(agreeChair('2015-06-15', [CCG, EMAS], { name: '', organisation: null }))
        .thenThrows('independent-chair-incomplete');
    });

    it('given level 3, when the chair organisation is not a slug, then organisation-id-not-a-slug', () => {
      given(atLevel3)
        .when(agreeChair('2015-06-15', [CCG, EMAS], { name: 'Dr Helen Marsh', organisation: 'East Midlands Leadership Academy' }))
        .thenThrows('organisation-id-not-a-slug');
    });

    it('given level 3, when only the CCG agrees the chair, then not-agreed-by-every-party', () => {
      given(atLevel3)
        .when(agreeChair('2015-06-15', [CCG]))
        .thenThrows('not-agreed-by-every-party');
    });

    it('given level 3, when NHS England joins in agreeing the chair, then not-a-party', () => {
      given(atLevel3)
        .when(agreeChair('2015-06-15', [CCG, EMAS, NHS_ENGLAND]))
        .thenThrows('not-a-party');
    });

    it('given a chair agreed at level 3, when another is agreed, then independent-chair-already-agreed', () => {
      given(run(atLevel3, agreeChair('2015-06-15')))
        .when(agreeChair('2015-06-20', [CCG, EMAS], { name: 'Sir Peter Hale', organisation: null }))
        .thenThrows('independent-chair-already-agreed');
    });
  });

  describe('ResolveDispute', () => {
    it('given level 1, when both parties agree terms, then DisputeResolved at level 1', () => {
      given([nottinghamRaised])
        .when(resolve('2015-03-20', [EMAS, CCG]))
        .then([
          {
            type: 'DisputeResolved',
            data: {
              level: 1,
              terms: 'EMAS will bring future protocol changes to the Transformation Board before they take effect.',
              agreedBy: [CCG, EMAS],
              resolvedOn: '2015-03-20',
            },
            effectiveAt: '2015-03-20',
          },
        ]);
    });

    it('given level 2, when it is resolved, then the resolution records level 2 and the dispute is resolved', () => {
      const events = run(atLevel2, appoint(2, '2015-04-08'), resolve('2015-05-01'));
      expect(events[events.length - 1]).toMatchObject({ type: 'DisputeResolved', data: { level: 2, resolvedOn: '2015-05-01' } });
      expect(stateOf(events)).toMatchObject({
        kind: 'resolved',
        resolution: { level: 2, agreedBy: [CCG, EMAS], resolvedOn: '2015-05-01' },
        lastStepOn: '2015-05-01',
      });
    });

    it('given level 1, when the terms are blank, then resolution-terms-required', () => {
      given([nottinghamRaised])
        .when(resolve('2015-03-20', [CCG, EMAS], ' '))
        .thenThrows('resolution-terms-required');
    });

    it('given level 1, when only the CCG agrees, then not-agreed-by-every-party', () => {
      given([nottinghamRaised])
        .when(resolve('2015-03-20', [CCG]))
        .thenThrows('not-agreed-by-every-party');
    });

    it('given a dispute against two partners, when only the raiser and one respondent agree, then not-agreed-by-every-party', () => {
      const raised = run([], raiseNottingham({ against: [EMAS, CITY_COUNCIL] }));
      given(raised)
        .when(resolve('2015-03-20', [CCG, EMAS]))
        .thenThrows('not-agreed-by-every-party');
    });

    it('given level 1, when Nottingham City Council (not a party) is among those agreeing, then not-a-party', () => {
      given([nottinghamRaised])
        .when(resolve('2015-03-20', [CCG, EMAS, CITY_COUNCIL]))
        .thenThrows('not-a-party');
    });

    it('given level 3 with no independent chair agreed, when it is resolved, then independent-chair-not-agreed', () => {
      given(atLevel3).when(resolve('2015-07-10')).thenThrows('independent-chair-not-agreed');
    });
  });

  describe('WithdrawDispute', () => {
    it('given the dispute at level 2, when the CCG withdraws it, then DisputeWithdrawn at level 2', () => {
      given(atLevel2)
        .when(withdraw('2015-04-20'))
        .then([
          {
            type: 'DisputeWithdrawn',
            data: { level: 2, withdrawnBy: CCG, reason: 'Resolved informally between the accountable officers', withdrawnOn: '2015-04-20' },
            effectiveAt: '2015-04-20',
          },
        ]);
    });

    it('given the withdrawal, then the dispute is withdrawn', () => {
      expect(stateOf(run(atLevel2, withdraw('2015-04-20')))).toMatchObject({
        kind: 'withdrawn',
        withdrawal: { level: 2, withdrawnBy: CCG, withdrawnOn: '2015-04-20' },
        resolution: null,
      });
    });

    it('given the dispute, when East Midlands Ambulance (a respondent) withdraws it, then only-raiser-may-withdraw', () => {
      given([nottinghamRaised]).when(withdraw('2015-03-20', EMAS)).thenThrows('only-raiser-may-withdraw');
    });

    it('given the dispute, when the withdrawal gives no reason, then withdrawal-reason-required', () => {
      given([nottinghamRaised])
        .when(withdraw('2015-03-20', CCG, ''))
        .thenThrows('withdrawal-reason-required');
    });
  });

  describe('SubmitDisputeEvidence (the bytes are stored elsewhere; the ledger holds their hash)', () => {
    const sha = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

    it('given the dispute, when the CCG submits the protocol as a PDF, then DisputeEvidenceSubmitted with its hash at level 1', () => {
      given([nottinghamRaised])
        .when(submit('2015-03-03', { file: pdf(sha) }))
        .then([
          {
            type: 'DisputeEvidenceSubmitted',
            data: {
              evidenceId: 'ev-1',
              submittedBy: CCG,
              description: 'The revised conveyance protocol, issued 12 February 2015',
              file: { sha256: sha, filename: 'conveyance-protocol-2015.pdf', mediaType: 'application/pdf', size: 48213 },
              submittedOn: '2015-03-03',
              level: 1,
            },
            effectiveAt: '2015-03-03',
          },
        ]);
    });

    it('given evidence from both sides, then the dispute holds both, with the level each was submitted at', () => {
      const events = run(
        [nottinghamRaised],
        submit('2015-03-03'),
        escalateTo(2, '2015-04-01'),
        submit('2015-04-02', { evidenceId: 'ev-2', submittedBy: EMAS, file: pdf(sha) }),
      );
      const state = stateOf(events);
      expect(state.kind !== 'none' && state.evidence.map((e) => [e.evidenceId, e.submittedBy, e.level, e.file.sha256])).toEqual([
        ['ev-1', CCG, 1, 'a'.repeat(64)],
        ['ev-2', EMAS, 2, sha],
      ]);
    });

    it('given the dispute, when NHS England (not a party) submits evidence, then not-a-party', () => {
      given([nottinghamRaised])
        .when(submit('2015-03-03', { submittedBy: NHS_ENGLAND }))
        .thenThrows('not-a-party');
    });

    it('given the dispute, when the evidence id is blank, then evidence-id-required', () => {
      given([nottinghamRaised])
        .when(submit('2015-03-03', { evidenceId: '' }))
        .thenThrows('evidence-id-required');
    });

    it('given evidence ev-1, when another is submitted as ev-1, then evidence-id-already-used', () => {
      given(run([nottinghamRaised], submit('2015-03-03')))
        .when(submit('2015-03-04', { submittedBy: EMAS, file: pdf(sha) }))
        .thenThrows('evidence-id-already-used');
    });

    it('given the dispute, when the description is blank, then evidence-description-required', () => {
      given([nottinghamRaised])
        .when(submit('2015-03-03', { description: ' ' }))
        .thenThrows('evidence-description-required');
    });

    it.each([
      ['upper-case hex', sha.toUpperCase()],
      ['63 digits', sha.slice(1)],
      ['not hex', 'z'.repeat(64)],
    ])('given the dispute, when the SHA-256 is %s, then evidence-hash-invalid', (_what, sha256) => {
      given([nottinghamRaised])
        .when(submit('2015-03-03', { file: pdf(sha256) }))
        .thenThrows('evidence-hash-invalid');
    });

    it('given the dispute, when the file has no filename, then evidence-file-incomplete', () => {
      given([nottinghamRaised])
        .when(submit('2015-03-03', { file: { ...pdf(), filename: '' } }))
        .thenThrows('evidence-file-incomplete');
    });

    it('given the dispute, when the media type is "pdf", then evidence-media-type-invalid', () => {
      given([nottinghamRaised])
        .when(submit('2015-03-03', { file: { ...pdf(), mediaType: 'pdf' } }))
        .thenThrows('evidence-media-type-invalid');
    });

    it.each([0, -1, 10.5])('given the dispute, when the size is %s bytes, then evidence-size-invalid', (size) => {
      given([nottinghamRaised])
        .when(submit('2015-03-03', { file: { ...pdf(), size } }))
        .thenThrows('evidence-size-invalid');
    });
  });
});
