import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import {
  compactStateProjection,
  findJointProgramme,
  findMeasures,
  jointProgrammeAsOf,
  type MeasuresDocument,
  type QuarterlyReportRow,
  quarterlyReport,
} from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../../http/problems';
import { READ_MODEL_DB } from '../../infrastructure/tokens';

/** A compact with no programme yet has an empty one; an unknown compact is 404. */
function assertCompact(db: Database.Database, compactId: string): void {
  if (!compactStateProjection.get(db, compactId)) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
}

export class JointProgrammeQuery extends Query<{
  compactId: string;
  asOf: string;
  revision: number | null;
  commitments: ReturnType<typeof jointProgrammeAsOf>;
}> {
  constructor(
    readonly compactId: string,
    readonly asOf: string,
    readonly overdueOnly: boolean,
  ) {
    super();
  }
}

@QueryHandler(JointProgrammeQuery)
export class JointProgrammeHandler implements IQueryHandler<JointProgrammeQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId, asOf, overdueOnly }: JointProgrammeQuery) {
    const programme = findJointProgramme(this.db, compactId);
    if (!programme) {
      assertCompact(this.db, compactId);
      return { compactId, asOf, revision: null, commitments: [] };
    }
    return { compactId, asOf, revision: programme.revision, commitments: jointProgrammeAsOf(programme, asOf, { overdueOnly }) };
  }
}

export class MeasuresQuery extends Query<Omit<MeasuresDocument, 'revision'> & { revision: number | null }> {
  constructor(readonly compactId: string) {
    super();
  }
}

@QueryHandler(MeasuresQuery)
export class MeasuresHandler implements IQueryHandler<MeasuresQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId }: MeasuresQuery) {
    const measures = findMeasures(this.db, compactId);
    if (measures) return measures;
    assertCompact(this.db, compactId);
    return { compactId, revision: null, measures: [] };
  }
}

export class QuarterlyReportQuery extends Query<{ compactId: string; quarter: string; rows: QuarterlyReportRow[] }> {
  constructor(
    readonly compactId: string,
    readonly quarter: string,
  ) {
    super();
  }
}

@QueryHandler(QuarterlyReportQuery)
export class QuarterlyReportHandler implements IQueryHandler<QuarterlyReportQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId, quarter }: QuarterlyReportQuery) {
    const measures = findMeasures(this.db, compactId);
    if (!measures) assertCompact(this.db, compactId);
    return { compactId, quarter, rows: measures ? quarterlyReport(measures, quarter) : [] };
  }
}
