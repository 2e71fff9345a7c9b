import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { WithdrawPartner, DataOf, PaperDateInput } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertActsFor, Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { OrganisationParams } from '../compact-fields';
import { PaperDateField } from '../paper-date.fields';

export class WithdrawalDto implements Omit<DataOf<WithdrawPartner>, 'organisationId' | 'factId'> {
  @PaperDateField('noticeGivenOn', { example: '2017-01-31', happened: true })
  noticeGivenOn!: PaperDateInput;

  @PaperDateField('effectiveOn', { example: '2017-04-30' })
  effectiveOn!: PaperDateInput;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

/** A partner leaves the compact of its own accord, after notice: PartnerWithdrawn. */
export class WithdrawPartnerCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly organisationId: string,
    readonly request: WithdrawalDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WithdrawPartnerCommand)
export class WithdrawPartnerHandler implements ICommandHandler<WithdrawPartnerCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, organisationId, request, context }: WithdrawPartnerCommand): Promise<CommandResultDto> {
    // A partner withdraws its own organisation only.
    assertActsFor(context.actor, organisationId);
    return this.compacts.run(compactId, { type: 'WithdrawPartner', data: { ...request, organisationId, factId: newId() } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class WithdrawPartnerController {
  constructor(private readonly commands: CommandBus) {}

  @Post('partners/:org/withdrawal')
  @ApiOperation({ summary: 'Withdraw a partner' })
  @Policy('compacts.act-for-partner')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PartnerWithdrawn' })
  withdraw(@Param() { id, org }: OrganisationParams, @Body() body: WithdrawalDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new WithdrawPartnerCommand(id, org, body, commandContextFrom(request)));
  }
}
