import { Injectable } from '@nestjs/common';
import { type BoardCommand, boardDecider, boardStream, type Compact, compactStream, type EstablishBoard } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { compactDecider } from '../compacts/compact-decider';
import type { CommandResultDto } from '../http/command-result.dto';
import { ResourceNotFoundError } from '../http/problems';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';

/** Runs a board's command through the one write path, on the board's stream. */
@Injectable()
export class BoardCommands {
  constructor(private readonly pipeline: CommandPipeline) {}

  /** Establishes a new board under an id just made. */
  async establish(boardId: string, command: EstablishBoard, context: CommandContext): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(boardStream(boardId), boardDecider, command, context, { startsStream: true });
    return { id: boardId, streamRevision: outcome.streamRevision, position: outcome.position };
  }

  /** A command on an established board; 404 when there is none. */
  async run(boardId: string, command: BoardCommand, context: CommandContext): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(boardStream(boardId), boardDecider, command, context, {
      authorise: (state) => {
        if (state.kind === 'none') throw new ResourceNotFoundError(`no board with id ${boardId}`);
      },
    });
    return { id: boardId, streamRevision: outcome.streamRevision, position: outcome.position };
  }

  /** The compact a board belongs to, as a decision may rest on it; 404 when there is none. */
  async compact(compactId: string): Promise<Compact> {
    const compact = await this.pipeline.readForDecision(compactStream(compactId), compactDecider);
    if (compact.kind === 'none') throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    return compact;
  }
}
