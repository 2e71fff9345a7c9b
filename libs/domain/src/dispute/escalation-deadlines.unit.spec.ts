import { englandCalendar } from '../../testing/working-days.fixtures';
import type { EscalationLevel } from '../compact/escalation-path';
import { escalationPathDefined, given as givenCompact, southNottinghamshire } from '../../testing/seed-compacts.fixtures';
import { CCG, EMAS, escalateTo, pdf, raiseNottingham, run, snapshotOf, stateOf } from '../../testing/dispute.fixtures';
import { escalationDeadlines } from './escalation-deadlines';

/** 001 section 8's path, with time limits that are illustrative: the compact sets none. */
const limited: EscalationLevel[] = southNottinghamshire.escalationLevels.map((level) =>
  level.level === 3 ? level : { ...level, workingDayLimit: level.level === 1 ? 10 : 20 },
);
const compactEvents = [...southNottinghamshire.drafting, escalationPathDefined(limited, 'Section 8, with illustrative time limits', southNottinghamshire.v1.data.dated)];
const raised = run([], raiseNottingham({ compact: snapshotOf(compactEvents, '2015-03-02') }));
const respond = { type: 'RespondToDispute', data: { respondent: EMAS, response: 'Illustrative response', respondedOn: '2015-03-09' } } as const;
const evidence = {
  type: 'SubmitDisputeEvidence',
  data: { evidenceId: 'ev-1', submittedBy: CCG, description: 'Illustrative evidence', file: pdf(), submittedOn: '2015-04-10' },
} as const;
const history = run(raised, respond, escalateTo(2, '2015-04-01'), evidence, escalateTo(3, '2015-06-01'));

describe('escalation levels with time limits in working days', () => {
  it('a path may give a level a limit; the compact records it, and a path without limits reads as before', () => {
    givenCompact(southNottinghamshire.drafting)
      .when({ type: 'DefineEscalationPath', data: { levels: limited, note: 'Section 8, with illustrative time limits', effectiveOn: southNottinghamshire.v1.data.dated } })
      .then(([event]) => expect((event.data as { levels: EscalationLevel[] }).levels.map((l) => l.workingDayLimit)).toEqual([10, 20, undefined]));
    givenCompact(southNottinghamshire.drafting)
      .when({ type: 'DefineEscalationPath', data: { levels: southNottinghamshire.escalationLevels, note: 'Section 8', effectiveOn: southNottinghamshire.v1.data.dated } })
      .then(([event]) => expect((event.data as { levels: EscalationLevel[] }).levels.every((l) => !('workingDayLimit' in l))).toBe(true));
  });

  it('a limit that is not a whole number of working days above 0 is refused: escalation-level-limit-invalid', () => {
    for (const workingDayLimit of [0, 2.5, -1, '10' as never]) {
      givenCompact(southNottinghamshire.drafting)
        .when({ type: 'DefineEscalationPath', data: { levels: [{ ...limited[0], workingDayLimit }], note: 'x', effectiveOn: southNottinghamshire.v1.data.dated } })
        .thenThrows('escalation-level-limit-invalid');
    }
  });

  it('adding a limit to the current path is a change, not escalation-path-unchanged', () => {
    givenCompact([...southNottinghamshire.drafting, southNottinghamshire.escalationPath])
      .when({ type: 'DefineEscalationPath', data: { levels: limited, note: 'Time limits added (illustrative)', effectiveOn: '2015-01-01' } })
      .then(([event]) => expect(event.type).toBe('EscalationPathDefined'));
  });
});

describe('escalationDeadlines: per level, calendar and working days, the limit, overdue or not', () => {
  it('given the Nottingham dispute at level 3 on 15 June 2015, then level 1 was over its 10 days, level 2 over its 20 (Easter and May bank holidays not counted), level 3 open without a limit', () => {
    expect(escalationDeadlines(stateOf(history), '2015-06-15', englandCalendar).map(({ responses: _r, evidence: _e, mediators: _m, ...rest }) => rest)).toEqual(
      [
        {
          level: 1,
          name: 'Level 1',
          reachedOn: '2015-03-02',
          leftOn: '2015-04-01',
          outcome: 'escalated',
          countedTo: '2015-04-01',
          calendarDays: 30,
          workingDays: 22,
          workingDayLimit: 10,
          dueBy: '2015-03-16',
          overdue: true,
          workingDaysOverdue: 12,
        },
        {
          level: 2,
          name: 'Level 2',
          reachedOn: '2015-04-01',
          leftOn: '2015-06-01',
          outcome: 'escalated',
          countedTo: '2015-06-01',
          calendarDays: 61,
          // 2 April; 7-30 April less Easter Monday; May less 4 and 25 May; 1 June.
          workingDays: 39,
          workingDayLimit: 20,
          dueBy: '2015-05-01',
          overdue: true,
          workingDaysOverdue: 19,
        },
        {
          level: 3,
          name: 'Level 3',
          reachedOn: '2015-06-01',
          leftOn: null,
          outcome: null,
          countedTo: '2015-06-15',
          calendarDays: 14,
          workingDays: 10,
          workingDayLimit: null,
          dueBy: null,
          overdue: null,
          workingDaysOverdue: null,
        },
      ],
    );
  });

  it('as of 13 March 2015, level 1 is open, 9 working days in, within its limit; later levels are not yet reached', () => {
    const [level1, ...rest] = escalationDeadlines(stateOf(history), '2015-03-13', englandCalendar);
    expect(rest).toEqual([]);
    expect(level1).toMatchObject({ leftOn: null, countedTo: '2015-03-13', workingDays: 9, dueBy: '2015-03-16', overdue: false, workingDaysOverdue: null });
    expect(escalationDeadlines(stateOf(history), '2015-03-17', englandCalendar)[0]).toMatchObject({ workingDays: 11, overdue: true, workingDaysOverdue: 1 });
  });

  it('as of 1 May 2015, level 2 is open on its last day within the limit; responses and evidence appear at their level', () => {
    const levels = escalationDeadlines(stateOf(history), '2015-05-01', englandCalendar);
    expect(levels[1]).toMatchObject({ level: 2, leftOn: null, workingDays: 20, overdue: false });
    expect(levels[0].responses.map((r) => r.response)).toEqual(['Illustrative response']);
    expect(levels[1].evidence.map((e) => e.evidenceId)).toEqual(['ev-1']);
    expect(escalationDeadlines(stateOf(history), '2015-04-09', englandCalendar)[1].evidence).toEqual([]);
  });

  it('a dispute resolved at level 1 shows the level closed by the resolution; a dispute raised under a path without limits shows no limit', () => {
    const resolved = run(raised, { type: 'ResolveDispute', data: { terms: 'Illustrative', agreedBy: [CCG, EMAS], resolvedOn: '2015-03-12' } });
    expect(escalationDeadlines(stateOf(resolved), '2015-06-15', englandCalendar)).toMatchObject([
      { leftOn: '2015-03-12', outcome: 'resolved', workingDays: 8, overdue: false },
    ]);
    const unlimited = run([], raiseNottingham());
    expect(escalationDeadlines(stateOf(unlimited), '2015-03-20', englandCalendar)).toMatchObject([
      { workingDayLimit: null, overdue: null, workingDays: 14, calendarDays: 18 },
    ]);
    expect(escalationDeadlines(stateOf([]), '2015-03-20', englandCalendar)).toEqual([]);
  });
});
