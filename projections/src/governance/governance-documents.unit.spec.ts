import type { DomainEvent } from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';
import { englandWorkingDayCalendar } from '@compact-ledger/working-days';
import { type EscalationAuditDocument, escalationAuditAsOf, evolveEscalationAudit } from '../disputes/escalation-audit.projection';
import { type BoardDocument, evolveBoardDocument, termsOfReferenceOn } from './boards.projection';
import { evolveJointProgramme, type JointProgrammeDocument, jointProgrammeAsOf, targetAsOf } from './joint-programme.projection';
import { evolveMeasures, type MeasuresDocument, quarterlyReport } from './measures.projection';
import { evolveMeetingDocument, type MeetingDocument } from './meetings.projection';

/** Events as the store hands them back: each read model folds these, never the decider's state. */
function recorded(streamId: string, events: DomainEvent[]): RecordedEvent[] {
  return events.map((event, revision) => ({
    streamId,
    revision,
    position: revision + 1,
    type: event.type,
    data: event.data as RecordedEvent['data'],
    metadata: {
      eventId: `${streamId}-${revision}`,
      actor: { subject: 's', name: 'n', role: 'secretariat', organisation: null },
      recordedAt: '2020-01-01T00:00:00.000Z',
      effectiveAt: null,
      correlationId: null,
      causationId: null,
      prevHash: '0'.repeat(64),
      hash: '0'.repeat(64),
    },
  }));
}

function fold<Doc>(evolve: (doc: Doc | null, event: RecordedEvent) => Doc | null, events: RecordedEvent[]): Doc {
  return events.reduce<Doc | null>(evolve, null) as Doc;
}

const seat = (seatId: string, voting = true) => ({
  seatId,
  kind: 'partner' as const,
  title: seatId.toUpperCase(),
  organisationId: seatId,
  lead: { name: `Lead ${seatId}`, role: null },
  deputy: null,
  voting,
});
const terms = (version: string, effectiveOn: string) => ({
  version,
  source: 'Test',
  effectiveOn,
  seats: [seat('a'), seat('b'), seat('c'), seat('d', false)],
  quorum: { numerator: 7, denominator: 10 },
  meetingEveryMonths: 1,
  notice: { agendaItemsWorkingDaysBefore: 10, papersWorkingDaysBefore: 5, draftMinutesWorkingDaysAfter: 10 },
  reservedMatters: [],
  reviewEveryMonths: null,
});

describe('boards_v1: a board with every version of its terms', () => {
  const events = recorded('board-b', [
    { type: 'BoardEstablished', data: { boardId: 'b', compactId: 'c', compactTitle: 'C', name: 'Board', purpose: 'P', establishedOn: '2017-06-01' } },
    { type: 'TermsOfReferenceAdopted', data: terms('1', '2017-06-01') },
    { type: 'BoardRenamed', data: { name: 'A type this version does not know' } },
    { type: 'TermsOfReferenceAdopted', data: terms('2', '2018-04-01') },
  ]);
  const board = fold<BoardDocument>(evolveBoardDocument, events);

  it('keeps each version, and the revision of every event, those of a type it does not know included', () => {
    expect(board.termsOfReference.map((t) => t.version)).toEqual(['1', '2']);
    expect(board.revision).toBe(3);
    expect(fold<BoardDocument>(evolveBoardDocument, events.slice(0, 3)).revision).toBe(2);
  });

  it('the terms in force on a date: none before the first, the latest effective by then after', () => {
    expect(termsOfReferenceOn(board, '2017-05-31')).toBeNull();
    expect(termsOfReferenceOn(board, '2018-03-31')?.version).toBe('1');
    expect(termsOfReferenceOn(board, '2018-04-01')?.version).toBe('2');
  });
});

