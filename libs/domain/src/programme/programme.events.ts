import type { CalendarDate } from '../compact/calendar-dates';
import type { DomainEvent } from '../shared/decider';
import type { MeasureDirection, TargetDefinition } from './programme.commands';
import type { FinancialQuarter } from './quarters';

export type JointProgrammeStarted = DomainEvent<'JointProgrammeStarted', { compactId: string }>;

export type CommitmentDefined = DomainEvent<
  'CommitmentDefined',
  { commitmentId: string; number: string; title: string; text: string; targets: TargetDefinition[]; definedOn: CalendarDate }
>;

export type TargetMet = DomainEvent<'TargetMet', { targetId: string; commitmentId: string; metOn: CalendarDate; dueOn: CalendarDate | null; note: string }>;

export type TargetMissed = DomainEvent<
  'TargetMissed',
  { targetId: string; commitmentId: string; recordedOn: CalendarDate; dueOn: CalendarDate; reason: string }
>;

export type TargetRevised = DomainEvent<
  'TargetRevised',
  {
    targetId: string;
    commitmentId: string;
    previousDueOn: CalendarDate | null;
    newDueOn: CalendarDate;
    newWording: string;
    reason: string;
    revisedOn: CalendarDate;
  }
>;

export type MeasureDefined = DomainEvent<
  'MeasureDefined',
  { measureId: string; name: string; description: string; unit: string; direction: MeasureDirection | null; definedOn: CalendarDate }
>;

export type MeasureValueRecorded = DomainEvent<
  'MeasureValueRecorded',
  { measureId: string; quarter: FinancialQuarter; value: number; recordedOn: CalendarDate; note: string | null }
>;

export type MeasureValueCorrected = DomainEvent<
  'MeasureValueCorrected',
  { measureId: string; quarter: FinancialQuarter; value: number; previousValue: number; reason: string; correctedOn: CalendarDate }
>;

export type ProgrammeEvent =
  JointProgrammeStarted | CommitmentDefined | TargetMet | TargetMissed | TargetRevised | MeasureDefined | MeasureValueRecorded | MeasureValueCorrected;
export type ProgrammeEventType = ProgrammeEvent['type'];
