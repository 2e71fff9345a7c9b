import { NotFoundInDomain } from '../shared/decider';
import type { ProgrammeCommand } from './programme.commands';
import { agreed, commitments, COMPACT, givenProgramme, measures, programmeOf, programmeStateOf, runProgramme } from '../../testing/programme.fixtures';
import { overdueTargets, QUARTERLY_REPORT_COLUMNS, quarterlyReport, targetsAt, targetStatusAt } from './programme.views';
import { isFinancialQuarter, previousQuarter, quarterDates, quarterOf, sameQuarterYearBefore } from './quarters';

const met = (targetId: string, metOn: string, note = 'Illustrative'): ProgrammeCommand => ({ type: 'RecordTargetMet', data: { targetId, metOn, note } });
const missed = (targetId: string, recordedOn: string, reason = 'Illustrative'): ProgrammeCommand => ({
  type: 'RecordTargetMissed',
  data: { targetId, recordedOn, reason },
});
const revise = (
  targetId: string,
  newDueOn: string,
  revisedOn: string,
  reason = 'Illustrative: waiting on the joint committee',
  newWording = 'by March 2018',
): ProgrammeCommand => ({
  type: 'ReviseTarget',
  data: { targetId, newDueOn, newWording, reason, revisedOn },
});

describe('DefineCommitment (004: eight commitments, their targets dated)', () => {
  it('given no programme, when Commitment 4 is defined, then JointProgrammeStarted and CommitmentDefined with its five targets', () => {
    givenProgramme([])
      .when(commitments[3])
      .then((events) => {
        expect(events.map((e) => e.type)).toEqual(['JointProgrammeStarted', 'CommitmentDefined']);
        expect(events[0].data).toEqual({ compactId: COMPACT });
        const data = events[1].data as { targets: Array<{ targetId: string; dueOn: string; wording: string }> };
        expect(data.targets.map((t) => [t.targetId, t.dueOn, t.wording])).toEqual([
          ['4.1', '2017-06-30', 'by 30 June 2017'],
          ['4.2', '2017-07-30', 'by 30 July 2017'],
          ['4.3', '2017-09-30', 'by September 2017'],
          ['4.4', '2017-07-31', 'by July 2017'],
          ['4.5', '2017-10-31', 'by October 2017'],
        ]);
      });
  });

  it('given the agreement, then the programme holds the eight commitments and 25 targets (Commitments 1 and 2 set none)', () => {
    const programme = programmeOf(agreed);
    expect(programme.commitments.map((c) => [c.number, c.targetIds.length])).toEqual([
      ['1', 0],
      ['2', 0],
      ['3', 4],
      ['4', 5],
      ['5', 4],
      ['6', 4],
      ['7', 4],
      ['8', 4],
    ]);
  });

  it('given the commitments, when one is defined again, a number repeats or a target id repeats, then commitment-id-repeated / commitment-number-repeated / target-id-repeated', () => {
    givenProgramme(agreed).when(commitments[0]).thenThrows('commitment-id-repeated');
    const data = commitments[2].data;
    givenProgramme(agreed)
      .when({ type: 'DefineCommitment', data: { ...data, commitmentId: 'commitment-3b' } })
      .thenThrows('commitment-number-repeated');
    givenProgramme(agreed)
      .when({ type: 'DefineCommitment', data: { ...data, commitmentId: 'commitment-9', number: '9' } })
      .thenThrows('target-id-repeated');
  });

  it('given the programme of Haringey and Islington, when a commitment names another compact, then programme-compact-mismatch', () => {
    givenProgramme(agreed)
      .when({ type: 'DefineCommitment', data: { ...commitments[0].data, compactId: 'south-nottinghamshire', commitmentId: 'x', number: '9' } })
      .thenThrows('programme-compact-mismatch');
  });

  it('given no programme, when a target is recorded met, then NotFoundInDomain; given the programme, an unknown target, target-not-found', () => {
    givenProgramme([]).when(met('4.1', '2017-06-30')).thenThrows(NotFoundInDomain);
    givenProgramme(agreed).when(met('constructor', '2017-06-30')).thenThrows('target-not-found');
  });
});

