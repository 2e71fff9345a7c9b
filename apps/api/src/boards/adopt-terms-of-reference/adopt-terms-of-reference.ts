import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { boardCompactSnapshot, boardDecider, boardStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { ResourceNotFoundError } from '../../http/problems';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CommandPipeline } from '../../infrastructure/command-pipeline.service';
import { BoardCommands } from '../board-commands';
import { BoardIdParams } from '../board-id.params';
import { TermsOfReferenceDto } from './terms-of-reference.dto';

/** A version of the board's terms of reference is adopted: TermsOfReferenceAdopted. */
export class AdoptTermsOfReferenceCommand extends Command<CommandResultDto> {
  constructor(
    readonly boardId: string,
    readonly request: TermsOfReferenceDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AdoptTermsOfReferenceCommand)
export class AdoptTermsOfReferenceHandler implements ICommandHandler<AdoptTermsOfReferenceCommand> {
  constructor(
    private readonly boards: BoardCommands,
    private readonly pipeline: CommandPipeline,
  ) {}

  async execute({ boardId, request, context }: AdoptTermsOfReferenceCommand): Promise<CommandResultDto> {
    // Seats for partners must name the compact's partners on the date the terms take effect.
    const board = await this.pipeline.readForDecision(boardStream(boardId), boardDecider);
    if (board.kind === 'none') throw new ResourceNotFoundError(`no board with id ${boardId}`);
    const compact = boardCompactSnapshot(await this.boards.compact(board.compactId), request.effectiveOn);
    return this.boards.run(boardId, { type: 'AdoptTermsOfReference', data: { terms: request, compact } }, context);
  }
}

@ApiTags('boards')
@ApiBearerAuth()
@Controller('boards/:id')
export class AdoptTermsOfReferenceController {
  constructor(private readonly commands: CommandBus) {}

  @Post('terms-of-reference')
  @ApiOperation({ summary: "Adopt a version of a board's terms of reference" })
  @Policy('boards.manage')
  @HttpCode(201)
  @ApiCreatedResponse({
    type: CommandResultDto,
    description: 'TermsOfReferenceAdopted: seats with lead and deputy, quorum, notice in working days, reserved matters',
  })
  adopt(@Param() { id }: BoardIdParams, @Body() body: TermsOfReferenceDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new AdoptTermsOfReferenceCommand(id, body, commandContextFrom(request)));
  }
}
