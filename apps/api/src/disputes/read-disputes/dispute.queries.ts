import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { disputeStream } from '@compact-ledger/domain';
import type { Actor, EventEnvelope, EventStore } from '@compact-ledger/event-store';
import {
  type DisputeDocument,
  type DisputeVisibility,
  type EscalationAuditAsOf,
  escalationAuditAsOf,
  evolveDisputeDocument,
  findDispute,
  findEscalationAudit,
  listDisputes,
} from '@compact-ledger/projections';
import { ActionNotAllowedError, mayReadDispute } from '../../auth/policies';
import { workingDays } from '../../governance/working-days';
import { RequestValidationError, ResourceNotFoundError } from '../../http/problems';
import { EVENT_STORE, READ_MODEL_DB } from '../../infrastructure/tokens';

/** The dispute's read model, if the actor may read it: 404 when there is none, 403 when it is not theirs to read. */
function readable<Document extends { disputeId: string }>(
  document: Document | null,
  disputeId: string,
  participants: DisputeDocument | null,
  actor: Actor,
): Document {
  if (!document || !participants) throw new ResourceNotFoundError(`no dispute with id ${disputeId}`);
  if (!mayReadDispute(actor, participants)) throw new ActionNotAllowedError(`${actor.name} may not read this dispute`);
  return document;
}

/** A read of one dispute, by someone who must be allowed to read it. */
abstract class OneDisputeQuery<Result> extends Query<Result> {
  constructor(
    readonly disputeId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

export class GetDisputeQuery extends OneDisputeQuery<DisputeDocument> {}

@QueryHandler(GetDisputeQuery)
export class GetDisputeHandler implements IQueryHandler<GetDisputeQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ disputeId, actor }: GetDisputeQuery): Promise<DisputeDocument> {
    const document = findDispute(this.db, disputeId);
    return readable(document, disputeId, document, actor);
  }
}

export type DisputeSummary = Pick<
  DisputeDocument,
  'disputeId' | 'status' | 'raisedBy' | 'against' | 'summary' | 'raisedOn' | 'currentLevel' | 'currentLevelName'
> & { compactId: string };

export interface DisputeListFilter {
  compactId: string | null;
  party: string | null;
  mediator: string | null;
  status: DisputeDocument['status'] | null;
  after: string | null;
  limit: number;
}

/** The disputes the actor may read (a partner: its own organisation's; a mediator: those it is appointed to), in the order raised, a page at a time. */
export class ListDisputesQuery extends Query<{ disputes: DisputeSummary[]; more: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly filter: DisputeListFilter,
  ) {
    super();
  }
}

/** What the actor's role lets it list, before any filter it asks for. */
function visibilityOf(actor: Actor): DisputeVisibility {
  switch (actor.role) {
    case 'secretariat':
    case 'regulator':
      return { kind: 'all' };
    case 'partner':
      return actor.organisation === null ? { kind: 'none' } : { kind: 'party', organisationId: actor.organisation };
    case 'mediator':
      return { kind: 'mediator', subject: actor.subject };
    default:
      return { kind: 'none' };
  }
}

@QueryHandler(ListDisputesQuery)
export class ListDisputesHandler implements IQueryHandler<ListDisputesQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ actor, filter }: ListDisputesQuery): Promise<{ disputes: DisputeSummary[]; more: boolean }> {
    const { disputes, more } = listDisputes(this.db, { ...filter, visibility: visibilityOf(actor) });
    const summaries = disputes.map(({ disputeId, compact, status, raisedBy, against, summary, raisedOn, currentLevel, currentLevelName }) => ({
      disputeId,
      compactId: compact.compactId,
      status,
      raisedBy,
      against,
      summary,
      raisedOn,
      currentLevel,
      currentLevelName,
    }));
    return { disputes: summaries, more };
  }
}

/** The audit as at a date (default today): an open level counts to it. */
export class GetEscalationAuditQuery extends OneDisputeQuery<EscalationAudit> {
  constructor(
    disputeId: string,
    actor: Actor,
    readonly asOf: string,
  ) {
    super(disputeId, actor);
  }
}

/** The audit with, per level, the calendar and working days spent there, its limit, and whether it is or was overdue. */
export type EscalationAudit = EscalationAuditAsOf;

@QueryHandler(GetEscalationAuditQuery)
export class GetEscalationAuditHandler implements IQueryHandler<GetEscalationAuditQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ disputeId, actor, asOf }: GetEscalationAuditQuery): Promise<EscalationAudit> {
    const audit = readable(findEscalationAudit(this.db, disputeId), disputeId, findDispute(this.db, disputeId), actor);
    // Working days are England's: the calendar the notice rules count in too.
    return escalationAuditAsOf(audit, asOf, workingDays);
  }
}

export interface ReplayStep {
  revision: number;
  type: string;
  data: object;
  metadata: EventEnvelope;
  /** The dispute as it stood after this event, in the shape GET /disputes/:id answers. */
  state: DisputeDocument;
}

/**
 * The dispute's history step by step, from its stream (the source of truth, not a
 * read model): for each event up to `upTo`, the event with its envelope and the
 * dispute as it stood after it, so a mediator can see what each party knew at each point.
 */
export class ReplayDisputeQuery extends Query<{ disputeId: string; streamId: string; lastRevision: number; steps: ReplayStep[] }> {
  constructor(
    readonly disputeId: string,
    readonly upTo: number | null,
    readonly actor: Actor,
  ) {
    super();
  }
}

@QueryHandler(ReplayDisputeQuery)
export class ReplayDisputeHandler implements IQueryHandler<ReplayDisputeQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ disputeId, upTo, actor }: ReplayDisputeQuery) {
    const streamId = disputeStream(disputeId);
    const recorded = await this.store.readStream(streamId);
    // The read model's own fold over the stream: each step is the document as it stood then.
    const steps: ReplayStep[] = [];
    let document: DisputeDocument | null = null;
    for (const event of recorded) {
      document = evolveDisputeDocument(document, event);
      if (document) steps.push({ revision: event.revision, type: event.type, data: event.data, metadata: event.metadata, state: document });
    }
    const now = readable(document, disputeId, document, actor);
    const lastRevision = now.revision;
    if (upTo !== null && upTo > lastRevision) {
      throw new RequestValidationError([{ field: 'upTo', message: `upTo must be at most ${lastRevision}, the dispute's last revision` }]);
    }
    // The stream's name with the steps: with it, anyone can recompute each step's hash (see the README).
    return { disputeId, streamId, lastRevision, steps: steps.filter((step) => step.revision <= (upTo ?? lastRevision)) };
  }
}