describe('targets met, missed or revised, each by an event; overdue visible at any date', () => {
  it('given target 4.1 (by 30 June 2017), when it is met on 28 June, then TargetMet with its due date', () => {
    givenProgramme(agreed)
      .when(met('4.1', '2017-06-28', 'Illustrative: each programme shared at the Partnership Board'))
      .then([
        {
          type: 'TargetMet',
          data: {
            targetId: '4.1',
            commitmentId: 'commitment-4',
            metOn: '2017-06-28',
            dueOn: '2017-06-30',
            note: 'Illustrative: each programme shared at the Partnership Board',
          },
          effectiveAt: '2017-06-28',
        },
      ]);
  });

  it('given target 3.3 (by December 2017), when it is recorded missed on 31 December 2017, then target-not-yet-due; on 2 January 2018, TargetMissed', () => {
    givenProgramme(agreed).when(missed('3.3', '2017-12-31')).thenThrows('target-not-yet-due');
    givenProgramme(agreed)
      .when(missed('3.3', '2018-01-02', 'Illustrative: strategy consultation extended'))
      .then([
        {
          type: 'TargetMissed',
          data: {
            targetId: '3.3',
            commitmentId: 'commitment-3',
            recordedOn: '2018-01-02',
            dueOn: '2017-12-31',
            reason: 'Illustrative: strategy consultation extended',
          },
          effectiveAt: '2018-01-02',
        },
      ]);
  });

  it('given 3.3 missed, when it is revised to 31 March 2018, then TargetRevised with both dates; missed again only after the new date', () => {
    const events = runProgramme(agreed, missed('3.3', '2018-01-02'));
    givenProgramme(events)
      .when(revise('3.3', '2018-03-31', '2018-01-16'))
      .then([
        {
          type: 'TargetRevised',
          data: {
            targetId: '3.3',
            commitmentId: 'commitment-3',
            previousDueOn: '2017-12-31',
            newDueOn: '2018-03-31',
            newWording: 'by March 2018',
            reason: 'Illustrative: waiting on the joint committee',
            revisedOn: '2018-01-16',
          },
          effectiveAt: '2018-01-16',
        },
      ]);
    const revised = runProgramme(events, revise('3.3', '2018-03-31', '2018-01-16'));
    givenProgramme(revised).when(missed('3.3', '2018-03-01')).thenThrows('target-not-yet-due');
    givenProgramme(events).when(missed('3.3', '2018-01-09')).thenThrows('target-already-missed');
  });

  it('given a met target, when it is missed or revised, then target-already-met; a step dated before the latest, target-steps-in-date-order', () => {
    const events = runProgramme(agreed, met('4.1', '2017-06-28'));
    givenProgramme(events)
      .when(revise('4.1', '2017-09-30', '2017-07-01'))
      .thenThrows('target-already-met');
    givenProgramme(events).when(missed('4.1', '2017-07-01')).thenThrows('target-already-met');
    const slipped = runProgramme(agreed, revise('4.2', '2017-09-30', '2017-07-20'));
    givenProgramme(slipped).when(met('4.2', '2017-07-19')).thenThrows('target-steps-in-date-order');
  });

  it('given a revision to the same date, no reason, or an undated target recorded missed, then target-revision-changes-nothing / revision-reason-required / target-not-yet-due', () => {
    givenProgramme(agreed)
      .when(revise('4.1', '2017-06-30', '2017-06-01'))
      .thenThrows('target-revision-changes-nothing');
    givenProgramme(agreed)
      .when(revise('4.1', '2017-07-31', '2017-06-01', ' '))
      .thenThrows('revision-reason-required');
    givenProgramme(agreed).when(missed('3.2', '2019-01-01')).thenThrows('target-not-yet-due');
  });

  describe('overdueTargets at any date', () => {
    const history = runProgramme(
      agreed,
      met('4.1', '2017-06-28'),
      met('5.1', '2017-07-10'),
      missed('3.1', '2017-07-04'),
      revise('3.1', '2017-09-30', '2017-07-04', 'Illustrative: leadership group formed with the joint committee', 'by September 2017'),
    );
    const state = programmeStateOf(history);

    it("on 1 June 2017, the agreement's date, the April 2017 targets of Commitment 7 are already overdue", () => {
      expect(overdueTargets(state, '2017-06-01').map((t) => [t.targetId, t.daysOverdue])).toEqual([
        ['7.2', 32],
        ['7.3', 32],
      ]);
    });

    it('on 1 July 2017, the June targets not met are overdue; 4.1 (met 28 June) is not; 5.1 (met 10 July) still was', () => {
      expect(overdueTargets(state, '2017-07-01').map((t) => t.targetId)).toEqual(['3.1', '5.1', '7.1', '7.2', '7.3', '8.1', '8.2']);
    });

    it('on 5 July 2017, 3.1 is revised to September and no longer overdue; 5.1 is met on 10 July', () => {
      const ids = (asOf: string) => overdueTargets(state, asOf).map((t) => t.targetId);
      expect(ids('2017-07-05')).not.toContain('3.1');
      expect(ids('2017-07-09')).toContain('5.1');
      expect(ids('2017-07-10')).not.toContain('5.1');
    });

    it('a target shows, as of a date, only the steps recorded by then: 3.1 was missed on 4 July and revised the same day', () => {
      const target = programmeOf(history).targets['3.1'];
      expect(targetStatusAt(target, '2017-07-03')).toMatchObject({ status: 'open', dueOn: '2017-06-30', overdue: true, daysOverdue: 3, revisions: [] });
      expect(targetStatusAt(target, '2017-07-04')).toMatchObject({ status: 'open', dueOn: '2017-09-30', wording: 'by September 2017', overdue: false });
      expect(targetStatusAt(target, '2017-10-02')).toMatchObject({ overdue: true, daysOverdue: 2 });
    });

    it('3.2, given no date, is never overdue; before 1 June 2017 the programme shows no target', () => {
      expect(targetsAt(state, '2019-01-01').find((t) => t.targetId === '3.2')).toMatchObject({ dueOn: null, overdue: false });
      expect(targetsAt(state, '2017-05-31')).toEqual([]);
    });
  });
});

