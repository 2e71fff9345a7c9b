import { programmeEventCodec } from './programme.codec';
import { assertCalendarDate } from '../compact/calendar-dates';
import { assertNever, type Decider, DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import {
  type CorrectMeasureValue,
  type DefineCommitment,
  type DefineMeasure,
  MEASURE_DIRECTIONS,
  type ProgrammeCommand,
  type RecordMeasureValue,
  type RecordTargetMet,
  type RecordTargetMissed,
  type ReviseTarget,
  type TargetDefinition,
} from './programme.commands';
import type { ProgrammeEvent } from './programme.events';
import { evolveProgramme } from './programme.evolve';
import { currentDueOn, initialProgrammeState, type JointProgramme, type Measure, type ProgrammeState, type Target, targetNamed } from './programme.state';
import { assertFinancialQuarter, quarterDates } from './quarters';

export type ProgrammeDecider = Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState>;

/** The joint programme's decider. It needs nothing from outside. */
export const programmeDecider: ProgrammeDecider = {
  initialState: initialProgrammeState,
  evolve: evolveProgramme,
  decide: decideProgramme,
  decode: programmeEventCodec.decode,
};

export function decideProgramme(command: ProgrammeCommand, state: ProgrammeState): ProgrammeEvent[] {
  if (command.type === 'DefineCommitment' || command.type === 'DefineMeasure') {
    const opening = openProgramme(state, command.data.compactId);
    const programme = opening.length > 0 ? (opening.reduce(evolveProgramme, state) as JointProgramme) : (state as JointProgramme);
    return [...opening, ...(command.type === 'DefineCommitment' ? defineCommitment(programme, command) : defineMeasure(programme, command))];
  }
  if (state.kind === 'none') throw new NotFoundInDomain('no joint programme has been started in this stream');
  switch (command.type) {
    case 'RecordTargetMet':
      return targetMet(state, command);
    case 'RecordTargetMissed':
      return targetMissed(state, command);
    case 'ReviseTarget':
      return reviseTarget(state, command);
    case 'RecordMeasureValue':
      return recordValue(state, command);
    case 'CorrectMeasureValue':
      return correctValue(state, command);
    default:
      return assertNever(command);
  }
}

function assertText(value: unknown, rule: string, message: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainRuleViolation(rule, message);
}

/** The programme's stream opens with its first commitment or measure; later ones must name the same compact. */
function openProgramme(state: ProgrammeState, compactId: string): ProgrammeEvent[] {
  assertText(compactId, 'compact-id-required', 'the joint programme belongs to a compact; name it');
  if (state.kind === 'none') return [{ type: 'JointProgrammeStarted', data: { compactId } }];
  if (state.compactId !== compactId)
    throw new DomainRuleViolation('programme-compact-mismatch', `this is the joint programme of ${state.compactId}, not of ${compactId}`);
  return [];
}

// ---------------------------------------------------------------- commitments and targets

function defineCommitment(programme: JointProgramme, { data }: DefineCommitment): ProgrammeEvent[] {
  assertText(data.commitmentId, 'commitment-id-required', 'the command must carry the new commitment id');
  if (programme.commitments.some((c) => c.commitmentId === data.commitmentId)) {
    throw new DomainRuleViolation('commitment-id-repeated', `commitment ${data.commitmentId} is already defined`);
  }
  assertText(data.number, 'commitment-number-required', 'a commitment needs its number as the paper gives it');
  const sameNumber = programme.commitments.find((c) => c.number === data.number);
  if (sameNumber) throw new DomainRuleViolation('commitment-number-repeated', `commitment ${data.number} is already defined (${sameNumber.title})`);
  assertText(data.title, 'commitment-title-required', `commitment ${data.number} needs a title`);
  assertText(data.text, 'commitment-text-required', `commitment ${data.number} needs its text`);
  assertCalendarDate(data.definedOn, `the date commitment ${data.number} was made`);
  if (!Array.isArray(data.targets)) throw new DomainRuleViolation('targets-required', `list commitment ${data.number}'s targets (none is an empty list)`);
  const targets = data.targets.map((t, i): TargetDefinition => {
    assertText(t?.targetId, 'target-id-required', `target ${i + 1} of commitment ${data.number} needs an id`);
    if (targetNamed(programme, t.targetId) || data.targets.findIndex((o) => o?.targetId === t.targetId) !== i) {
      throw new DomainRuleViolation('target-id-repeated', `target ${t.targetId} is already defined`);
    }
    assertText(t.text, 'target-text-required', `target ${t.targetId} needs the paper's words`);
    if (t.dueOn !== null) assertCalendarDate(t.dueOn, `the date target ${t.targetId} is due`);
    assertText(t.wording, 'target-wording-required', `give the paper's words for when target ${t.targetId} is due ("by 30 June 2017")`);
    return { targetId: t.targetId, text: t.text, dueOn: t.dueOn, wording: t.wording };
  });
  const { commitmentId, number, title, text, definedOn } = data;
  return [{ type: 'CommitmentDefined', data: { commitmentId, number, title, text, targets, definedOn }, effectiveAt: definedOn }];
}

function targetOf(programme: JointProgramme, targetId: string): Target {
  const target = targetNamed(programme, targetId);
  if (!target) throw new DomainRuleViolation('target-not-found', `the joint programme has no target ${JSON.stringify(targetId)}`);
  return target;
}

/** A target that is open: not met. Its next step may not be dated before its latest. */
function assertOpenTarget(target: Target, date: unknown, what: string): asserts date is string {
  const met = target.steps.find((s) => s.kind === 'met');
  if (met) throw new DomainRuleViolation('target-already-met', `target ${target.targetId} was met on ${met.on}`);
  assertCalendarDate(date, what);
  const latest = target.steps[target.steps.length - 1];
  if (latest && date < latest.on) {
    throw new DomainRuleViolation('target-steps-in-date-order', `${what} (${date}) cannot be before the target's latest step, ${latest.kind} on ${latest.on}`);
  }
}

function targetMet(programme: JointProgramme, { data }: RecordTargetMet): ProgrammeEvent[] {
  const target = targetOf(programme, data.targetId);
  assertOpenTarget(target, data.metOn, `the date target ${target.targetId} was met`);
  assertText(data.note, 'target-note-required', `say how target ${target.targetId} was met`);
  return [
    {
      type: 'TargetMet',
      data: { targetId: target.targetId, commitmentId: target.commitmentId, metOn: data.metOn, dueOn: currentDueOn(target), note: data.note },
      effectiveAt: data.metOn,
    },
  ];
}

function targetMissed(programme: JointProgramme, { data }: RecordTargetMissed): ProgrammeEvent[] {
  const target = targetOf(programme, data.targetId);
  assertOpenTarget(target, data.recordedOn, `the date target ${target.targetId} was recorded missed`);
  const latest = target.steps[target.steps.length - 1];
  if (latest?.kind === 'missed')
    throw new DomainRuleViolation('target-already-missed', `target ${target.targetId} was recorded missed on ${latest.on}; revise it or record it met`);
  const dueOn = currentDueOn(target);
  if (dueOn === null) throw new DomainRuleViolation('target-not-yet-due', `target ${target.targetId} has no due date; revise it to give one`);
  if (data.recordedOn <= dueOn) {
    throw new DomainRuleViolation('target-not-yet-due', `target ${target.targetId} is due on ${dueOn}; it cannot be recorded missed on ${data.recordedOn}`);
  }
  assertText(data.reason, 'target-reason-required', `say why target ${target.targetId} was missed`);
  return [
    {
      type: 'TargetMissed',
      data: { targetId: target.targetId, commitmentId: target.commitmentId, recordedOn: data.recordedOn, dueOn, reason: data.reason },
      effectiveAt: data.recordedOn,
    },
  ];
}

function reviseTarget(programme: JointProgramme, { data }: ReviseTarget): ProgrammeEvent[] {
  const target = targetOf(programme, data.targetId);
  assertOpenTarget(target, data.revisedOn, `the date target ${target.targetId} was revised`);
  assertCalendarDate(data.newDueOn, `the new date target ${target.targetId} is due`);
  const previousDueOn = currentDueOn(target);
  if (data.newDueOn === previousDueOn)
    throw new DomainRuleViolation('target-revision-changes-nothing', `target ${target.targetId} is already due on ${previousDueOn}`);
  assertText(data.newWording, 'target-wording-required', `give the words for the new date ("by 31 December 2017")`);
  assertText(data.reason, 'revision-reason-required', `say why target ${target.targetId} is revised`);
  return [
    {
      type: 'TargetRevised',
      data: {
        targetId: target.targetId,
        commitmentId: target.commitmentId,
        previousDueOn,
        newDueOn: data.newDueOn,
        newWording: data.newWording,
        reason: data.reason,
        revisedOn: data.revisedOn,
      },
      effectiveAt: data.revisedOn,
    },
  ];
}

// ---------------------------------------------------------------- measures of success

function defineMeasure(programme: JointProgramme, { data }: DefineMeasure): ProgrammeEvent[] {
  assertText(data.measureId, 'measure-id-required', 'the command must carry the new measure id');
  if (programme.measures.some((m) => m.measureId === data.measureId))
    throw new DomainRuleViolation('measure-id-repeated', `measure ${data.measureId} is already defined`);
  assertText(data.name, 'measure-name-required', 'a measure needs a name');
  assertText(data.description, 'measure-description-required', `say what ${data.name} measures`);
  assertText(data.unit, 'measure-unit-required', `give ${data.name}'s unit`);
  const direction = data.direction ?? null;
  if (direction !== null && !(MEASURE_DIRECTIONS as readonly string[]).includes(direction)) {
    throw new DomainRuleViolation('measure-direction-unknown', `${JSON.stringify(direction)} is not one of ${MEASURE_DIRECTIONS.join(', ')} (or null)`);
  }
  assertCalendarDate(data.definedOn, `the date ${data.name} was agreed`);
  const { measureId, name, description, unit, definedOn } = data;
  return [{ type: 'MeasureDefined', data: { measureId, name, description, unit, direction, definedOn }, effectiveAt: definedOn }];
}

function measureOf(programme: JointProgramme, measureId: string): Measure {
  const measure = programme.measures.find((m) => m.measureId === measureId);
  if (!measure) throw new DomainRuleViolation('measure-not-found', `the joint programme has no measure ${JSON.stringify(measureId)}`);
  return measure;
}

function assertValue(value: unknown, measure: Measure): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new DomainRuleViolation('measure-value-invalid', `${measure.name}'s value must be a number, not ${JSON.stringify(value)}`);
}