describe('meetings_v1: one meeting as it is read', () => {
  const deadlines = { agendaItemsBy: '2017-06-13', papersBy: '2017-06-20', draftMinutesBy: '2017-07-11' };
  const quorum = { votingSeats: 3, counted: 3, needed: 3, rule: '70%', quorate: true };
  const events = recorded('meeting-m', [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId: 'm',
        boardId: 'b',
        boardName: 'Board',
        compactId: 'c',
        compactTitle: 'C',
        title: 'June',
        meetingDate: '2017-06-27',
        termsOfReference: terms('1', '2017-06-01'),
        reservedMatters: [],
        compactMembers: ['a', 'b', 'c'],
        deadlines,
      },
    },
    {
      type: 'AgendaItemAdded',
      data: { item: '4', title: 'Four', proposedBy: 'a', receivedOn: '2017-06-09', dueBy: '2017-06-13', workingDaysBefore: 12, late: false },
    },
    {
      type: 'AgendaItemAdded',
      data: { item: '5', title: 'Five', proposedBy: null, receivedOn: '2017-06-22', dueBy: '2017-06-13', workingDaysBefore: 3, late: true },
    },
    { type: 'PapersCirculated', data: { item: '5', title: 'Paper', circulatedOn: '2017-06-23', dueBy: '2017-06-20', workingDaysBefore: 2, late: true } },
    {
      type: 'MeetingHeld',
      data: {
        heldOn: '2017-06-27',
        attendance: ['a', 'b', 'c'].map((s) => ({ seatId: s, status: 'lead-present', person: `Lead ${s}`, voting: true })),
        quorum,
      },
    },
    {
      type: 'InterestDeclared',
      data: {
        declarationId: 'x',
        seatId: 'c',
        organisationId: 'c',
        person: 'Lead c',
        interest: 'I',
        nature: 'other',
        items: ['4'],
        handling: 'may-take-part',
        declaredOn: '2017-06-27',
      },
    },
    {
      type: 'DecisionRecorded',
      data: {
        meetingId: 'm',
        boardId: 'b',
        compactId: 'c',
        decisionId: 'd',
        item: '4',
        itemTitle: 'Four',
        decidedOn: '2017-06-27',
        resolution: 'R',
        outcome: { kind: 'consensus' },
        carried: true,
        quorum,
        excluded: [],
        value: null,
        reservedMatter: null,
        consequence: null,
      },
    },
    { type: 'DraftMinutesCirculated', data: { circulatedOn: '2017-07-12', dueBy: '2017-07-11', workingDaysAfter: 11, late: true } },
    { type: 'MinutesApproved', data: { approvedAtMeetingId: 'n', approvedOn: '2017-07-25' } },
  ]);

  it('folds the schedule, the agenda with each item’s papers, attendance, declarations, decisions and minutes', () => {
    const meeting = fold<MeetingDocument>(evolveMeetingDocument, events);
    expect(meeting).toMatchObject({ status: 'held', quorumRule: '70% of 3 voting seats: 3', termsVersion: '1', deadlines, revision: 8 });
    expect(meeting.agenda.map((a) => [a.item, a.late, a.papers.map((p) => p.title)])).toEqual([
      ['4', false, []],
      ['5', true, ['Paper']],
    ]);
    expect(meeting.declarations).toHaveLength(1);
    expect(meeting.decisions[0]).toEqual(expect.not.objectContaining({ meetingId: 'm' }));
    expect(meeting.decisions[0]).toMatchObject({ decisionId: 'd', item: '4', carried: true });
    expect(meeting).toMatchObject({ draftMinutes: { late: true }, minutesApproval: { approvedAtMeetingId: 'n' } });
  });

  it('ignores what comes before the meeting is scheduled, and a cancellation makes it cancelled', () => {
    expect(evolveMeetingDocument(null, events[1])).toBeNull();
    const cancelled = [...events.slice(0, 1), ...recorded('meeting-m', [{ type: 'MeetingCancelled', data: { reason: 'R', cancelledOn: '2017-06-20' } }])];
    expect(fold<MeetingDocument>(evolveMeetingDocument, cancelled)).toMatchObject({ status: 'cancelled', cancellation: { cancelledOn: '2017-06-20' } });
  });
});

