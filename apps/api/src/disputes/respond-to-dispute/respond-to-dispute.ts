import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DataOf, RespondToDispute } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertMayActOnDispute, Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, OrganisationIdField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { DisputeCommands } from '../dispute-commands';
import { DisputeIdParams } from '../dispute-id.params';

export class DisputeResponseDto implements DataOf<RespondToDispute> {
  @ApiProperty({ example: 'nottingham-university-hospitals', description: 'The responding party: a partner responds for its own organisation only' })
  @OrganisationIdField('respondent')
  respondent!: string;

  @ApiProperty()
  @TextField(5000)
  response!: string;

  @ApiProperty({ example: '2017-09-10' })
  @HappenedOnField('respondedOn')
  respondedOn!: string;
}

/** A party answers the dispute (003: "give time to listen and respond"): DisputeResponded. */
export class RespondToDisputeCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly request: DisputeResponseDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RespondToDisputeCommand)
export class RespondToDisputeHandler implements ICommandHandler<RespondToDisputeCommand> {
  constructor(private readonly disputes: DisputeCommands) {}

  execute({ disputeId, request, context }: RespondToDisputeCommand): Promise<CommandResultDto> {
    return this.disputes.run(disputeId, { type: 'RespondToDispute', data: { ...request } }, context, (dispute) =>
      // A party's partner responds for its own organisation.
      assertMayActOnDispute(context.actor, dispute, request.respondent),
    );
  }
}

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes/:id')
export class RespondToDisputeController {
  constructor(private readonly commands: CommandBus) {}

  @Post('responses')
  @ApiOperation({ summary: 'Respond to a dispute' })
  @Policy('disputes.respond')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeResponded' })
  respond(@Param() { id }: DisputeIdParams, @Body() body: DisputeResponseDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RespondToDisputeCommand(id, body, commandContextFrom(request)));
  }
}
