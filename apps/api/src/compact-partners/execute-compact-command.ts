import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CompactCommand, compactStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { ActionNotAllowedError, mayActFor } from '../auth/policies';
import { compactDecider } from '../compacts/compact-decider';
import type { CommandResultDto } from '../http/command-result.dto';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';

/**
 * Any compact command, built from a request's shape by its controller. When the
 * act is on behalf of an organisation (signing, endorsing, withdrawing), only the
 * secretariat or that organisation's own partner may take it.
 */
export class ExecuteCompactCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly command: CompactCommand,
    readonly context: CommandContext,
    readonly onBehalfOf: string | null = null,
  ) {
    super();
  }
}

@CommandHandler(ExecuteCompactCommand)
export class ExecuteCompactCommandHandler implements ICommandHandler<ExecuteCompactCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ compactId, command, context, onBehalfOf }: ExecuteCompactCommand): Promise<CommandResultDto> {
    if (onBehalfOf !== null && !mayActFor(context.actor, onBehalfOf)) {
      throw new ActionNotAllowedError(`${context.actor.name} acts for ${context.actor.organisation ?? 'no organisation'}, not for ${onBehalfOf}`);
    }
    const outcome = await this.pipeline.run(compactStream(compactId), compactDecider, command, context);
    return { id: compactId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}
