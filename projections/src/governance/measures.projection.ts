import type Database from 'better-sqlite3';
import { type FinancialQuarter, previousQuarter, programmeEventCodec, sameQuarterYearBefore } from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';
import { documentProjection } from '../runner/projection';
import { PROGRAMME_STREAM } from './streams';

export interface MeasureQuarterValue {
  quarter: FinancialQuarter;
  /** The latest value: the corrected one where it was corrected. */
  value: number;
  recordedOn: string;
  note: string | null;
  /** Each correction, oldest first. */
  corrections: Array<{ value: number; previousValue: number; reason: string; correctedOn: string }>;
}

export interface MeasureOfSuccess {
  measureId: string;
  name: string;
  description: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better' | null;
  definedOn: string;
  /** In quarter order. */
  values: MeasureQuarterValue[];
}

/** A compact's measures of success with their quarterly values. */
export interface MeasuresDocument {
  compactId: string;
  measures: MeasureOfSuccess[];
  revision: number;
}

export function evolveMeasures(document: MeasuresDocument | null, recorded: RecordedEvent): MeasuresDocument | null {
  const event = programmeEventCodec.decode(recorded);
  if (event?.type === 'JointProgrammeStarted') return { compactId: event.data.compactId, measures: [], revision: recorded.revision };
  if (document === null) return null;
  const next = { ...document, revision: recorded.revision };
  if (event === null) return next;
  const changeMeasure = (measureId: string, change: (m: MeasureOfSuccess) => MeasureOfSuccess) => ({
    ...next,
    measures: next.measures.map((m) => (m.measureId === measureId ? change(m) : m)),
  });
  switch (event.type) {
    case 'MeasureDefined':
      return { ...next, measures: [...next.measures, { ...event.data, values: [] }] };
    case 'MeasureValueRecorded': {
      const { measureId, quarter, value, recordedOn, note } = event.data;
      return changeMeasure(measureId, (m) => ({
        ...m,
        values: [...m.values, { quarter, value, recordedOn, note, corrections: [] }].sort((a, b) => (a.quarter < b.quarter ? -1 : 1)),
      }));
    }
    case 'MeasureValueCorrected': {
      const { measureId, quarter, value, previousValue, reason, correctedOn } = event.data;
      return changeMeasure(measureId, (m) => ({
        ...m,
        values: m.values.map((v) =>
          v.quarter === quarter ? { ...v, value, corrections: [...v.corrections, { value, previousValue, reason, correctedOn }] } : v,
        ),
      }));
    }
    default:
      // Commitments and targets are the joint programme read model's.
      return next;
  }
}

export const measuresProjection = documentProjection<MeasuresDocument>({
  name: 'measures_v1',
  documentId: (event) => PROGRAMME_STREAM.exec(event.streamId)?.[1] ?? null,
  evolve: evolveMeasures,
});

export function findMeasures(db: Database.Database, compactId: string): MeasuresDocument | null {
  return measuresProjection.get(db, compactId);
}

/** One row of the common quarterly report (001 section 7: "a common report being used by us all"). */
export interface QuarterlyReportRow {
  measureId: string;
  name: string;
  unit: string;
  direction: MeasureOfSuccess['direction'];
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

/** The report's columns, in order: its CSV header. */
export const QUARTERLY_REPORT_COLUMNS: ReadonlyArray<keyof QuarterlyReportRow> = [
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

/** The common quarterly report for partner boards: one row per measure, in the order defined, with the latest (corrected) values. */
export function quarterlyReport(document: MeasuresDocument, quarter: FinancialQuarter): QuarterlyReportRow[] {
  const previous = previousQuarter(quarter);
  const yearBefore = sameQuarterYearBefore(quarter);
  return document.measures.map((measure) => {
    const at = (q: FinancialQuarter) => measure.values.find((v) => v.quarter === q);
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
