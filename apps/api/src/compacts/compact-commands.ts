import { Injectable } from '@nestjs/common';
import { type CompactCommand, compactStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import type { CommandResultDto } from '../http/command-result.dto';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';
import { compactDecider } from './compact-decider';

/** Runs a compact's command through the one write path, on the compact's stream. */
@Injectable()
export class CompactCommands {
  constructor(private readonly pipeline: CommandPipeline) {}

  async run(compactId: string, command: CompactCommand, context: CommandContext, options: { startsStream?: boolean } = {}): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(compactStream(compactId), compactDecider, command, context, options);
    return { id: compactId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}
