import type { DisputeCommand } from './dispute.commands';
import type { DisputeEvent } from './dispute.events';
import { idOf } from '../../testing/seed-compacts.fixtures';
import { currentEscalationLevel, disputeParties, isAppointedMediator } from './dispute.state';
import { escalationTimeline, replayDispute, skippedLevels } from './dispute.views';
import {
  CCG,
  criticalFriendMediator,
  EMAS,
  given,
  haringey,
  kent,
  layChairMediator,
  nottinghamRaised,
  raiseNottingham,
  run,
  stateOf,
} from '../../testing/dispute.fixtures';

/** Decides the command on the events so far, checks the events it returns, and gives back the longer history. */
function step(history: DisputeEvent[], command: DisputeCommand, expected: DisputeEvent[]): DisputeEvent[] {
  given(history).when(command).then(expected);
  return [...history, ...expected];
}

describe('a Nottingham dispute through all three levels of section 8 to resolution with an independent chair', () => {
  const sha = (c: string) => c.repeat(64);
  let history: DisputeEvent[] = [];

  it('1. NHS Nottingham City CCG raises it against East Midlands Ambulance about section 3 and the urgent care work programme', () => {
    history = step([], raiseNottingham(), [nottinghamRaised]);
    expect(nottinghamRaised.data).toMatchObject({ raisedBy: CCG, against: [EMAS], level: 1, raisedOn: '2015-03-02' });
    expect(currentEscalationLevel(stateOf(history))?.name).toBe('Level 1');
  });

  it('2. the CCG submits the revised protocol as evidence', () => {
    history = step(
      history,
      {
        type: 'SubmitDisputeEvidence',
        data: {
          evidenceId: 'ev-protocol',
          submittedBy: CCG,
          description: 'Revised conveyance protocol issued 12 February 2015 without consultation',
          file: { sha256: sha('1'), filename: 'protocol.pdf', mediaType: 'application/pdf', size: 1024 },
          submittedOn: '2015-03-02',
        },
      },
      [
        {
          type: 'DisputeEvidenceSubmitted',
          data: {
            evidenceId: 'ev-protocol',
            submittedBy: CCG,
            description: 'Revised conveyance protocol issued 12 February 2015 without consultation',
            file: { sha256: sha('1'), filename: 'protocol.pdf', mediaType: 'application/pdf', size: 1024 },
            submittedOn: '2015-03-02',
            level: 1,
          },
          effectiveAt: '2015-03-02',
        },
      ],
    );
  });

  it('3. East Midlands Ambulance responds', () => {
    const response = 'The change followed a national directive; we will share the impact assessment.';
    history = step(history, { type: 'RespondToDispute', data: { respondent: EMAS, response, respondedOn: '2015-03-16' } }, [
      { type: 'DisputeResponded', data: { respondent: EMAS, response, respondedOn: '2015-03-16', level: 1 }, effectiveAt: '2015-03-16' },
    ]);
  });

  it('4. the accountable officers cannot agree bilaterally: the CCG escalates it to level 2, mediation', () => {
    const reason = 'The accountable officers met on 24 March 2015 and could not agree';
    history = step(history, { type: 'EscalateDispute', data: { toLevel: 2, reason, requestedBy: CCG, escalatedOn: '2015-04-01' } }, [
      { type: 'DisputeEscalated', data: { fromLevel: 1, toLevel: 2, reason, requestedBy: CCG, escalatedOn: '2015-04-01' }, effectiveAt: '2015-04-01' },
    ]);
    expect(currentEscalationLevel(stateOf(history))).toMatchObject({ level: 2, name: 'Level 2', mediation: true });
  });

  it('5. the Lay Chair of the Transformation Board and the Critical Friend are appointed mediators at level 2', () => {
    history = step(history, { type: 'AppointMediator', data: { level: 2, mediator: layChairMediator, appointedOn: '2015-04-08' } }, [
      { type: 'MediatorAppointed', data: { level: 2, mediator: layChairMediator, appointedOn: '2015-04-08' }, effectiveAt: '2015-04-08' },
    ]);
    history = step(history, { type: 'AppointMediator', data: { level: 2, mediator: criticalFriendMediator, appointedOn: '2015-04-08' } }, [
      { type: 'MediatorAppointed', data: { level: 2, mediator: criticalFriendMediator, appointedOn: '2015-04-08' }, effectiveAt: '2015-04-08' },
    ]);
    const state = stateOf(history);
    expect(isAppointedMediator(state, 'sntb-lay-chair')).toBe(true);
    expect(isAppointedMediator(state, 'sntp-critical-friend')).toBe(true);
    expect(isAppointedMediator(state, 'hwb-chair-nottingham-city')).toBe(false);
  });

  it('6. East Midlands Ambulance responds again, at level 2', () => {
    const response = 'We propose a joint review of conveyance rates with the CCG.';
    history = step(history, { type: 'RespondToDispute', data: { respondent: EMAS, response, respondedOn: '2015-05-05' } }, [
      { type: 'DisputeResponded', data: { respondent: EMAS, response, respondedOn: '2015-05-05', level: 2 }, effectiveAt: '2015-05-05' },
    ]);
  });

  it('7. the dispute cannot be resolved or skip ahead before it reaches level 3 properly', () => {
    given(history)
      .when({ type: 'EscalateDispute', data: { toLevel: 4, reason: 'x', requestedBy: null, escalatedOn: '2015-06-01' } })
      .thenThrows('no-further-level');
    given(history)
      .when({ type: 'AgreeIndependentChair', data: { chair: { name: 'Dr Helen Marsh', organisation: null }, agreedBy: [CCG, EMAS], agreedOn: '2015-06-01' } })
      .thenThrows('independent-chair-not-at-this-level');
  });

  it('8. where agreement cannot be reached, the mediators record the escalation to level 3, a Board to Board meeting', () => {
    const reason = 'Mediation on 20 May 2015 did not reach agreement';
    history = step(history, { type: 'EscalateDispute', data: { toLevel: 3, reason, requestedBy: null, escalatedOn: '2015-06-01' } }, [
      { type: 'DisputeEscalated', data: { fromLevel: 2, toLevel: 3, reason, requestedBy: null, escalatedOn: '2015-06-01' }, effectiveAt: '2015-06-01' },
    ]);
    expect(currentEscalationLevel(stateOf(history))).toMatchObject({ level: 3, independentChair: true });
  });

  it('9. the boards cannot resolve it before they agree an independent chair', () => {
    given(history)
      .when({ type: 'ResolveDispute', data: { terms: 'Joint review', agreedBy: [CCG, EMAS], resolvedOn: '2015-06-10' } })
      .thenThrows('independent-chair-not-agreed');
    given(history)
      .when({ type: 'AgreeIndependentChair', data: { chair: { name: 'Dawn Smith', organisation: CCG }, agreedBy: [CCG, EMAS], agreedOn: '2015-06-10' } })
      .thenThrows('independent-chair-from-party');
  });

  it('10. both boards agree an independent chair from outside the parties', () => {
    const chair = { name: 'Dr Helen Marsh', organisation: 'east-midlands-leadership-academy' };
    history = step(history, { type: 'AgreeIndependentChair', data: { chair, agreedBy: [EMAS, CCG], agreedOn: '2015-06-15' } }, [
      { type: 'IndependentChairAgreed', data: { level: 3, chair, agreedBy: [CCG, EMAS], agreedOn: '2015-06-15' }, effectiveAt: '2015-06-15' },
    ]);
  });

  it('11. the Board to Board meeting resolves it at level 3, agreed by both parties', () => {
    const terms = 'EMAS will bring protocol changes to the Transformation Board before they take effect; a joint conveyance review reports in September 2015.';
    history = step(history, { type: 'ResolveDispute', data: { terms, agreedBy: [CCG, EMAS], resolvedOn: '2015-07-10' } }, [
      { type: 'DisputeResolved', data: { level: 3, terms, agreedBy: [CCG, EMAS], resolvedOn: '2015-07-10' }, effectiveAt: '2015-07-10' },
    ]);
  });

  it('12. the resolved dispute holds the whole story and accepts nothing more', () => {
    const state = stateOf(history);
    expect(state).toMatchObject({
      kind: 'resolved',
      currentLevel: 3,
      levelsReached: [
        { level: 1, reachedOn: '2015-03-02' },
        { level: 2, reachedOn: '2015-04-01' },
        { level: 3, reachedOn: '2015-06-01' },
      ],
      independentChair: { level: 3, chair: { name: 'Dr Helen Marsh' } },
      resolution: { level: 3, resolvedOn: '2015-07-10' },
      lastStepOn: '2015-07-10',
    });
    expect(state.kind !== 'none' && [state.responses.length, state.mediators.length, state.evidence.length]).toEqual([2, 2, 1]);
    expect(disputeParties(state)).toEqual([CCG, EMAS]);
    given(history)
      .when({ type: 'WithdrawDispute', data: { withdrawnBy: CCG, reason: 'Too late', withdrawnOn: '2015-07-11' } })
      .thenThrows('dispute-closed');
  });

  it('13. the escalation-path audit shows each level, when, by whose act, why and for how long, with none skipped', () => {
    const state = stateOf(history);
    expect(escalationTimeline(state)).toEqual([
      {
        level: 1,
        name: 'Level 1',
        reachedOn: '2015-03-02',
        reachedBy: 'raised',
        reason: null,
        requestedBy: CCG,
        leftOn: '2015-04-01',
        days: 30,
        outcome: 'escalated',
      },
      {
        level: 2,
        name: 'Level 2',
        reachedOn: '2015-04-01',
        reachedBy: 'escalated',
        reason: 'The accountable officers met on 24 March 2015 and could not agree',
        requestedBy: CCG,
        leftOn: '2015-06-01',
        days: 61,
        outcome: 'escalated',
      },
      {
        level: 3,
        name: 'Level 3',
        reachedOn: '2015-06-01',
        reachedBy: 'escalated',
        reason: 'Mediation on 20 May 2015 did not reach agreement',
        requestedBy: null,
        leftOn: '2015-07-10',
        days: 39,
        outcome: 'resolved',
      },
    ]);
    expect(skippedLevels(state)).toEqual([]);
  });

  it('14. a replay shows the dispute after each of its events', () => {
    const steps = replayDispute(history);
    expect(steps).toHaveLength(history.length);
    expect(steps.map((s) => s.revision)).toEqual(history.map((_e, i) => i));
    expect(steps.map((s) => s.event?.type)).toEqual(history.map((e) => e.type));
    expect(steps.map((s) => (s.state.kind === 'none' ? null : [s.state.kind, s.state.currentLevel]))).toEqual([
      ['open', 1],
      ['open', 1],
      ['open', 1],
      ['open', 2],
      ['open', 2],
      ['open', 2],
      ['open', 2],
      ['open', 3],
      ['open', 3],
      ['resolved', 3],
    ]);
    expect(steps[steps.length - 1].state).toEqual(stateOf(history));
    expect(steps[4].state.kind !== 'none' && steps[4].state.mediators.map((m) => m.subject)).toEqual(['sntb-lay-chair']);
  });
});

