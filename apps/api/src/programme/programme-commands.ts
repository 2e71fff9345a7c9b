import { Injectable } from '@nestjs/common';
import { compactStream, type ProgrammeCommand, programmeDecider, programmeStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { compactDecider } from '../compacts/compact-decider';
import type { CommandResultDto } from '../http/command-result.dto';
import { ResourceNotFoundError } from '../http/problems';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';

/** Runs a command on a compact's joint programme (stream `programme-<compactId>`) through the one write path. */
@Injectable()
export class ProgrammeCommands {
  constructor(private readonly pipeline: CommandPipeline) {}

  /** Defines a commitment or a measure: the programme opens with its first; the compact must exist. */
  async define(compactId: string, command: ProgrammeCommand, context: CommandContext): Promise<CommandResultDto> {
    const compact = await this.pipeline.readForDecision(compactStream(compactId), compactDecider);
    if (compact.kind === 'none') throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    return this.result(compactId, await this.pipeline.run(programmeStream(compactId), programmeDecider, command, context));
  }

  /** A step on the programme's targets or measures; 404 when the compact has no joint programme. */
  async run(compactId: string, command: ProgrammeCommand, context: CommandContext): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(programmeStream(compactId), programmeDecider, command, context, {
      authorise: (state) => {
        if (state.kind === 'none') throw new ResourceNotFoundError(`compact ${compactId} has no joint programme`);
      },
    });
    return this.result(compactId, outcome);
  }

  private result(compactId: string, outcome: { streamRevision: number; position: number }): CommandResultDto {
    return { id: compactId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}