describe('joint_programme_v1: targets met, missed or revised, and overdue at any date', () => {
  const target = (targetId: string, dueOn: string | null) => ({
    targetId,
    text: `Target ${targetId}`,
    dueOn,
    wording: dueOn ? `by ${dueOn}` : 'no date given',
  });
  const events = recorded('programme-c', [
    { type: 'JointProgrammeStarted', data: { compactId: 'c' } },
    {
      type: 'CommitmentDefined',
      data: {
        commitmentId: 'c3',
        number: '3',
        title: 'Three',
        text: 'T',
        definedOn: '2017-06-01',
        targets: [target('3.1', '2017-06-30'), target('3.2', null), target('3.3', '2017-12-31')],
      },
    },
    { type: 'MeasureDefined', data: { measureId: 'm', name: 'M', description: 'D', unit: 'u', direction: null, definedOn: '2017-06-01' } },
    { type: 'TargetMet', data: { targetId: '3.1', commitmentId: 'c3', metOn: '2017-07-10', dueOn: '2017-06-30', note: 'Late' } },
    { type: 'TargetMissed', data: { targetId: '3.3', commitmentId: 'c3', recordedOn: '2018-01-02', dueOn: '2017-12-31', reason: 'R' } },
    {
      type: 'TargetRevised',
      data: {
        targetId: '3.3',
        commitmentId: 'c3',
        previousDueOn: '2017-12-31',
        newDueOn: '2018-03-31',
        newWording: 'by March 2018',
        reason: 'R',
        revisedOn: '2018-01-16',
      },
    },
  ]);
  const programme = fold<JointProgrammeDocument>(evolveJointProgramme, events);
  const [three] = programme.commitments;

  it('keeps each step in order; measures are not its business, but their events move its revision', () => {
    expect(programme.revision).toBe(5);
    expect(three.targets.map((t) => [t.targetId, t.steps.map((s) => s.kind)])).toEqual([
      ['3.1', ['met']],
      ['3.2', []],
      ['3.3', ['missed', 'revised']],
    ]);
  });

  it('a target as at a date sees only the steps recorded by then: overdue, missed, revised to a new date', () => {
    const at = (asOf: string) => targetAsOf(three.targets[2], asOf);
    expect(at('2017-12-31')).toMatchObject({ status: 'open', overdue: false, dueOn: '2017-12-31', steps: [] });
    expect(at('2018-01-10')).toMatchObject({ status: 'missed', overdue: true, daysOverdue: 10 });
    expect(at('2018-01-16')).toMatchObject({
      status: 'open',
      overdue: false,
      dueOn: '2018-03-31',
      wording: 'by March 2018',
      revisions: [{ previousDueOn: '2017-12-31' }],
    });
    expect(targetAsOf(three.targets[0], '2017-07-09')).toMatchObject({ status: 'open', overdue: true, daysOverdue: 9, metOn: null });
    expect(targetAsOf(three.targets[0], '2017-07-10')).toMatchObject({ status: 'met', overdue: false, metOn: '2017-07-10' });
    expect(targetAsOf(three.targets[1], '2030-01-01')).toMatchObject({ dueOn: null, overdue: false });
  });

  it('the programme as at a date: nothing before the commitment was made; only the overdue targets when asked', () => {
    expect(jointProgrammeAsOf(programme, '2017-05-31')).toEqual([]);
    expect(jointProgrammeAsOf(programme, '2017-07-05', { overdueOnly: true }).flatMap((c) => c.targets.map((t) => t.targetId))).toEqual(['3.1']);
    expect(jointProgrammeAsOf(programme, '2018-02-01', { overdueOnly: true })).toEqual([]);
  });
});

describe('measures_v1: quarterly values, corrections, and the common report', () => {
  const events = recorded('programme-c', [
    { type: 'JointProgrammeStarted', data: { compactId: 'c' } },
    {
      type: 'MeasureDefined',
      data: { measureId: 'admissions', name: 'Admissions', description: 'D', unit: 'per 1,000', direction: 'lower-is-better', definedOn: '2017-06-01' },
    },
    {
      type: 'MeasureDefined',
      data: { measureId: 'at-home', name: 'At home', description: 'D', unit: '%', direction: 'higher-is-better', definedOn: '2017-06-01' },
    },
    { type: 'MeasureValueRecorded', data: { measureId: 'admissions', quarter: '2017-18-Q2', value: 12.3, recordedOn: '2017-10-19', note: null } },
    { type: 'MeasureValueRecorded', data: { measureId: 'admissions', quarter: '2016-17-Q2', value: 14.2, recordedOn: '2016-10-20', note: null } },
    { type: 'MeasureValueRecorded', data: { measureId: 'admissions', quarter: '2017-18-Q1', value: 12.1, recordedOn: '2017-07-20', note: null } },
    {
      type: 'MeasureValueCorrected',
      data: { measureId: 'admissions', quarter: '2017-18-Q2', value: 12.1, previousValue: 12.3, reason: 'R', correctedOn: '2017-11-01' },
    },
    { type: 'MeasureValueRecorded', data: { measureId: 'at-home', quarter: '2017-18-Q2', value: 92.5, recordedOn: '2017-10-19', note: 'N' } },
  ]);
  const measures = fold<MeasuresDocument>(evolveMeasures, events);

  it('keeps values in quarter order, the latest value after a correction, and the correction in the history', () => {
    expect(measures.measures[0].values.map((v) => [v.quarter, v.value])).toEqual([
      ['2016-17-Q2', 14.2],
      ['2017-18-Q1', 12.1],
      ['2017-18-Q2', 12.1],
    ]);
    expect(measures.measures[0].values[2].corrections).toEqual([{ value: 12.1, previousValue: 12.3, reason: 'R', correctedOn: '2017-11-01' }]);
  });

  it('the report: change on the quarter before, trend by the measure’s direction, the year before, and whether corrected', () => {
    expect(quarterlyReport(measures, '2017-18-Q2')).toEqual([
      {
        measureId: 'admissions',
        name: 'Admissions',
        unit: 'per 1,000',
        direction: 'lower-is-better',
        quarter: '2017-18-Q2',
        value: 12.1,
        previousQuarter: '2017-18-Q1',
        previousValue: 12.1,
        change: 0,
        trend: 'unchanged',
        yearBefore: '2016-17-Q2',
        yearBeforeValue: 14.2,
        corrected: true,
        note: null,
      },
      expect.objectContaining({ measureId: 'at-home', value: 92.5, previousValue: null, change: null, trend: null, corrected: false, note: 'N' }),
    ]);
    expect(quarterlyReport(measures, '2017-18-Q1')[0]).toMatchObject({ value: 12.1, previousValue: null, trend: null });
  });
});

