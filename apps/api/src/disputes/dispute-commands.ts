import { Injectable } from '@nestjs/common';
import { type Dispute, type DisputeCommand, disputeDecider, disputeStream, type RaiseDispute } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import type { CommandResultDto } from '../http/command-result.dto';
import { ResourceNotFoundError } from '../http/problems';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';

/** Runs a dispute's command through the one write path, on the dispute's stream. */
@Injectable()
export class DisputeCommands {
  constructor(private readonly pipeline: CommandPipeline) {}

  /** Raises a new dispute under an id just made. */
  async raise(disputeId: string, command: RaiseDispute, context: CommandContext): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(disputeStream(disputeId), disputeDecider, command, context, { startsStream: true });
    return { id: disputeId, streamRevision: outcome.streamRevision, position: outcome.position };
  }

  /**
   * A step on a raised dispute. `authorise` is the use case's organisation-scope rule,
   * checked on the state the command is decided on, so nothing is appended when it refuses.
   */
  async run(disputeId: string, command: DisputeCommand, context: CommandContext, authorise: (dispute: Dispute) => void): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(disputeStream(disputeId), disputeDecider, command, context, {
      authorise: (state) => {
        if (state.kind === 'none') throw new ResourceNotFoundError(`no dispute with id ${disputeId}`);
        authorise(state);
      },
    });
    return { id: disputeId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}
