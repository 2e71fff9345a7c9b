import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DataOf, WithdrawDispute } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertMayActOnDispute, Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, OrganisationIdField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { DisputeCommands } from '../dispute-commands';
import { DisputeIdParams } from '../dispute-id.params';

export class DisputeWithdrawalDto implements DataOf<WithdrawDispute> {
  @ApiProperty({ description: 'The raising organisation' })
  @OrganisationIdField('withdrawnBy')
  withdrawnBy!: string;

  @ApiProperty()
  @TextField(5000)
  reason!: string;

  @ApiProperty({ example: '2017-10-05' })
  @HappenedOnField('withdrawnOn')
  withdrawnOn!: string;
}

/** The raising party withdraws the dispute: DisputeWithdrawn. */
export class WithdrawDisputeCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly request: DisputeWithdrawalDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WithdrawDisputeCommand)
export class WithdrawDisputeHandler implements ICommandHandler<WithdrawDisputeCommand> {
  constructor(private readonly disputes: DisputeCommands) {}

  execute({ disputeId, request, context }: WithdrawDisputeCommand): Promise<CommandResultDto> {
    return this.disputes.run(disputeId, { type: 'WithdrawDispute', data: { ...request } }, context, (dispute) =>
      // The raiser's partner withdraws for its own organisation.
      assertMayActOnDispute(context.actor, dispute, request.withdrawnBy),
    );
  }
}

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes/:id')
export class WithdrawDisputeController {
  constructor(private readonly commands: CommandBus) {}

  @Post('withdrawal')
  @ApiOperation({ summary: 'Withdraw a dispute' })
  @Policy('disputes.withdraw')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeWithdrawn by the raising party' })
  withdraw(@Param() { id }: DisputeIdParams, @Body() body: DisputeWithdrawalDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new WithdrawDisputeCommand(id, body, commandContextFrom(request)));
  }
}
