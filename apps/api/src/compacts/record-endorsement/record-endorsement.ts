import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertActsFor, Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { EndorsementDto } from './record-endorsement.dto';

/** A partner's board endorses a version, with concerns, or declines it (001): BoardEndorsementRecorded. */
export class RecordEndorsementCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: EndorsementDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordEndorsementCommand)
export class RecordEndorsementHandler implements ICommandHandler<RecordEndorsementCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: RecordEndorsementCommand): Promise<CommandResultDto> {
    // A partner records its own board's endorsement only.
    assertActsFor(context.actor, request.organisationId);
    return this.compacts.run(compactId, { type: 'RecordBoardEndorsement', data: { ...request, factId: context.newIdFor('endorsement') } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class RecordEndorsementController {
  constructor(private readonly commands: CommandBus) {}

  @Post('endorsements')
  @ApiOperation({ summary: "Record a partner board's endorsement" })
  @Policy('compacts.act-for-partner')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'BoardEndorsementRecorded' })
  endorse(@Param() { id }: CompactIdParams, @Body() body: EndorsementDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordEndorsementCommand(id, body, commandContextFrom(request)));
  }
}
