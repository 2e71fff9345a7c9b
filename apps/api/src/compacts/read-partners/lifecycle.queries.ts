import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { type Compact, compactStream, isMemberOn } from '@compact-ledger/domain';
import type { EventStore } from '@compact-ledger/event-store';
import {
  compactLifecycleProjection,
  type CompactLifecycleView,
  evolveCompactLifecycle,
  type RegisterRow,
  signatureRegister,
} from '@compact-ledger/projections';
import { asOfPoint } from '../as-of-query.dto';
import { ResourceNotFoundError } from '../../http/problems';
import { EVENT_STORE, READ_MODEL_DB } from '../../infrastructure/tokens';

export type LifecycleAspect = 'partners' | 'endorsements' | 'signatures' | 'escalation-path';

/** One aspect of a compact's lifecycle read model: its partners, its board endorsements, or its signature register. */
export class GetLifecycleQuery extends Query<unknown> {
  constructor(
    readonly compactId: string,
    readonly aspect: LifecycleAspect,
    readonly asOf: string | null = null,
    readonly axis: 'effective' | 'recorded' = 'effective',
  ) {
    super();
  }
}

function present(view: CompactLifecycleView, aspect: LifecycleAspect, onDate: string | null): unknown {
  const compact = view.state as Compact;
  switch (aspect) {
    case 'escalation-path':
      if (!compact.escalationPath) throw new ResourceNotFoundError(`compact ${compact.compactId} has no escalation path defined`);
      return compact.escalationPath;
    case 'partners':
      return Object.values(compact.partners)
        .filter((partner) => onDate === null || isMemberOn(partner, onDate))
        .map((partner) => ({
          ...partner,
          admissionsRecorded: partner.memberships.map((m) => view.recorded[m.admissionFactId] ?? null),
        }));
    case 'endorsements':
      return compact.endorsements
        .filter((e) => onDate === null || e.meetingDate <= onDate)
        .map((e) => ({ ...e, recordedAt: view.recorded[e.factId]?.recordedAt ?? null }));
    case 'signatures':
      return signatureRegister(view, onDate) satisfies RegisterRow[];
  }
}

/**
 * Effective axis: the read model now (corrections applied), on the date given.
 * Recorded axis: the stream replayed up to that moment, before any later correction.
 */
@QueryHandler(GetLifecycleQuery)
export class GetLifecycleHandler implements IQueryHandler<GetLifecycleQuery> {
  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ compactId, aspect, asOf, axis }: GetLifecycleQuery): Promise<unknown> {
    let view = compactLifecycleProjection.get(this.db, compactId);
    if (!view || view.state.kind !== 'compact') throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    if (asOf === null) return present(view, aspect, null);
    if (axis === 'recorded') {
      const cutoff = asOfPoint(asOf).moment;
      const events = (await this.store.readStream(compactStream(compactId))).filter((e) => e.metadata.recordedAt <= cutoff);
      view = events.reduce<CompactLifecycleView | null>(evolveCompactLifecycle, null);
      if (!view || view.state.kind !== 'compact') throw new ResourceNotFoundError(`compact ${compactId} had not been recorded by ${cutoff}`);
      return present(view, aspect, null);
    }
    return present(view, aspect, asOf.slice(0, 10));
  }
}
