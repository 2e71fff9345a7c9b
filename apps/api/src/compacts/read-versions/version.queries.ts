import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { compareVersionLabels, happenedBy, normaliseVersionLabel } from '@compact-ledger/domain';
import { compareVersions, type VersionComparison, type VersionView } from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../../http/problems';
import type { AsOf } from '../as-of-query.dto';
import { CompactReads } from '../compact-reads';

export class ListVersionsQuery extends Query<VersionView[]> {
  constructor(
    readonly compactId: string,
    readonly at: AsOf = { asOf: null, axis: 'effective', assume: 'none' },
  ) {
    super();
  }
}

export class GetVersionQuery extends Query<VersionView> {
  constructor(
    readonly compactId: string,
    readonly label: string,
    readonly at: AsOf = { asOf: null, axis: 'effective', assume: 'none' },
  ) {
    super();
  }
}

export class CompareVersionsQuery extends Query<VersionComparison> {
  constructor(
    readonly compactId: string,
    readonly from: string,
    readonly to: string,
    readonly at: AsOf = { asOf: null, axis: 'effective', assume: 'none' },
  ) {
    super();
  }
}

/** As of a date (effective: the versions dated by then, placed as asked) or a moment (recorded: the versions the ledger had by then). */
async function versionsOf(reads: CompactReads, compactId: string, at: AsOf): Promise<VersionView[]> {
  const { versions } = await reads.versions(compactId, at);
  if (at.asOf === null || at.axis === 'recorded') return versions;
  const day = reads.day(at);
  return versions.filter((v) => happenedBy(v.dated, day, at.assume));
}

async function versionOf(reads: CompactReads, compactId: string, label: string, at: AsOf): Promise<{ version: VersionView; all: VersionView[] }> {
  const wanted = normaliseVersionLabel(label);
  const all = await versionsOf(reads, compactId, at);
  const version = all.find((v) => compareVersionLabels(v.label, wanted) === 0);
  if (!version) throw new ResourceNotFoundError(`compact ${compactId} has no version ${wanted}${at.asOf ? ` as of ${at.asOf} (${at.axis})` : ''}`);
  return { version, all };
}

@QueryHandler(ListVersionsQuery)
export class ListVersionsHandler implements IQueryHandler<ListVersionsQuery> {
  constructor(private readonly reads: CompactReads) {}

  execute({ compactId, at }: ListVersionsQuery): Promise<VersionView[]> {
    return versionsOf(this.reads, compactId, at);
  }
}

@QueryHandler(GetVersionQuery)
export class GetVersionHandler implements IQueryHandler<GetVersionQuery> {
  constructor(private readonly reads: CompactReads) {}

  async execute({ compactId, label, at }: GetVersionQuery): Promise<VersionView> {
    return (await versionOf(this.reads, compactId, label, at)).version;
  }
}

@QueryHandler(CompareVersionsQuery)
export class CompareVersionsHandler implements IQueryHandler<CompareVersionsQuery> {
  constructor(private readonly reads: CompactReads) {}

  async execute({ compactId, from, to, at }: CompareVersionsQuery): Promise<VersionComparison> {
    const [a, b] = [await versionOf(this.reads, compactId, from, at), await versionOf(this.reads, compactId, to, at)];
    return compareVersions(a.version, b.version, a.all);
  }
}