describe('escalation_audit_v2: each level in calendar and working days against its limit', () => {
  const calendar = englandWorkingDayCalendar();
  const path = {
    note: 'N',
    effectiveOn: '2017-06-01',
    levels: [
      { level: 1, name: 'One', whoActs: 'W', mediation: true, independentChair: false, workingDayLimit: 10 },
      { level: 2, name: 'Two', whoActs: 'W', mediation: false, independentChair: false, workingDayLimit: 20 },
      { level: 3, name: 'Three', whoActs: 'W', mediation: false, independentChair: true },
    ],
  };
  const compact = { compactId: 'c', compactTitle: 'C', versionLabel: '1', contentHash: 'a'.repeat(64) };
  const events = recorded('dispute-d', [
    {
      type: 'DisputeRaised',
      data: {
        disputeId: 'd',
        compact,
        escalationPath: path,
        raisedBy: 'a',
        against: ['b'],
        about: [{ kind: 'section', ref: '1' }],
        summary: 'S',
        raisedOn: '2017-08-01',
        level: 1,
      },
    },
    { type: 'DisputeResponded', data: { respondent: 'b', response: 'No', respondedOn: '2017-08-04', level: 1 } },
    { type: 'DisputeEscalated', data: { fromLevel: 1, toLevel: 2, reason: 'R', requestedBy: 'a', escalatedOn: '2017-08-21' } },
    {
      type: 'DisputeEvidenceSubmitted',
      data: {
        evidenceId: 'e',
        submittedBy: 'a',
        description: 'Minutes',
        file: { sha256: 'b'.repeat(64), filename: 'm.pdf', mediaType: 'application/pdf', size: 3 },
        submittedOn: '2017-09-01',
        level: 2,
      },
    },
    { type: 'DisputeResolved', data: { level: 2, terms: 'T', agreedBy: ['a', 'b'], resolvedOn: '2017-09-25' } },
  ]);
  const audit = fold<EscalationAuditDocument>(evolveEscalationAudit, events);

  it('keeps each level’s limit and the responses and evidence at their level', () => {
    expect(audit.levels.map((l) => [l.level, l.workingDayLimit, l.responses.length, l.evidence.length])).toEqual([
      [1, 10, 1, 0],
      [2, 20, 0, 1],
      [3, null, 0, 0],
    ]);
  });

  it('a level left: the days from reaching to leaving, over its limit; the summer bank holiday of 2017 is no working day', () => {
    const [one, two, three] = escalationAuditAsOf(audit, '2017-12-31', calendar).levels;
    expect(one).toMatchObject({ countedTo: '2017-08-21', calendarDays: 20, workingDays: 14, dueBy: '2017-08-15', overdue: true, workingDaysOverdue: 4 });
    // 22 August to 25 September: 25 weekdays, less 28 August.
    expect(two).toMatchObject({ outcome: 'resolved', calendarDays: 35, workingDays: 24, dueBy: '2017-09-19', overdue: true, workingDaysOverdue: 4 });
    expect(three).toMatchObject({ reached: false, calendarDays: null, workingDays: null, overdue: null, dueBy: null });
  });

  it('as at a date: an open level counts to it; what happened later is not yet there', () => {
    const at = escalationAuditAsOf(audit, '2017-08-30', calendar);
    expect(at).toMatchObject({ status: 'open', currentLevel: 2, asOf: '2017-08-30' });
    expect(at.levels[1]).toMatchObject({
      leftOn: null,
      outcome: null,
      countedTo: '2017-08-30',
      workingDays: 6,
      overdue: false,
      workingDaysOverdue: null,
      evidence: [],
    });
    const before = escalationAuditAsOf(audit, '2017-08-03', calendar);
    expect(before.levels[0]).toMatchObject({ responses: [], workingDays: 2, leftOn: null });
    expect(before.levels[1]).toMatchObject({ reached: false, reachedOn: null });
  });
});
