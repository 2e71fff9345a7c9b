import type { CalendarDate } from '../compact/calendar-dates';
import type { MeasureDirection } from './programme.commands';
import type { FinancialQuarter } from './quarters';

/** One step in a target's life, in the order recorded (their dates never go back). */
export type TargetStep =
  | { kind: 'met'; on: CalendarDate; note: string }
  | { kind: 'missed'; on: CalendarDate; reason: string }
  | { kind: 'revised'; on: CalendarDate; previousDueOn: CalendarDate | null; newDueOn: CalendarDate; newWording: string; reason: string };

export interface Target {
  targetId: string;
  commitmentId: string;
  text: string;
  /** As first defined (null: no date given); revisions are in `steps`. */
  dueOn: CalendarDate | null;
  wording: string;
  definedOn: CalendarDate;
  steps: TargetStep[];
}

export interface Commitment {
  commitmentId: string;
  number: string;
  title: string;
  text: string;
  targetIds: string[];
  definedOn: CalendarDate;
}

export interface MeasureValue {
  quarter: FinancialQuarter;
  value: number;
  recordedOn: CalendarDate;
  note: string | null;
  /** Each correction, oldest first; `value` is the latest. */
  corrections: Array<{ value: number; previousValue: number; reason: string; correctedOn: CalendarDate }>;
}

export interface Measure {
  measureId: string;
  name: string;
  description: string;
  unit: string;
  direction: MeasureDirection | null;
  definedOn: CalendarDate;
  /** By quarter. */
  values: Record<FinancialQuarter, MeasureValue>;
}

export interface JointProgramme {
  kind: 'programme';
  compactId: string;
  commitments: Commitment[];
  targets: Record<string, Target>;
  measures: Measure[];
}

export type ProgrammeState = { kind: 'none' } | JointProgramme;

export const initialProgrammeState = (): ProgrammeState => ({ kind: 'none' });

/** The target's due date now: the last revision's, else the first. */
export function currentDueOn(target: Target): CalendarDate | null {
  const revisions = target.steps.filter((s): s is Extract<TargetStep, { kind: 'revised' }> => s.kind === 'revised');
  return revisions.length > 0 ? revisions[revisions.length - 1].newDueOn : target.dueOn;
}

/** The target an id names, if any: only the map's own entries (`constructor` is a valid id, and Object's otherwise). */
export function targetNamed(programme: JointProgramme, targetId: string): Target | undefined {
  return Object.hasOwn(programme.targets, targetId) ? programme.targets[targetId] : undefined;
}
