import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import {
  decodeKnown,
  type Dispute,
  disputeEventCodec,
  disputeStream,
  escalationLevel,
  evolveDispute,
  initialDisputeState,
  replayDispute,
} from '@compact-ledger/domain';
import type { Actor, EventEnvelope, EventStore } from '@compact-ledger/event-store';
import { disputeProjection, type DisputeView, type EscalationAudit, escalationAudit } from '@compact-ledger/projections';
import { ActionNotAllowedError, mayReadDispute } from '../../auth/policies';
import { RequestValidationError, ResourceNotFoundError } from '../../http/problems';
import { EVENT_STORE, READ_MODEL_DB } from '../../infrastructure/tokens';

/** A dispute as the API shows it: its state, the name of the level it is at, and its stream revision (the ETag). */
export interface DisputePresentation extends Omit<Dispute, 'kind'> {
  status: Dispute['kind'];
  currentLevelName: string;
  revision: number;
  raisedRecordedAt: string;
}

function present(view: DisputeView): DisputePresentation {
  const { kind, ...dispute } = view.state as Dispute;
  return {
    ...dispute,
    status: kind,
    currentLevelName: escalationLevel(dispute.escalationPath.levels, dispute.currentLevel)?.name ?? `Level ${dispute.currentLevel}`,
    revision: view.steps[view.steps.length - 1].revision,
    raisedRecordedAt: view.steps[0].recordedAt,
  };
}

/** The dispute's read model, if the actor may read it: 404 when there is none, 403 when it is not theirs to read. */
function readableView(db: Database.Database, disputeId: string, actor: Actor): DisputeView {
  const view = disputeProjection.get(db, disputeId);
  if (!view || view.state.kind === 'none') throw new ResourceNotFoundError(`no dispute with id ${disputeId}`);
  if (!mayReadDispute(actor, view.state)) throw new ActionNotAllowedError(`${actor.name} may not read this dispute`);
  return view;
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

export class GetDisputeQuery extends OneDisputeQuery<DisputePresentation> {}

@QueryHandler(GetDisputeQuery)
export class GetDisputeHandler implements IQueryHandler<GetDisputeQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ disputeId, actor }: GetDisputeQuery): Promise<DisputePresentation> {
    return present(readableView(this.db, disputeId, actor));
  }
}

export interface DisputeSummary {
  disputeId: string;
  compactId: string;
  status: Dispute['kind'];
  raisedBy: string;
  against: string[];
  summary: string;
  raisedOn: string;
  currentLevel: number;
  currentLevelName: string;
}

/** The disputes the actor may read (a partner: its own organisation's; a mediator: those it is appointed to), oldest first. */
export class ListDisputesQuery extends Query<DisputeSummary[]> {
  constructor(
    readonly actor: Actor,
    readonly compactId: string | null,
  ) {
    super();
  }
}

@QueryHandler(ListDisputesQuery)
export class ListDisputesHandler implements IQueryHandler<ListDisputesQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ actor, compactId }: ListDisputesQuery): Promise<DisputeSummary[]> {
    return disputeProjection
      .all(this.db)
      .filter((view) => view.state.kind !== 'none' && mayReadDispute(actor, view.state))
      .filter((view) => compactId === null || (view.state as Dispute).compact.compactId === compactId)
      .map((view) => {
        const shown = present(view);
        return {
          disputeId: shown.disputeId,
          compactId: shown.compact.compactId,
          status: shown.status,
          raisedBy: shown.raisedBy,
          against: shown.against,
          summary: shown.summary,
          raisedOn: shown.raisedOn,
          currentLevel: shown.currentLevel,
          currentLevelName: shown.currentLevelName,
        };
      });
  }
}

export class GetEscalationAuditQuery extends OneDisputeQuery<EscalationAudit> {}

@QueryHandler(GetEscalationAuditQuery)
export class GetEscalationAuditHandler implements IQueryHandler<GetEscalationAuditQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ disputeId, actor }: GetEscalationAuditQuery): Promise<EscalationAudit> {
    return escalationAudit(readableView(this.db, disputeId, actor))!;
  }
}

export interface ReplayStep {
  revision: number;
  type: string;
  data: object;
  metadata: EventEnvelope;
  /** The dispute as it stood after this event. */
  state: ReturnType<typeof replayDispute>[number]['state'];
}

/**
 * The dispute's history step by step, from its stream (the source of truth, not a
 * read model): for each event up to `upTo`, the event with its envelope and the
 * state after it, so a mediator can see what each party knew at each point.
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
    // One entry per revision: an event of a type this version does not know is kept as a step that changes nothing.
    const events = recorded.map((stored) => disputeEventCodec.decode(stored));
    const now = decodeKnown(disputeEventCodec, recorded).reduce(evolveDispute, initialDisputeState());
    if (now.kind === 'none') throw new ResourceNotFoundError(`no dispute with id ${disputeId}`);
    if (!mayReadDispute(actor, now)) throw new ActionNotAllowedError(`${actor.name} may not read this dispute`);
    const lastRevision = recorded.length - 1;
    if (upTo !== null && upTo > lastRevision) {
      throw new RequestValidationError([{ field: 'upTo', message: `upTo must be at most ${lastRevision}, the dispute's last revision` }]);
    }
    const steps = replayDispute(events)
      .slice(0, (upTo ?? lastRevision) + 1)
      .map(({ revision, state }) => ({ revision, type: recorded[revision].type, data: recorded[revision].data, metadata: recorded[revision].metadata, state }));
    // The stream's name with the steps: with it, anyone can recompute each step's hash (see the README).
    return { disputeId, streamId, lastRevision, steps };
  }
}
