import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type CompactEvent,
  compactStream,
  type DisputeCommand,
  disputeCompactSnapshot,
  disputeDecider,
  type DisputeState,
  disputeStream,
  fold,
  type RaiseDispute,
} from '@compact-ledger/domain';
import type { CommandContext, EventStore } from '@compact-ledger/event-store';
import { ActionNotAllowedError, type DisputeAct, mayActFor, mayActOnDispute } from '../auth/policies';
import { compactDecider } from '../compacts/compact-decider';
import type { CommandResultDto } from '../http/command-result.dto';
import { ResourceNotFoundError } from '../http/problems';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';
import { EVENT_STORE } from '../infrastructure/tokens';

/** Raises a dispute under a compact: a partner for its own organisation only. */
export class RaiseDisputeCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly data: Omit<RaiseDispute['data'], 'disputeId' | 'compact'> & { compactId: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RaiseDisputeCommand)
export class RaiseDisputeHandler implements ICommandHandler<RaiseDisputeCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ disputeId, data, context }: RaiseDisputeCommand): Promise<CommandResultDto> {
    if (!mayActFor(context.actor, data.raisedBy)) {
      throw new ActionNotAllowedError(`${context.actor.name} acts for ${context.actor.organisation ?? 'no organisation'}, not for ${data.raisedBy}`);
    }
    // decide() reads no other aggregate: the compact as it stands now travels in the command.
    const { compactId, ...fields } = data;
    const recorded = await this.store.readStream(compactStream(compactId));
    const compact = fold(
      compactDecider,
      recorded.map((e) => ({ type: e.type, data: e.data }) as unknown as CompactEvent),
    );
    if (compact.kind === 'none') throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    const command: RaiseDispute = { type: 'RaiseDispute', data: { ...fields, disputeId, compact: disputeCompactSnapshot(compact, data.raisedOn) } };
    const outcome = await this.pipeline.run(disputeStream(disputeId), disputeDecider, command, context, { startsStream: true });
    return { id: disputeId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}

/**
 * A step in a raised dispute. Beyond the route's role policy, the actor must be
 * allowed this act on this dispute (mayActOnDispute): checked on the state the
 * command is decided on, so nothing is appended when it is refused.
 */
export class ExecuteDisputeCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly command: DisputeCommand,
    readonly context: CommandContext,
    readonly act: DisputeAct,
    readonly onBehalfOf: string | null = null,
  ) {
    super();
  }
}

@CommandHandler(ExecuteDisputeCommand)
export class ExecuteDisputeCommandHandler implements ICommandHandler<ExecuteDisputeCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ disputeId, command, context, act, onBehalfOf }: ExecuteDisputeCommand): Promise<CommandResultDto> {
    const authorise = (state: DisputeState) => {
      if (state.kind === 'none') throw new ResourceNotFoundError(`no dispute with id ${disputeId}`);
      if (!mayActOnDispute(context.actor, state, act, onBehalfOf)) throw new ActionNotAllowedError(refusal(context, act, onBehalfOf));
    };
    const outcome = await this.pipeline.run(disputeStream(disputeId), disputeDecider, command, context, { authorise });
    return { id: disputeId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}

export function refusal(context: CommandContext, act: DisputeAct, onBehalfOf: string | null): string {
  const { actor } = context;
  if (actor.role === 'mediator') return `${actor.name} is not appointed to this dispute`;
  if (actor.role === 'partner' && onBehalfOf !== null && onBehalfOf !== actor.organisation) {
    return `${actor.name} acts for ${actor.organisation ?? 'no organisation'}, not for ${onBehalfOf}`;
  }
  if (actor.role === 'partner') return `${actor.organisation ?? 'no organisation'} is not a party to this dispute`;
  return `a ${actor.role} may not ${act.replace(/-/g, ' ')} on a dispute`;
}
