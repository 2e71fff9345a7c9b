import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DataOf, ResolveDispute } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertMayActOnDispute, Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, OrganisationIdsField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { DisputeCommands } from '../dispute-commands';
import { DisputeIdParams } from '../dispute-id.params';

export class ResolutionDto implements DataOf<ResolveDispute> {
  @ApiProperty({ example: 'Measures shared monthly from January; reviewed at the Transformation Board' })
  @TextField(5000)
  terms!: string;

  @ApiProperty({ type: [String], description: 'Every party' })
  @OrganisationIdsField('agreedBy')
  agreedBy!: string[];

  @ApiProperty({ example: '2017-12-01' })
  @HappenedOnField('resolvedOn')
  resolvedOn!: string;
}

/** The dispute ends, resolved at its current level on terms every party agreed: DisputeResolved. */
export class ResolveDisputeCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly request: ResolutionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ResolveDisputeCommand)
export class ResolveDisputeHandler implements ICommandHandler<ResolveDisputeCommand> {
  constructor(private readonly disputes: DisputeCommands) {}

  execute({ disputeId, request, context }: ResolveDisputeCommand): Promise<CommandResultDto> {
    return this.disputes.run(disputeId, { type: 'ResolveDispute', data: { ...request } }, context, (dispute) =>
      // An appointed mediator or the secretariat records it, for no one party.
      assertMayActOnDispute(context.actor, dispute, null),
    );
  }
}

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes/:id')
export class ResolveDisputeController {
  constructor(private readonly commands: CommandBus) {}

  @Post('resolution')
  @ApiOperation({ summary: 'Resolve a dispute at its current level' })
  @Policy('disputes.resolve')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeResolved at the current level' })
  resolve(@Param() { id }: DisputeIdParams, @Body() body: ResolutionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new ResolveDisputeCommand(id, body, commandContextFrom(request)));
  }
}
