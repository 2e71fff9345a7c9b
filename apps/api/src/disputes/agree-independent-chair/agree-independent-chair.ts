import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import type { AgreeIndependentChair, DataOf, IndependentChair } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertMayActOnDispute, Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, OrganisationIdField, OrganisationIdsField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { DisputeCommands } from '../dispute-commands';
import { DisputeIdParams } from '../dispute-id.params';

export class IndependentChairDto implements IndependentChair {
  @ApiProperty({ example: 'Sam Example' })
  @TextField(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Their organisation; it may not be a party' })
  @IsOptional()
  @OrganisationIdField('chair.organisation')
  organisation: string | null = null;
}

export class AgreeIndependentChairDto implements DataOf<AgreeIndependentChair> {
  @ApiProperty({ type: IndependentChairDto })
  @IsObject()
  @ValidateNested()
  @Type(() => IndependentChairDto)
  chair!: IndependentChairDto;

  @ApiProperty({ type: [String], description: 'Every party' })
  @OrganisationIdsField('agreedBy')
  agreedBy!: string[];

  @ApiProperty({ example: '2017-11-15' })
  @HappenedOnField('agreedOn')
  agreedOn!: string;
}

/** Every party agrees an independent chair for a board-to-board meeting (001 section 8): IndependentChairAgreed. */
export class AgreeIndependentChairCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly request: AgreeIndependentChairDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AgreeIndependentChairCommand)
export class AgreeIndependentChairHandler implements ICommandHandler<AgreeIndependentChairCommand> {
  constructor(private readonly disputes: DisputeCommands) {}

  execute({ disputeId, request, context }: AgreeIndependentChairCommand): Promise<CommandResultDto> {
    return this.disputes.run(disputeId, { type: 'AgreeIndependentChair', data: { ...request } }, context, (dispute) =>
      // An appointed mediator or the secretariat records it, for no one party.
      assertMayActOnDispute(context.actor, dispute, null),
    );
  }
}

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes/:id')
export class AgreeIndependentChairController {
  constructor(private readonly commands: CommandBus) {}

  @Post('independent-chair')
  @ApiOperation({ summary: 'Record the independent chair the parties agreed' })
  @Policy('disputes.agree-independent-chair')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'IndependentChairAgreed by every party' })
  agree(@Param() { id }: DisputeIdParams, @Body() body: AgreeIndependentChairDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new AgreeIndependentChairCommand(id, body, commandContextFrom(request)));
  }
}
