import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { compactStream } from '@compact-ledger/domain';
import type { EventStore, RecordedEvent } from '@compact-ledger/event-store';
import { compactStateProjection, type CompactStateView } from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../../http/problems';
import { EVENT_STORE, READ_MODEL_DB } from '../../infrastructure/tokens';

export class GetCompactQuery extends Query<CompactStateView> {
  constructor(readonly compactId: string) {
    super();
  }
}

export class ListCompactsQuery extends Query<CompactStateView[]> {}

export class GetCompactHistoryQuery extends Query<RecordedEvent[]> {
  constructor(readonly compactId: string) {
    super();
  }
}

@QueryHandler(GetCompactQuery)
export class GetCompactHandler implements IQueryHandler<GetCompactQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ compactId }: GetCompactQuery): Promise<CompactStateView> {
    const view = compactStateProjection.get(this.db, compactId);
    if (!view) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    return view;
  }
}

@QueryHandler(ListCompactsQuery)
export class ListCompactsHandler implements IQueryHandler<ListCompactsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute(): Promise<CompactStateView[]> {
    return compactStateProjection.all(this.db);
  }
}

/** The compact's events straight from its stream, with full envelopes and hashes: the evidence, not a projection of it. */
@QueryHandler(GetCompactHistoryQuery)
export class GetCompactHistoryHandler implements IQueryHandler<GetCompactHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ compactId }: GetCompactHistoryQuery): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(compactStream(compactId));
    if (events.length === 0) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    return events;
  }
}
