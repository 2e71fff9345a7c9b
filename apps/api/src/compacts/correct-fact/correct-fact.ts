import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CorrectionInput, CorrectionRequest } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { CorrectionsDto } from './correct-fact.dto';

/** Corrects recorded facts, each named by its factId, appended together (one EventCorrected each); the originals stay in the history. */
export class CorrectFactsCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: CorrectionsDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The fields given, as plain data (a field left out is not corrected; null is a value). */
function correctionsOf({ corrections }: CorrectionsDto): CorrectionRequest[] {
  return corrections.map(({ factId, reason, correction }) => ({
    factId,
    reason,
    correction: Object.fromEntries(Object.entries(correction).filter(([, value]) => value !== undefined)) as unknown as CorrectionInput,
  }));
}

@CommandHandler(CorrectFactsCommand)
export class CorrectFactsHandler implements ICommandHandler<CorrectFactsCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: CorrectFactsCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, { type: 'CorrectFacts', data: { corrections: correctionsOf(request) } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class CorrectFactsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('corrections')
  @ApiOperation({ summary: 'Correct recorded facts' })
  @Policy('compacts.correct')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'One EventCorrected per correction, appended together; the original facts stay in the history' })
  correct(@Param() { id }: CompactIdParams, @Body() body: CorrectionsDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new CorrectFactsCommand(id, body, commandContextFrom(request)));
  }
}
