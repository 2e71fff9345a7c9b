import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { EscalationPathDto } from './escalation-path.dto';

/** The compact's escalation path, defined or redefined: EscalationPathDefined. Disputes raised before keep theirs. */
export class DefineEscalationPathCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: EscalationPathDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DefineEscalationPathCommand)
export class DefineEscalationPathHandler implements ICommandHandler<DefineEscalationPathCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: DefineEscalationPathCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, { type: 'DefineEscalationPath', data: { ...request, factId: newId() } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class DefineEscalationPathController {
  constructor(private readonly commands: CommandBus) {}

  @Post('escalation-path')
  @ApiOperation({ summary: "Define a compact's escalation path" })
  @Policy('compacts.define-escalation-path')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'EscalationPathDefined: disputes raised from now on follow it; those raised before keep theirs' })
  define(@Param() { id }: CompactIdParams, @Body() body: EscalationPathDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new DefineEscalationPathCommand(id, body, commandContextFrom(request)));
  }
}
