import type { CalendarDate } from '../compact/calendar-dates';
import type { FinancialQuarter } from './quarters';

/*
 * A compact's joint programme (stream `programme-<compactId>`): the commitments with their dated
 * targets (004's eight commitments; 001 appendix 2; 000 section 4) and the measures of success
 * reported quarterly to every partner board in one common report (001 section 7; 000 section 5).
 * One stream per compact keeps ids unique and the targets' histories in order without a snapshot;
 * it opens with its first commitment or measure.
 */

/** A target as the paper words it, with the date by which it is due. */
export interface TargetDefinition {
  targetId: string;
  /** In the paper's words: `To share each organisation's transformation programme with Partners by 30 June 2017`. */
  text: string;
  /**
   * The date it is overdue after; null where the paper gives none (004, Commitment 3: "Bring
   * together the iterative processes underpinning the Joint Strategic Needs Assessment"). Where
   * the paper gives a month, the fixture says which day it took.
   */
  dueOn: CalendarDate | null;
  /** The paper's words for the date: `by 30 June 2017`, `from September 2017`. */
  wording: string;
}

export interface DefineCommitment {
  type: 'DefineCommitment';
  data: {
    compactId: string;
    commitmentId: string;
    /** `7`: as the paper numbers it. */
    number: string;
    /** `One financial plan`. */
    title: string;
    text: string;
    /** Possibly none: 004's Commitments 1 and 2 set no target. */
    targets: TargetDefinition[];
    definedOn: CalendarDate;
  };
}

export interface RecordTargetMet {
  type: 'RecordTargetMet';
  data: { targetId: string; metOn: CalendarDate; note: string };
}

/** Recorded missed once it is past due and not met. */
export interface RecordTargetMissed {
  type: 'RecordTargetMissed';
  data: { targetId: string; recordedOn: CalendarDate; reason: string };
}

/** A new date, with the reason; the old one stays in the target's history. */
export interface ReviseTarget {
  type: 'ReviseTarget';
  data: { targetId: string; newDueOn: CalendarDate; newWording: string; reason: string; revisedOn: CalendarDate };
}

export const MEASURE_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

/** 001 section 7: "a few high level measures which are most impacted on by the interactions within a whole system". */
export interface DefineMeasure {
  type: 'DefineMeasure';
  data: {
    compactId: string;
    measureId: string;
    name: string;
    description: string;
    /** `per 1,000 population`, `%`, `count`. */
    unit: string;
    /** Which way is better; null where neither is. */
    direction: MeasureDirection | null;
    definedOn: CalendarDate;
  };
}

export interface RecordMeasureValue {
  type: 'RecordMeasureValue';
  data: { measureId: string; quarter: FinancialQuarter; value: number; recordedOn: CalendarDate; note: string | null };
}

/** A value already recorded, corrected: a new fact; the first value stays in the history. */
export interface CorrectMeasureValue {
  type: 'CorrectMeasureValue';
  data: { measureId: string; quarter: FinancialQuarter; value: number; reason: string; correctedOn: CalendarDate };
}

export type ProgrammeCommand =
  DefineCommitment | RecordTargetMet | RecordTargetMissed | ReviseTarget | DefineMeasure | RecordMeasureValue | CorrectMeasureValue;
export type ProgrammeCommandType = ProgrammeCommand['type'];
