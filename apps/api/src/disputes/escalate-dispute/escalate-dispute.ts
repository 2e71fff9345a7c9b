import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { DataOf, EscalateDispute } from '@compact-ledger/domain';
import type { Actor, CommandContext } from '@compact-ledger/event-store';
import { assertMayActOnDispute, Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, OrganisationIdField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { DisputeCommands } from '../dispute-commands';
import { DisputeIdParams } from '../dispute-id.params';

export class EscalationDto implements Omit<DataOf<EscalateDispute>, 'requestedBy'> {
  @ApiProperty({ example: 2, description: 'The next level: exactly one above the current one' })
  @IsInt()
  @Min(1)
  @Max(20)
  toLevel!: number;

  @ApiProperty({ example: 'No agreement between the accountable officers after two meetings' })
  @TextField(5000)
  reason!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The party asking for it; a partner escalates for its own organisation (the default); null when a mediator or the secretariat escalates',
  })
  @IsOptional()
  @OrganisationIdField('requestedBy')
  requestedBy?: string | null;

  @ApiProperty({ example: '2017-10-01' })
  @HappenedOnField('escalatedOn')
  escalatedOn!: string;
}

/** The party that asked: as given, else a partner's own organisation, else none (a mediator or the secretariat escalating). */
function requestedBy(actor: Actor, request: EscalationDto): string | null {
  if (request.requestedBy !== undefined) return request.requestedBy;
  return actor.role === 'partner' ? actor.organisation : null;
}

/** The dispute moves up its path to the next level, with who asked and why: DisputeEscalated. */
export class EscalateDisputeCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly request: EscalationDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(EscalateDisputeCommand)
export class EscalateDisputeHandler implements ICommandHandler<EscalateDisputeCommand> {
  constructor(private readonly disputes: DisputeCommands) {}

  execute({ disputeId, request, context }: EscalateDisputeCommand): Promise<CommandResultDto> {
    const data = { ...request, requestedBy: requestedBy(context.actor, request) };
    return this.disputes.run(disputeId, { type: 'EscalateDispute', data }, context, (dispute) =>
      // A party's partner escalates for its own organisation; an appointed mediator or the secretariat for a party or none.
      assertMayActOnDispute(context.actor, dispute, data.requestedBy),
    );
  }
}

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes/:id')
export class EscalateDisputeController {
  constructor(private readonly commands: CommandBus) {}

  @Post('escalations')
  @ApiOperation({ summary: 'Escalate a dispute to the next level' })
  @Policy('disputes.escalate')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeEscalated to the next level' })
  escalate(@Param() { id }: DisputeIdParams, @Body() body: EscalationDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new EscalateDisputeCommand(id, body, commandContextFrom(request)));
  }
}
