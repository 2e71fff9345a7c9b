import { NotFoundInDomain } from '../shared/decider';
import type { CompactEvent } from './compact.events';
import type { Compact } from './compact.state';
import type { EscalationLevel } from './escalation-path';
import { escalationLevel, given, haringeyAndIslington, southKentCoast, southNottinghamshire, stateAfter } from '../../testing/seed-compacts.fixtures';

describe('DefineEscalationPath (001 section 8, 003 "Ensuring the Compact is sustainable", 004 collective monitoring)', () => {
  const { drafting, escalationLevels, escalationPath } = southNottinghamshire;
  const define = (levels: EscalationLevel[], effectiveOn = '2014-09-30', note = 'Section 8, Keeping the compact alive') =>
    ({ type: 'DefineEscalationPath', data: { levels, note, effectiveOn } }) as const;

  it('given the Nottingham compact, when its three-level path is defined, then EscalationPathDefined with the levels, effective on the paper date', () => {
    given(drafting)
      .when(define(escalationLevels))
      .then([
        {
          type: 'EscalationPathDefined',
          data: {
            levels: [
              {
                level: 1,
                name: 'Bilateral resolution',
                whoActs: 'The relevant accountable officers, attempting to resolve the issue bilaterally in the first instance',
                mediation: false,
                independentChair: false,
              },
              { ...escalationLevels[1], level: 2, name: 'Mediation', mediation: true, independentChair: false },
              { ...escalationLevels[2], level: 3, name: 'Board to Board meeting', mediation: false, independentChair: true },
            ],
            note: 'Section 8, Keeping the compact alive',
            effectiveOn: '2014-09-30',
          },
          effectiveAt: '2014-09-30',
        },
      ]);
  });

  it('given the path is defined, then the compact state holds it as the current path', () => {
    const state = stateAfter([...drafting, escalationPath]) as Compact;
    expect(state.escalationPath).toEqual({ levels: escalationLevels, note: 'Section 8, Keeping the compact alive', effectiveOn: '2014-09-30' });
    expect(state.escalationPath?.levels.map((l) => [l.level, l.mediation, l.independentChair])).toEqual([
      [1, false, false],
      [2, true, false],
      [3, false, true],
    ]);
  });

  it('given a compact with no path, then its state has none', () => {
    expect((stateAfter(drafting) as Compact).escalationPath).toBeNull();
  });

  it('given the South Kent Coast and Haringey and Islington seeds, then their paths have three and two levels from the papers', () => {
    const kent = stateAfter(southKentCoast.withEscalationPath) as Compact;
    expect(kent.escalationPath?.levels.map((l) => l.name)).toEqual(['Resolution between the parties', 'Organising and leadership arrangement', 'Complaints process and governing body']);
    const haringey = stateAfter(haringeyAndIslington.withEscalationPath) as Compact;
    expect(haringey.escalationPath?.levels.map((l) => l.name)).toEqual(['Concern reflected with evidence', 'Asked to leave the partnership']);
    expect(haringey.escalationPath?.levels.every((l) => !l.mediation && !l.independentChair)).toBe(true);
  });

  it('given a path, when it is redefined later, then a new EscalationPathDefined replaces it as the current path', () => {
    const twoLevels = [escalationLevels[0], { ...escalationLevels[2], level: 2 }];
    const events = [...drafting, escalationPath];
    given(events)
      .when(define(twoLevels, '2016-04-01', 'Mediation level removed at the annual review'))
      .then([
        {
          type: 'EscalationPathDefined',
          data: { levels: twoLevels, note: 'Mediation level removed at the annual review', effectiveOn: '2016-04-01' },
          effectiveAt: '2016-04-01',
        },
      ]);
    const redefined: CompactEvent = { type: 'EscalationPathDefined', data: { levels: twoLevels, note: 'Mediation level removed', effectiveOn: '2016-04-01' } };
    expect((stateAfter([...events, redefined]) as Compact).escalationPath?.levels.map((l) => l.name)).toEqual(['Bilateral resolution', 'Board to Board meeting']);
  });

  it('given no compact, when a path is defined, then NotFoundInDomain', () => {
    given([]).when(define(escalationLevels)).thenThrows(NotFoundInDomain);
  });

  it('given the compact, when the path has no level, then escalation-path-empty', () => {
    given(drafting).when(define([])).thenThrows('escalation-path-empty');
  });

  it('given the compact, when the levels start at 2, then escalation-levels-not-contiguous', () => {
    given(drafting)
      .when(define(escalationLevels.map((l) => ({ ...l, level: l.level + 1 }))))
      .thenThrows('escalation-levels-not-contiguous');
  });

  it('given the compact, when a level is skipped (1, 3), then escalation-levels-not-contiguous', () => {
    given(drafting)
      .when(define([escalationLevels[0], escalationLevels[2]]))
      .thenThrows('escalation-levels-not-contiguous');
  });

  it('given the compact, when the levels are out of order (2, 1, 3), then escalation-levels-not-contiguous', () => {
    given(drafting)
      .when(define([escalationLevels[1], escalationLevels[0], escalationLevels[2]]))
      .thenThrows('escalation-levels-not-contiguous');
  });

  it('given the compact, when a level has a blank name, then escalation-level-name-required', () => {
    given(drafting)
      .when(define([escalationLevels[0], { ...escalationLevels[1], name: '  ' }, escalationLevels[2]]))
      .thenThrows('escalation-level-name-required');
  });

  it('given the compact, when a level does not say who acts, then escalation-level-who-acts-required', () => {
    given(drafting)
      .when(define([{ ...escalationLevels[0], whoActs: '' }]))
      .thenThrows('escalation-level-who-acts-required');
  });

  it('given the compact, when a flag is not a boolean, then escalation-level-flag-invalid', () => {
    given(drafting)
      .when(define([{ ...escalationLevels[0], mediation: 'yes' as never }]))
      .thenThrows('escalation-level-flag-invalid');
  });

  it('given the compact, when the path has no note, then escalation-path-note-required', () => {
    given(drafting).when(define(escalationLevels, '2014-09-30', ' ')).thenThrows('escalation-path-note-required');
  });

  it('given the compact, when the date is "30 Sept 2014", then invalid-date', () => {
    given(drafting).when(define(escalationLevels, '30 Sept 2014')).thenThrows('invalid-date');
  });

  it('given a path from 30 September 2014, when another is dated before it, then escalation-path-dated-before-previous', () => {
    given([...drafting, escalationPath])
      .when(define([escalationLevel(1, 'Bilateral resolution', 'The accountable officers')], '2014-01-01'))
      .thenThrows('escalation-path-dated-before-previous');
  });

  it('given a path, when the same levels are defined again, then escalation-path-unchanged', () => {
    given([...drafting, escalationPath])
      .when(define(escalationLevels, '2015-01-01', 'Re-stated'))
      .thenThrows('escalation-path-unchanged');
  });

  it('given the compact was terminated, when a path is defined, then compact-closed', () => {
    const terminated: CompactEvent = {
      type: 'CompactTerminated',
      data: { effectiveOn: '2016-03-31', reason: 'Replaced by the STP', decisionReference: null },
      effectiveAt: '2016-03-31',
    };
    given([...drafting, terminated]).when(define(escalationLevels, '2016-04-01')).thenThrows('compact-closed');
  });
});