const EKHUFT = idOf('East Kent Hospitals University Foundation Trust');
const KCHFT = idOf('Kent Community Health Foundation Trust');
const DOVER = idOf('Dover District Council');
const HARINGEY = idOf('London Borough of Haringey');
const HGPF = idOf('Haringey GP Federation');

describe('a South Kent Coast dispute (003: with each other first, then the organising and leadership arrangement)', () => {
  const raise: DisputeCommand = {
    type: 'RaiseDispute',
    data: {
      disputeId: 'skc-2016-001',
      compact: kent.snapshot('2016-01-11'),
      raisedBy: DOVER,
      against: [EKHUFT, KCHFT],
      about: [{ kind: 'section', ref: 'Strategic Goals, 2' }],
      summary: 'Discharge arrangements were changed without the One Team approach the compact commits to.',
      raisedOn: '2016-01-11',
    },
  };

  it('is raised against two partners, heard by both, escalated once and resolved at level 2 with every party agreeing', () => {
    const events = run(
      [],
      raise,
      {
        type: 'RespondToDispute',
        data: { respondent: EKHUFT, response: 'We recognise the right to raise this.', respondedOn: '2016-01-20' },
      },
      { type: 'RespondToDispute', data: { respondent: KCHFT, response: 'We will meet the council.', respondedOn: '2016-01-22' } },
      {
        type: 'EscalateDispute',
        data: {
          toLevel: 2,
          reason: 'Exceptional circumstances: no agreement after two meetings',
          requestedBy: DOVER,
          escalatedOn: '2016-03-01',
        },
      },
      {
        type: 'ResolveDispute',
        data: {
          terms: 'A joint discharge protocol agreed through the Delivering Together leadership group.',
          agreedBy: [KCHFT, DOVER, EKHUFT],
          resolvedOn: '2016-04-12',
        },
      },
    );
    const state = stateOf(events);
    expect(events.map((e) => e.type)).toEqual(['DisputeRaised', 'DisputeResponded', 'DisputeResponded', 'DisputeEscalated', 'DisputeResolved']);
    expect(state).toMatchObject({
      kind: 'resolved',
      resolution: { level: 2, agreedBy: [DOVER, EKHUFT, KCHFT], resolvedOn: '2016-04-12' },
    });
    expect(escalationTimeline(state).map((e) => [e.name, e.days, e.outcome])).toEqual([
      ['Level 1', 50, 'escalated'],
      ['Level 2', 42, 'resolved'],
    ]);
  });

  it('cannot appoint a mediator: no level of its path provides for mediation', () => {
    given(run([], raise))
      .when({ type: 'AppointMediator', data: { level: 1, mediator: criticalFriendMediator, appointedOn: '2016-01-12' } })
      .thenThrows('mediation-not-at-this-level');
  });
});

