import { NotFoundInDomain } from '../shared/decider';
import type { CompactEvent } from './compact.events';
import type { Compact } from './compact.state';
import type { EscalationLevel } from './escalation-path';
import type { PaperDate } from './paper-date';
import { escalationLevel, given, haringeyAndIslington, on, southKentCoast, southNottinghamshire, stateAfter } from '../../testing/seed-compacts.fixtures';

describe('DefineEscalationPath (001 section 8, 003 "Ensuring the Compact is sustainable", 004 collective monitoring)', () => {
  const { drafting, escalationLevels, escalationPath, v1 } = southNottinghamshire;
  const define = (levels: EscalationLevel[], effectiveOn: string | PaperDate = '2014-12-01', note = '8 KEEPING THE COMPACT ALIVE') =>
    ({ type: 'DefineEscalationPath', data: { levels, note, effectiveOn } }) as const;

  it('reads 001\'s path from section 8 in the paper\'s words: the accountable officers bilaterally, then mediation (the three who may mediate), then a Board to Board meeting with an agreed independent chair; dated with the version', () => {
    expect(escalationLevels.map((l) => [l.level, l.name, l.mediation, l.independentChair])).toEqual([
      [1, 'Level 1', false, false],
      [2, 'Level 2', true, false],
      [3, 'Level 3', false, true],
    ]);
    expect(escalationLevels[0].whoActs).toBe('in the first instance, the relevant accountable officers should attempt to resolve the issue bilaterally');
    expect(escalationLevels[1].whoActs).toContain('The Lay Chair of the South Nottinghamshire Transformation Board;');
    expect(escalationPath.data.note).toBe('8 KEEPING THE COMPACT ALIVE');
    expect(escalationPath.data.effectiveOn).toEqual(v1.data.dated);
  });

  it('given the Nottingham compact, when its three-level path is defined, then EscalationPathDefined with the levels, effective on the date given', () => {
    given(drafting)
      .when(define(escalationLevels))
      .then([{ type: 'EscalationPathDefined', data: { factId: 'escalation-path-1', levels: escalationLevels, note: '8 KEEPING THE COMPACT ALIVE', effectiveOn: on('2014-12-01') }, effectiveAt: '2014-12-01' }]);
  });

  it('given the path is defined, then the compact state holds it as the current path', () => {
    const state = stateAfter([...drafting, escalationPath]) as Compact;
    expect(state.escalationPath).toEqual({ factId: escalationPath.data.factId, levels: escalationLevels, note: '8 KEEPING THE COMPACT ALIVE', effectiveOn: v1.data.dated });
  });

  it('given a compact with no path, then its state has none', () => {
    expect((stateAfter(drafting) as Compact).escalationPath).toBeNull();
  });

  it('given the South Kent Coast and Haringey and Islington seeds, then their paths have three and two levels from the papers', () => {
    const kent = stateAfter(southKentCoast.withEscalationPath) as Compact;
    expect(kent.escalationPath?.levels.map((l) => l.whoActs)).toEqual([
      'If any party believes this is not the case, it is for themselves and the relevant party to resolve the issue with each other in the first instance.',
      'However, in exceptional circumstances where agreement cannot be reached, the issue should be raised at the relevant organizing and leadership arrangement at that time for consideration and resolution.',
      'Each organization will have its own complaints process and governing body should the matter need to be referred.',
    ]);
    const haringey = stateAfter(haringeyAndIslington.withEscalationPath) as Compact;
    expect(haringey.escalationPath?.levels).toHaveLength(2);
    expect(haringey.escalationPath?.levels[1].whoActs).toBe("If there isn't a change in approach, in extremis, the organisation may be asked to leave the partnership.");
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
          data: { factId: 'escalation-path-2', levels: twoLevels, note: 'Mediation level removed at the annual review', effectiveOn: on('2016-04-01') },
          effectiveAt: '2016-04-01',
        },
      ]);
    const redefined: CompactEvent = { type: 'EscalationPathDefined', data: { factId: 'p2', levels: twoLevels, note: 'Mediation level removed', effectiveOn: on('2016-04-01') } };
    expect((stateAfter([...events, redefined]) as Compact).escalationPath?.levels.map((l) => l.level)).toEqual([1, 2]);
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
    given(drafting).when(define(escalationLevels, '2014-12-01', ' ')).thenThrows('escalation-path-note-required');
  });

  it('given the compact, when the date is "30 Sept 2014", then invalid-date', () => {
    given(drafting).when(define(escalationLevels, '30 Sept 2014')).thenThrows('invalid-date');
  });

  it('given a path dated with the undated version (assumed 1 Sept to 30 Nov 2014), when another is dated 1 January 2014, then escalation-path-dated-before-previous; dated 1 October 2014 (which may be after), it is accepted', () => {
    given([...drafting, escalationPath])
      .when(define([escalationLevel(1, 'Bilateral resolution', 'The accountable officers')], '2014-01-01'))
      .thenThrows('escalation-path-dated-before-previous');
    given([...drafting, escalationPath])
      .when(define([escalationLevel(1, 'Bilateral resolution', 'The accountable officers')], '2014-10-01'))
      .then((out) => expect(out).toHaveLength(1));
  });

  it('given a path, when the same levels are defined again, then escalation-path-unchanged', () => {
    given([...drafting, escalationPath])
      .when(define(escalationLevels, '2015-01-01', 'Re-stated'))
      .thenThrows('escalation-path-unchanged');
  });

  it('given the compact was terminated, when a path is defined, then compact-closed', () => {
    const terminated: CompactEvent = {
      type: 'CompactTerminated',
      data: { factId: 'termination', effectiveOn: on('2016-03-31'), reason: 'Replaced by the STP', decisionReference: null },
      effectiveAt: '2016-03-31',
    };
    given([...drafting, terminated]).when(define(escalationLevels, '2016-04-01')).thenThrows('compact-closed');
  });
});
