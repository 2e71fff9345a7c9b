import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { AdmitPartnerDto } from './admit-partner.dto';

/** An organisation joins the compact as a partner, with its named lead and deputy: PartnerAdmitted. */
export class AdmitPartnerCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: AdmitPartnerDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AdmitPartnerCommand)
export class AdmitPartnerHandler implements ICommandHandler<AdmitPartnerCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: AdmitPartnerCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, { type: 'AdmitPartner', data: { ...request, factId: context.newIdFor('admission') } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class AdmitPartnerController {
  constructor(private readonly commands: CommandBus) {}

  @Post('partners')
  @ApiOperation({ summary: 'Admit a partner' })
  @Policy('compacts.manage-partners')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PartnerAdmitted' })
  admit(@Param() { id }: CompactIdParams, @Body() body: AdmitPartnerDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new AdmitPartnerCommand(id, body, commandContextFrom(request)));
  }
}
