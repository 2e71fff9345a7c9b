import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import type { Compact } from '@compact-ledger/domain';
import { compactLifecycleProjection, type CompactLifecycleView, type RegisterRow, signatureRegister } from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../http/problems';
import { READ_MODEL_DB } from '../infrastructure/tokens';

export type LifecycleAspect = 'partners' | 'endorsements' | 'signatures';

/** One aspect of a compact's lifecycle read model: its partners, its board endorsements, or its signature register. */
export class GetLifecycleQuery extends Query<unknown> {
  constructor(
    readonly compactId: string,
    readonly aspect: LifecycleAspect,
  ) {
    super();
  }
}

function present(view: CompactLifecycleView, aspect: LifecycleAspect): unknown {
  const compact = view.state as Compact;
  switch (aspect) {
    case 'partners':
      return Object.values(compact.partners).map((partner) => ({
        ...partner,
        admissionsRecorded: partner.memberships.map((m) => view.recorded[m.admissionFactId] ?? null),
      }));
    case 'endorsements':
      return compact.endorsements.map((e) => ({ ...e, recordedAt: view.recorded[e.factId]?.recordedAt ?? null }));
    case 'signatures':
      return signatureRegister(view) satisfies RegisterRow[];
  }
}

@QueryHandler(GetLifecycleQuery)
export class GetLifecycleHandler implements IQueryHandler<GetLifecycleQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId, aspect }: GetLifecycleQuery): Promise<unknown> {
    const view = compactLifecycleProjection.get(this.db, compactId);
    if (!view || view.state.kind !== 'compact') throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    return present(view, aspect);
  }
}