describe('a Haringey and Islington collective-monitoring concern (004: reflected with evidence; in extremis asked to leave)', () => {
  const raise: DisputeCommand = {
    type: 'RaiseDispute',
    data: {
      disputeId: 'hi-2018-001',
      compact: haringey.snapshot('2018-01-15'),
      raisedBy: HARINGEY,
      against: [HGPF],
      about: [{ kind: 'section', ref: '3' }],
      summary: 'Not acting for the collective good: decisions taken alone, contrary to the agreed behaviours.',
      raisedOn: '2018-01-15',
    },
  };

  it('reaches its last level and can go no further; open, the audit shows the last level with no end yet', () => {
    const events = run([], raise, {
      type: 'EscalateDispute',
      data: { toLevel: 2, reason: 'There has not been a change in approach', requestedBy: HARINGEY, escalatedOn: '2018-03-01' },
    });
    given(events)
      .when({ type: 'EscalateDispute', data: { toLevel: 3, reason: 'Still no change', requestedBy: null, escalatedOn: '2018-04-01' } })
      .thenThrows('no-further-level');
    const timeline = escalationTimeline(stateOf(events));
    expect(timeline[1]).toEqual({
      level: 2,
      name: 'Level 2',
      reachedOn: '2018-03-01',
      reachedBy: 'escalated',
      reason: 'There has not been a change in approach',
      requestedBy: HARINGEY,
      leftOn: null,
      days: null,
      outcome: null,
    });
  });

  it('is withdrawn by the raiser once the approach changes; the audit ends the level on the withdrawal', () => {
    const events = run([], raise, {
      type: 'WithdrawDispute',
      data: { withdrawnBy: HARINGEY, reason: 'The federation has changed its approach', withdrawnOn: '2018-02-10' },
    });
    expect(stateOf(events)).toMatchObject({ kind: 'withdrawn', withdrawal: { level: 1, withdrawnOn: '2018-02-10' } });
    expect(escalationTimeline(stateOf(events)).map((e) => [e.level, e.leftOn, e.days, e.outcome])).toEqual([[1, '2018-02-10', 26, 'withdrawn']]);
  });
});

describe('helpers before a dispute is raised', () => {
  it('have nothing to show', () => {
    const none = stateOf([]);
    expect(disputeParties(none)).toEqual([]);
    expect(isAppointedMediator(none, 'sntb-lay-chair')).toBe(false);
    expect(currentEscalationLevel(none)).toBeUndefined();
    expect(escalationTimeline(none)).toEqual([]);
    expect(skippedLevels(none)).toEqual([]);
    expect(replayDispute([])).toEqual([]);
  });

  it('skippedLevels names a gap in a history the decider would have refused', () => {
    const forged: DisputeEvent[] = [
      nottinghamRaised,
      { type: 'DisputeEscalated', data: { fromLevel: 1, toLevel: 3, reason: 'forged', requestedBy: null, escalatedOn: '2015-04-01' } },
    ];
    expect(skippedLevels(stateOf(forged))).toEqual([2]);
  });
});
