import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import type { Actor } from '@compact-ledger/event-store';
import { type Deadline, type DeadlineFilter, deadlinesAsOf, type DeadlineVisibility } from '@compact-ledger/projections';
import { READ_MODEL_DB } from '../../infrastructure/tokens';

/** What is due or overdue on a date across the compacts the reader may see. */
export class DeadlinesQuery extends Query<{ deadlines: Deadline[]; more: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly filter: Omit<DeadlineFilter, 'visibility'>,
  ) {
    super();
  }
}

/** The secretariat and regulators see every compact's; a partner its own compacts'; a mediator the escalation levels of the disputes it mediates. */
function visibilityOf(actor: Actor): DeadlineVisibility {
  switch (actor.role) {
    case 'secretariat':
    case 'regulator':
      return { kind: 'all' };
    case 'partner':
      return actor.organisation === null ? { kind: 'none' } : { kind: 'partner', organisationId: actor.organisation };
    case 'mediator':
      return { kind: 'mediator', subject: actor.subject };
    default:
      return { kind: 'none' };
  }
}

@QueryHandler(DeadlinesQuery)
export class DeadlinesHandler implements IQueryHandler<DeadlinesQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ actor, filter }: DeadlinesQuery) {
    return deadlinesAsOf(this.db, { ...filter, visibility: visibilityOf(actor) });
  }
}