describe('measures of success and the common quarterly report (001 section 7; values illustrative)', () => {
  const value = (measureId: string, quarter: string, v: number, recordedOn: string, note: string | null = null): ProgrammeCommand => ({
    type: 'RecordMeasureValue',
    data: { measureId, quarter, value: v, recordedOn, note },
  });
  const defined = runProgramme(agreed, ...measures);
  const recorded = runProgramme(
    defined,
    value('unplanned-ltc-admissions', '2016-17-Q2', 14.2, '2016-10-20'),
    value('unplanned-ltc-admissions', '2017-18-Q1', 12.1, '2017-07-20'),
    value('unplanned-ltc-admissions', '2017-18-Q2', 12.3, '2017-10-19'),
    value('people-supported-at-home', '2017-18-Q1', 91.5, '2017-07-20'),
    value('people-supported-at-home', '2017-18-Q2', 92.5, '2017-10-19', 'Illustrative note'),
    value('chin-referrals', '2017-18-Q2', 340, '2017-10-19'),
  );

  it('financial-year quarters: 2017-18-Q1 is April to June 2017, Q4 January to March 2018', () => {
    expect(quarterDates('2017-18-Q1')).toEqual({ start: '2017-04-01', end: '2017-06-30' });
    expect(quarterDates('2017-18-Q4')).toEqual({ start: '2018-01-01', end: '2018-03-31' });
    expect([quarterOf('2018-03-31'), quarterOf('2018-04-01'), quarterOf('2017-10-19')]).toEqual(['2017-18-Q4', '2018-19-Q1', '2017-18-Q3']);
    expect([previousQuarter('2017-18-Q1'), sameQuarterYearBefore('2017-18-Q2')]).toEqual(['2016-17-Q4', '2016-17-Q2']);
    expect([isFinancialQuarter('2017-19-Q1'), isFinancialQuarter('2017-18-Q5'), isFinancialQuarter('2099-00-Q1')]).toEqual([false, false, true]);
  });

  it('given the measures, when a value is recorded, then MeasureValueRecorded', () => {
    givenProgramme(defined)
      .when(value('chin-referrals', '2017-18-Q1', 210, '2017-07-20'))
      .then([
        {
          type: 'MeasureValueRecorded',
          data: { measureId: 'chin-referrals', quarter: '2017-18-Q1', value: 210, recordedOn: '2017-07-20', note: null },
          effectiveAt: '2017-07-20',
        },
      ]);
  });

  it('given the measures, when a quarter is recorded before it ends, twice, as "Q2 2017" or not a number, then quarter-not-ended / measure-value-already-recorded / quarter-invalid / measure-value-invalid', () => {
    givenProgramme(defined)
      .when(value('chin-referrals', '2017-18-Q2', 1, '2017-09-30'))
      .thenThrows('quarter-not-ended');
    givenProgramme(recorded)
      .when(value('chin-referrals', '2017-18-Q2', 1, '2017-10-30'))
      .thenThrows('measure-value-already-recorded');
    givenProgramme(defined)
      .when(value('chin-referrals', 'Q2 2017', 1, '2017-10-30'))
      .thenThrows('quarter-invalid');
    givenProgramme(defined)
      .when(value('chin-referrals', '2017-18-Q2', Number.NaN, '2017-10-30'))
      .thenThrows('measure-value-invalid');
    givenProgramme(defined)
      .when(value('bed-days', '2017-18-Q2', 1, '2017-10-30'))
      .thenThrows('measure-not-found');
    givenProgramme(defined).when(measures[0]).thenThrows('measure-id-repeated');
  });

  it('given a value, when it is corrected, then MeasureValueCorrected keeps the previous value; the report shows the corrected one', () => {
    const correction: ProgrammeCommand = {
      type: 'CorrectMeasureValue',
      data: { measureId: 'chin-referrals', quarter: '2017-18-Q2', value: 352, reason: 'Illustrative: late returns', correctedOn: '2017-11-02' },
    };
    givenProgramme(recorded)
      .when(correction)
      .then([
        {
          type: 'MeasureValueCorrected',
          data: {
            measureId: 'chin-referrals',
            quarter: '2017-18-Q2',
            value: 352,
            previousValue: 340,
            reason: 'Illustrative: late returns',
            correctedOn: '2017-11-02',
          },
          effectiveAt: '2017-11-02',
        },
      ]);
    const row = quarterlyReport(programmeStateOf(runProgramme(recorded, correction)), '2017-18-Q2').find((r) => r.measureId === 'chin-referrals');
    expect(row).toMatchObject({ value: 352, corrected: true });
    givenProgramme(recorded)
      .when({ type: 'CorrectMeasureValue', data: { ...(correction.data as object), quarter: '2016-17-Q1' } as never })
      .thenThrows('measure-value-not-recorded');
  });

  it('the report for 2017-18 Q2: one row per measure, with the previous quarter, the change, the trend by direction and the year before', () => {
    expect(quarterlyReport(programmeStateOf(recorded), '2017-18-Q2')).toEqual([
      {
        measureId: 'unplanned-ltc-admissions',
        name: 'Unplanned admissions of people with a long-term condition (illustrative)',
        unit: 'per 1,000 population',
        direction: 'lower-is-better',
        quarter: '2017-18-Q2',
        value: 12.3,
        previousQuarter: '2017-18-Q1',
        previousValue: 12.1,
        change: 0.2,
        trend: 'worsening',
        yearBefore: '2016-17-Q2',
        yearBeforeValue: 14.2,
        corrected: false,
        note: null,
      },
      {
        measureId: 'people-supported-at-home',
        name: 'People supported to live at home (illustrative)',
        unit: '%',
        direction: 'higher-is-better',
        quarter: '2017-18-Q2',
        value: 92.5,
        previousQuarter: '2017-18-Q1',
        previousValue: 91.5,
        change: 1,
        trend: 'improving',
        yearBefore: '2016-17-Q2',
        yearBeforeValue: null,
        corrected: false,
        note: 'Illustrative note',
      },
      {
        measureId: 'chin-referrals',
        name: 'Referrals to CHINs (illustrative)',
        unit: 'count',
        direction: null,
        quarter: '2017-18-Q2',
        value: 340,
        previousQuarter: '2017-18-Q1',
        previousValue: null,
        change: null,
        trend: null,
        yearBefore: '2016-17-Q2',
        yearBeforeValue: null,
        corrected: false,
        note: null,
      },
    ]);
  });

  it('the report has a column for every field of a row, and none for a programme not started', () => {
    const row = quarterlyReport(programmeStateOf(recorded), '2017-18-Q2')[0];
    expect([...QUARTERLY_REPORT_COLUMNS].sort()).toEqual(Object.keys(row).sort());
    expect(quarterlyReport(programmeStateOf([]), '2017-18-Q2')).toEqual([]);
  });
});
