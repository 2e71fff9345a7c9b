import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { type CompactStatus, compactEventCodec, compactStream, type DatePlacement, effectiveDateOf, happenedBy } from '@compact-ledger/domain';
import type { EventStore, RecordedEvent } from '@compact-ledger/event-store';
import { type CompactOnDate, compactOnDate, type CompactSummary, listCompacts, summaryOf } from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../../http/problems';
import { EVENT_STORE, READ_MODEL_DB } from '../../infrastructure/tokens';
import { type AsOf, asOfPoint } from '../as-of-query.dto';
import { CompactReads } from '../compact-reads';

export type CompactView = CompactSummary &
  Omit<CompactOnDate, 'currentVersion'> & {
    asOf: { date: string; axis: 'effective' | 'recorded'; assume: DatePlacement };
    currentVersion: CompactSummary['currentVersion'];
  };

export class GetCompactQuery extends Query<CompactView> {
  constructor(
    readonly compactId: string,
    readonly at: AsOf,
  ) {
    super();
  }
}

export interface CompactListFilter {
  status: CompactStatus | null;
  on: string;
  assume: DatePlacement;
  after: string | null;
  limit: number;
}

export class ListCompactsQuery extends Query<{ compacts: Array<CompactSummary & { status: CompactStatus }>; more: boolean }> {
  constructor(readonly filter: CompactListFilter) {
    super();
  }
}

/** The events shown, and the stream's head (its last event now, whatever the as-of cut shows) for the checkpoint the read is proven in. */
export interface CompactHistory {
  streamId: string;
  events: RecordedEvent[];
  head: RecordedEvent;
  /** The revisions of the stream a filtered view leaves out, in order. */
  omitted: number[];
}

export class GetCompactHistoryQuery extends Query<CompactHistory> {
  constructor(
    readonly compactId: string,
    readonly at: AsOf,
  ) {
    super();
  }
}

/**
 * A compact on a date, on either clock: its summary, and its status, current version, term,
 * in-force records and partners on that date, as the placement reads dates known only to a span,
 * with the facts whose dates leave them undetermined.
 */
@QueryHandler(GetCompactQuery)
export class GetCompactHandler implements IQueryHandler<GetCompactQuery> {
  constructor(private readonly reads: CompactReads) {}

  async execute({ compactId, at }: GetCompactQuery): Promise<CompactView> {
    const doc = await this.reads.document(compactId, at);
    const date = this.reads.day(at);
    const onDate = compactOnDate(doc, date, at.assume);
    const current = onDate.currentVersion;
    return {
      ...summaryOf(doc),
      ...onDate,
      currentVersion: current && { label: current.label, contentHash: current.contentHash, dated: current.dated },
      asOf: { date, axis: at.axis, assume: at.assume },
    };
  }
}

/** A page of compacts in the order drafted, each with its status on the day asked; filtered by status in SQL. */
@QueryHandler(ListCompactsQuery)
export class ListCompactsHandler implements IQueryHandler<ListCompactsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ filter }: ListCompactsQuery) {
    return listCompacts(this.db, filter);
  }
}

/**
 * The compact's events straight from its stream, with full envelopes and hashes: the evidence,
 * not a projection of it. As of a point it is a view: on the recorded axis the events recorded
 * by then; on the effective axis those whose date in the world had passed by then (placed as
 * asked) and the ledger's own acts, which have none. The revisions it leaves out are named, so a
 * verifier knows where the chain it is shown has gaps.
 */
@QueryHandler(GetCompactHistoryQuery)
export class GetCompactHistoryHandler implements IQueryHandler<GetCompactHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ compactId, at }: GetCompactHistoryQuery): Promise<CompactHistory> {
    const streamId = compactStream(compactId);
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    const head = events[events.length - 1];
    if (at.asOf === null) return { streamId, events, omitted: [], head };
    const { moment, date } = asOfPoint(at.asOf);
    const shown = (event: RecordedEvent): boolean => {
      if (at.axis === 'recorded') return event.metadata.recordedAt <= moment;
      const decoded = compactEventCodec.decode(event);
      const effective = decoded === null ? null : effectiveDateOf(decoded);
      return effective === null || happenedBy(effective, date, at.assume);
    };
    const kept = events.filter(shown);
    return { streamId, events: kept, omitted: events.filter((e) => !kept.includes(e)).map((e) => e.revision), head };
  }
}
