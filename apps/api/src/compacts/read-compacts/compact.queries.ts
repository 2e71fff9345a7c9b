import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import {
  type Compact,
  compactEventCodec,
  decodeKnown,
  type CompactState,
  compactStatusAt,
  compactStream,
  evolveCompact,
  initialCompactState,
  isMemberOn,
} from '@compact-ledger/domain';
import type { EventStore, RecordedEvent } from '@compact-ledger/event-store';
import { compactLifecycleProjection, compactStateProjection, type CompactStateView } from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../../http/problems';
import { asOfPoint, visibleAsOf } from '../as-of-query.dto';
import { EVENT_STORE, READ_MODEL_DB } from '../../infrastructure/tokens';

export interface CompactAsOfView extends CompactStateView {
  asOf: { date: string; axis: 'effective' | 'recorded' };
  status: string;
  term: Compact['term'] | null;
  inForce: Compact['inForce'];
  /** The partners who were members on the date, with their representatives and membership periods. */
  partners: Array<Compact['partners'][string]>;
}

export class GetCompactQuery extends Query<CompactAsOfView> {
  constructor(
    readonly compactId: string,
    readonly asOf: string | null = null,
    readonly axis: 'effective' | 'recorded' = 'effective',
  ) {
    super();
  }
}

export class ListCompactsQuery extends Query<Array<CompactStateView & { status: string }>> {}

/** The events shown, and the stream's head (its last event now, whatever the as-of cut shows) for the checkpoint the read is proven in. */
export interface CompactHistory {
  streamId: string;
  events: RecordedEvent[];
  head: RecordedEvent;
}

export class GetCompactHistoryQuery extends Query<CompactHistory> {
  constructor(
    readonly compactId: string,
    readonly asOf: string | null = null,
    readonly axis: 'effective' | 'recorded' = 'effective',
  ) {
    super();
  }
}

/**
 * A compact on a date, on either clock. Effective: its state now (corrections
 * applied) evaluated on that date. Recorded: the events the ledger had recorded by
 * that moment, replayed from the stream, so nothing recorded later shows, a
 * correction included.
 */
@QueryHandler(GetCompactQuery)
export class GetCompactHandler implements IQueryHandler<GetCompactQuery> {
  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ compactId, asOf, axis }: GetCompactQuery): Promise<CompactAsOfView> {
    const view = compactStateProjection.get(this.db, compactId);
    if (!view) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    const { moment, date } = asOf === null ? { moment: new Date().toISOString(), date: new Date().toISOString().slice(0, 10) } : asOfPoint(asOf);

    let state: CompactState;
    // On the recorded axis, the stream as it stood then: its revision, last change and position too.
    let recordedThen: Pick<CompactStateView, 'revision' | 'updatedAt' | 'position'> | null = null;
    if (axis === 'recorded') {
      const cutoff = moment;
      const events = (await this.store.readStream(compactStream(compactId))).filter((e) => e.metadata.recordedAt <= cutoff);
      state = decodeKnown(compactEventCodec, events).reduce(evolveCompact, initialCompactState());
      if (state.kind === 'none') throw new ResourceNotFoundError(`compact ${compactId} had not been recorded by ${cutoff}`);
      const last = events[events.length - 1];
      recordedThen = { revision: last.revision, updatedAt: last.metadata.recordedAt, position: last.position };
    } else {
      state = compactLifecycleProjection.get(this.db, compactId)?.state ?? initialCompactState();
    }
    if (state.kind === 'none') throw new ResourceNotFoundError(`no compact with id ${compactId}`);

    const version = [...state.versions].reverse().find((v) => v.dated <= date) ?? null;
    return {
      ...view,
      ...recordedThen,
      title: state.title,
      covers: state.covers,
      description: state.description,
      asOf: { date, axis },
      status: compactStatusAt(state, date),
      currentVersion: version && { label: version.label, contentHash: version.contentHash, dated: version.dated },
      term: state.term,
      inForce: state.inForce.filter((record) => record.effectiveOn <= date),
      partners: Object.values(state.partners).filter((partner) => isMemberOn(partner, date)),
    };
  }
}

/** Every compact with its status today, derived from its lifecycle as GET /compacts/:id derives it. */
@QueryHandler(ListCompactsQuery)
export class ListCompactsHandler implements IQueryHandler<ListCompactsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute(): Promise<Array<CompactStateView & { status: string }>> {
    const today = new Date().toISOString().slice(0, 10);
    return compactStateProjection.all(this.db).map((view) => {
      const state = compactLifecycleProjection.get(this.db, view.compactId)?.state;
      return { ...view, status: state && state.kind === 'compact' ? compactStatusAt(state, today) : 'draft' };
    });
  }
}

/** The compact's events straight from its stream, with full envelopes and hashes: the evidence, not a projection of it. */
@QueryHandler(GetCompactHistoryQuery)
export class GetCompactHistoryHandler implements IQueryHandler<GetCompactHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ compactId, asOf, axis }: GetCompactHistoryQuery): Promise<CompactHistory> {
    const streamId = compactStream(compactId);
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    // Effective: the events whose date in the world falls by then, and the ledger's own acts that have
    // none (drafting the compact, a correction), which belong to what it knows now, as the state shows.
    const shown = events.filter(
      (e) =>
        (axis === 'effective' && asOf !== null && e.metadata.effectiveAt === null) ||
        visibleAsOf(asOf, axis, { recordedAt: e.metadata.recordedAt, effectiveOn: (e.metadata.effectiveAt ?? e.metadata.recordedAt).slice(0, 10) }),
    );
    return { streamId, events: shown, head: events[events.length - 1] };
  }
}
