import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { compareVersionLabels, normaliseVersionLabel } from '@compact-ledger/domain';
import { compactStateProjection, compactVersionsProjection, compareVersions, type VersionComparison, type VersionView } from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../http/problems';
import { READ_MODEL_DB } from '../infrastructure/tokens';

export class ListVersionsQuery extends Query<VersionView[]> {
  constructor(readonly compactId: string) {
    super();
  }
}

export class GetVersionQuery extends Query<VersionView> {
  constructor(
    readonly compactId: string,
    readonly label: string,
  ) {
    super();
  }
}

export class CompareVersionsQuery extends Query<VersionComparison> {
  constructor(
    readonly compactId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

function versionsOf(db: Database.Database, compactId: string): VersionView[] {
  if (!compactStateProjection.get(db, compactId)) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
  return compactVersionsProjection.get(db, compactId)?.versions ?? [];
}

function versionOf(db: Database.Database, compactId: string, label: string): VersionView {
  const wanted = normaliseVersionLabel(label);
  const version = versionsOf(db, compactId).find((v) => compareVersionLabels(v.label, wanted) === 0);
  if (!version) throw new ResourceNotFoundError(`compact ${compactId} has no version ${wanted}`);
  return version;
}

@QueryHandler(ListVersionsQuery)
export class ListVersionsHandler implements IQueryHandler<ListVersionsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId }: ListVersionsQuery): Promise<VersionView[]> {
    return versionsOf(this.db, compactId);
  }
}

@QueryHandler(GetVersionQuery)
export class GetVersionHandler implements IQueryHandler<GetVersionQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId, label }: GetVersionQuery): Promise<VersionView> {
    return versionOf(this.db, compactId, label);
  }
}

@QueryHandler(CompareVersionsQuery)
export class CompareVersionsHandler implements IQueryHandler<CompareVersionsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId, from, to }: CompareVersionsQuery): Promise<VersionComparison> {
    return compareVersions(versionOf(this.db, compactId, from), versionOf(this.db, compactId, to));
  }
}
