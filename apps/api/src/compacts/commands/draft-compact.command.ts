import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { compactStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import type { CommandResultDto } from '../../http/command-result.dto';
import { CommandPipeline } from '../../infrastructure/command-pipeline.service';
import { compactDecider } from '../compact-decider';
import type { DraftCompactDto } from '../dto/draft-compact.dto';

export class DraftCompactCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly input: DraftCompactDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DraftCompactCommand)
export class DraftCompactHandler implements ICommandHandler<DraftCompactCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ compactId, input, context }: DraftCompactCommand): Promise<CommandResultDto> {
    const command = { type: 'DraftCompact' as const, data: { compactId, title: input.title, covers: input.covers, description: input.description ?? null } };
    const outcome = await this.pipeline.run(compactStream(compactId), compactDecider, command, context, { startsStream: true });
    return { id: compactId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}
