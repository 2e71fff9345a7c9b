import { type CalendarDate, daysBetween } from '../compact/calendar-dates';
import type { MeasureDirection } from './programme.commands';
import type { JointProgramme, ProgrammeState, Target } from './programme.state';
import { type FinancialQuarter, assertFinancialQuarter, previousQuarter, sameQuarterYearBefore } from './quarters';

/** A target as it stood on a date, from the steps recorded on or before it. */
export interface TargetStatus {
  targetId: string;
  commitmentId: string;
  text: string;
  /** The due date in effect on the date, and the paper's (or the revision's) words for it. */
  dueOn: CalendarDate | null;
  wording: string;
  status: 'open' | 'met' | 'missed';
  metOn: CalendarDate | null;
  /** Not met and past due on the date (a missed target is overdue too, until revised or met). */
  overdue: boolean;
  /** Calendar days past due, when overdue. */
  daysOverdue: number | null;
  /** Revisions on or before the date, oldest first. */
  revisions: Array<{ revisedOn: CalendarDate; previousDueOn: CalendarDate | null; newDueOn: CalendarDate; reason: string }>;
}

export function targetStatusAt(target: Target, asOf: CalendarDate): TargetStatus {
  let dueOn = target.dueOn;
  let wording = target.wording;
  let status: TargetStatus['status'] = 'open';
  let metOn: CalendarDate | null = null;
  const revisions: TargetStatus['revisions'] = [];
  for (const step of target.steps) {
    if (step.on > asOf) break;
    if (step.kind === 'met') {
      status = 'met';
      metOn = step.on;
    } else if (step.kind === 'missed') {
      status = 'missed';
    } else {
      revisions.push({ revisedOn: step.on, previousDueOn: step.previousDueOn, newDueOn: step.newDueOn, reason: step.reason });
      dueOn = step.newDueOn;
      wording = step.newWording;
      status = 'open';
    }
  }
  const overdue = status !== 'met' && dueOn !== null && asOf > dueOn;
  return {
    targetId: target.targetId,
    commitmentId: target.commitmentId,
    text: target.text,
    dueOn,
    wording,
    status,
    metOn,
    overdue,
    daysOverdue: overdue && dueOn !== null ? daysBetween(dueOn, asOf) : null,
    revisions,
  };
}

/** Every target the programme had defined by the date, as it stood then, in commitment order. */
export function targetsAt(state: ProgrammeState, asOf: CalendarDate): TargetStatus[] {
  if (state.kind === 'none') return [];
  return state.commitments.filter((c) => c.definedOn <= asOf).flatMap((c) => c.targetIds.map((id) => targetStatusAt(state.targets[id], asOf)));
}

/** The targets overdue on the date: past their due date then in effect and not met by it. */
export function overdueTargets(state: ProgrammeState, asOf: CalendarDate): TargetStatus[] {
  return targetsAt(state, asOf).filter((t) => t.overdue);
}

/** One row of the common quarterly report (001 section 7: "a common report being used by us all"). */
export interface QuarterlyReportRow {
  measureId: string;
  name: string;
  unit: string;
  direction: MeasureDirection | null;
  quarter: FinancialQuarter;
  value: number | null;
  previousQuarter: FinancialQuarter;
  previousValue: number | null;
  /** value - previousValue, where both are recorded. */
  change: number | null;
  /** By the measure's direction; null where it has none or a value is missing. */
  trend: 'improving' | 'worsening' | 'unchanged' | null;
  yearBefore: FinancialQuarter;
  yearBeforeValue: number | null;
  /** The value was corrected after it was first recorded. */
  corrected: boolean;
  note: string | null;
}

/** Column order for a CSV of the report: the row's fields, as written. */
export const QUARTERLY_REPORT_COLUMNS: Array<keyof QuarterlyReportRow> = [
  'measureId',
  'name',
  'unit',
  'direction',
  'quarter',
  'value',
  'previousQuarter',
  'previousValue',
  'change',
  'trend',
  'yearBefore',
  'yearBeforeValue',
  'corrected',
  'note',
];

/** The common quarterly report: one row per measure defined, in the order defined, with the latest (corrected) values. */
export function quarterlyReport(state: ProgrammeState, quarter: FinancialQuarter): QuarterlyReportRow[] {
  assertFinancialQuarter(quarter, 'the report quarter');
  if (state.kind === 'none') return [];
  return reportRows(state, quarter);
}

function reportRows(programme: JointProgramme, quarter: FinancialQuarter): QuarterlyReportRow[] {
  return quarterlyReportRows(
    programme.measures.map((measure) => ({ ...measure, valueIn: (q) => (Object.hasOwn(measure.values, q) ? measure.values[q] : undefined) })),
    quarter,
  );
}

/** A measure as a quarterly report needs it, wherever its values are kept (the decider's state, a read model). */
export interface MeasureForReport {
  measureId: string;
  name: string;
  unit: string;
  direction: MeasureDirection | null;
  valueIn(quarter: FinancialQuarter): { value: number | null; corrections: readonly unknown[]; note: string | null } | undefined;
}

/** The report's rows, one per measure in the order given, for `quarter`. */
export function quarterlyReportRows(measures: readonly MeasureForReport[], quarter: FinancialQuarter): QuarterlyReportRow[] {
  const previous = previousQuarter(quarter);
  const yearBefore = sameQuarterYearBefore(quarter);
  return measures.map((measure) => {
    const at = (q: FinancialQuarter) => measure.valueIn(q);
    const current = at(quarter);
    const value = current?.value ?? null;
    const previousValue = at(previous)?.value ?? null;
    const change = value !== null && previousValue !== null ? difference(value, previousValue) : null;
    const trend =
      change === null || measure.direction === null
        ? null
        : change === 0
          ? 'unchanged'
          : change > 0 === (measure.direction === 'higher-is-better')
            ? 'improving'
            : 'worsening';
    return {
      measureId: measure.measureId,
      name: measure.name,
      unit: measure.unit,
      direction: measure.direction,
      quarter,
      value,
      previousQuarter: previous,
      previousValue,
      change,
      trend,
      yearBefore,
      yearBeforeValue: at(yearBefore)?.value ?? null,
      corrected: (current?.corrections.length ?? 0) > 0,
      note: current?.note ?? null,
    };
  });
}

/** a - b to the decimals of the more precise of the two: 12.3 - 12.1 is 0.2, not 0.20000000000000107. */
function difference(a: number, b: number): number {
  const decimals = (n: number) => (Number.isInteger(n) ? 0 : String(n).includes('e') ? 20 : (String(n).split('.')[1]?.length ?? 0));
  return Number((a - b).toFixed(Math.min(20, Math.max(decimals(a), decimals(b)))));
}
