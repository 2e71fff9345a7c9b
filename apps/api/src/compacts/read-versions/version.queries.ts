import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { compareVersionLabels, normaliseVersionLabel } from '@compact-ledger/domain';
import { compactStateProjection, compactVersionsProjection, compareVersions, type VersionComparison, type VersionView } from '@compact-ledger/projections';
import { visibleAsOf } from '../as-of-query.dto';
import { ResourceNotFoundError } from '../../http/problems';
import { READ_MODEL_DB } from '../../infrastructure/tokens';

/** As of a date (effective: versions dated by then) or a moment (recorded: versions the ledger had by then). */
export interface AsOf {
  asOf: string | null;
  axis: 'effective' | 'recorded';
}

export class ListVersionsQuery extends Query<VersionView[]> {
  constructor(
    readonly compactId: string,
    readonly at: AsOf = { asOf: null, axis: 'effective' },
  ) {
    super();
  }
}

export class GetVersionQuery extends Query<VersionView> {
  constructor(
    readonly compactId: string,
    readonly label: string,
    readonly at: AsOf = { asOf: null, axis: 'effective' },
  ) {
    super();
  }
}

export class CompareVersionsQuery extends Query<VersionComparison> {
  constructor(
    readonly compactId: string,
    readonly from: string,
    readonly to: string,
    readonly at: AsOf = { asOf: null, axis: 'effective' },
  ) {
    super();
  }
}

function versionsOf(db: Database.Database, compactId: string, { asOf, axis }: AsOf): VersionView[] {
  if (!compactStateProjection.get(db, compactId)) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
  const versions = compactVersionsProjection.get(db, compactId)?.versions ?? [];
  return versions.filter((v) => visibleAsOf(asOf, axis, { recordedAt: v.recordedAt, effectiveOn: v.dated }));
}

function versionOf(db: Database.Database, compactId: string, label: string, at: AsOf): VersionView {
  const wanted = normaliseVersionLabel(label);
  const version = versionsOf(db, compactId, at).find((v) => compareVersionLabels(v.label, wanted) === 0);
  if (!version) throw new ResourceNotFoundError(`compact ${compactId} has no version ${wanted}${at.asOf ? ` as of ${at.asOf} (${at.axis})` : ''}`);
  return version;
}

@QueryHandler(ListVersionsQuery)
export class ListVersionsHandler implements IQueryHandler<ListVersionsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId, at }: ListVersionsQuery): Promise<VersionView[]> {
    return versionsOf(this.db, compactId, at);
  }
}

@QueryHandler(GetVersionQuery)
export class GetVersionHandler implements IQueryHandler<GetVersionQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId, label, at }: GetVersionQuery): Promise<VersionView> {
    return versionOf(this.db, compactId, label, at);
  }
}

@QueryHandler(CompareVersionsQuery)
export class CompareVersionsHandler implements IQueryHandler<CompareVersionsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId, from, to, at }: CompareVersionsQuery): Promise<VersionComparison> {
    return compareVersions(versionOf(this.db, compactId, from, at), versionOf(this.db, compactId, to, at));
  }
}
