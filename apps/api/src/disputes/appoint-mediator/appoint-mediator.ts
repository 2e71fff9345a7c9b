import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { AppointMediator, DataOf, Mediator } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, OrganisationIdField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { DisputeCommands } from '../dispute-commands';
import { DisputeIdParams } from '../dispute-id.params';

export class MediatorDto implements Mediator {
  @ApiProperty({ example: 'cis2-555012', description: "The mediator's identity: the `sub` of their token" })
  @TextField(200)
  subject!: string;

  @ApiProperty({ example: 'Ann Example' })
  @TextField(200)
  name!: string;

  @ApiProperty({ example: 'Lay Chair of the Transformation Board' })
  @TextField(300)
  role!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  @IsOptional()
  @OrganisationIdField('mediator.organisation')
  organisation: string | null = null;
}

export class AppointMediatorDto implements DataOf<AppointMediator> {
  @ApiProperty({ example: 2, description: 'The level the dispute is at now' })
  @IsInt()
  @Min(1)
  @Max(20)
  level!: number;

  @ApiProperty({ type: MediatorDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MediatorDto)
  mediator!: MediatorDto;

  @ApiProperty({ example: '2017-10-02' })
  @HappenedOnField('appointedOn')
  appointedOn!: string;
}

/** The secretariat appoints a mediator at the dispute's current level, where its path allows mediation: MediatorAppointed. */
export class AppointMediatorCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly request: AppointMediatorDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AppointMediatorCommand)
export class AppointMediatorHandler implements ICommandHandler<AppointMediatorCommand> {
  constructor(private readonly disputes: DisputeCommands) {}

  execute({ disputeId, request, context }: AppointMediatorCommand): Promise<CommandResultDto> {
    // Only the secretariat may appoint (the route's policy): no organisation scope beyond it.
    return this.disputes.run(disputeId, { type: 'AppointMediator', data: { ...request } }, context, () => undefined);
  }
}

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes/:id')
export class AppointMediatorController {
  constructor(private readonly commands: CommandBus) {}

  @Post('mediators')
  @ApiOperation({ summary: 'Appoint a mediator at the current level' })
  @Policy('disputes.appoint-mediator')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'MediatorAppointed at the current level' })
  appoint(@Param() { id }: DisputeIdParams, @Body() body: AppointMediatorDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new AppointMediatorCommand(id, body, commandContextFrom(request)));
  }
}
