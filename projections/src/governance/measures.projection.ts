import type Database from 'better-sqlite3';
import { type FinancialQuarter, programmeEventCodec, type QuarterlyReportRow, quarterlyReportRows } from '@compact-ledger/domain';

export { QUARTERLY_REPORT_COLUMNS, type QuarterlyReportRow } from '@compact-ledger/domain';
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
/** The common quarterly report for partner boards: one row per measure, in the order defined, with the latest (corrected) values. */
export function quarterlyReport(document: MeasuresDocument, quarter: FinancialQuarter): QuarterlyReportRow[] {
  return quarterlyReportRows(
    document.measures.map((measure) => ({ ...measure, valueIn: (q) => measure.values.find((v) => v.quarter === q) })),
    quarter,
  );
}
