import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Correction } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { CorrectionDto } from './correct-fact.dto';

/** Corrects a recorded fact, named by its factId; the original stays in the history (EventCorrected). */
export class CorrectFactCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: CorrectionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The corrected fields; an endorsement's own reason travels as `endorsementReason`, as `reason` says why the correction is made. */
function correctionOf({ factId: _factId, reason: _why, endorsementReason, ...fields }: CorrectionDto): Correction {
  return { ...fields, ...(endorsementReason !== undefined ? { reason: endorsementReason } : {}) } as Correction;
}

@CommandHandler(CorrectFactCommand)
export class CorrectFactHandler implements ICommandHandler<CorrectFactCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: CorrectFactCommand): Promise<CommandResultDto> {
    const data = { factId: request.factId, reason: request.reason, correction: correctionOf(request) };
    return this.compacts.run(compactId, { type: 'CorrectEvent', data }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class CorrectFactController {
  constructor(private readonly commands: CommandBus) {}

  @Post('corrections')
  @ApiOperation({ summary: 'Correct a recorded fact' })
  @Policy('compacts.correct')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'EventCorrected: the original fact stays in the history' })
  correct(@Param() { id }: CompactIdParams, @Body() body: CorrectionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new CorrectFactCommand(id, body, commandContextFrom(request)));
  }
}