function recordValue(programme: JointProgramme, { data }: RecordMeasureValue): ProgrammeEvent[] {
  const measure = measureOf(programme, data.measureId);
  assertFinancialQuarter(data.quarter, `the quarter of ${measure.name}`);
  const existing = Object.hasOwn(measure.values, data.quarter) ? measure.values[data.quarter] : undefined;
  if (existing) {
    throw new DomainRuleViolation(
      'measure-value-already-recorded',
      `${measure.name} for ${data.quarter} was recorded on ${existing.recordedOn} (${existing.value}); correct it instead`,
    );
  }
  assertValue(data.value, measure);
  assertCalendarDate(data.recordedOn, `the date ${measure.name} for ${data.quarter} was recorded`);
  const { end } = quarterDates(data.quarter);
  if (data.recordedOn <= end)
    throw new DomainRuleViolation('quarter-not-ended', `${data.quarter} ends on ${end}; its value cannot be recorded on ${data.recordedOn}`);
  const { measureId, quarter, value, recordedOn } = data;
  return [{ type: 'MeasureValueRecorded', data: { measureId, quarter, value, recordedOn, note: data.note ?? null }, effectiveAt: recordedOn }];
}

function correctValue(programme: JointProgramme, { data }: CorrectMeasureValue): ProgrammeEvent[] {
  const measure = measureOf(programme, data.measureId);
  assertFinancialQuarter(data.quarter, `the quarter of ${measure.name}`);
  const existing = Object.hasOwn(measure.values, data.quarter) ? measure.values[data.quarter] : undefined;
  if (!existing) throw new DomainRuleViolation('measure-value-not-recorded', `${measure.name} has no value for ${data.quarter} to correct`);
  assertValue(data.value, measure);
  if (data.value === existing.value)
    throw new DomainRuleViolation('correction-changes-nothing', `${measure.name} for ${data.quarter} is already ${existing.value}`);
  assertText(data.reason, 'correction-reason-required', 'say why the value is corrected');
  assertCalendarDate(data.correctedOn, 'the date of the correction');
  const { measureId, quarter, value, reason, correctedOn } = data;
  return [{ type: 'MeasureValueCorrected', data: { measureId, quarter, value, previousValue: existing.value, reason, correctedOn }, effectiveAt: correctedOn }];
}
