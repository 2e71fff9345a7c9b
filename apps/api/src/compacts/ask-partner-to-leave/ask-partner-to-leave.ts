import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { AskPartnerToLeave, LeavingBasis, DataOf, PaperDateInput } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { OrganisationParams } from '../compact-fields';
import { PaperDateField } from '../paper-date.fields';

export class LeavingBasisDto implements LeavingBasis {
  @ApiProperty({ enum: ['decision', 'dispute'] })
  @IsIn(['decision', 'dispute'])
  kind!: 'decision' | 'dispute';

  @ApiProperty({
    example: 'meeting/wpb-2017-10/decisions/d-6',
    description:
      'A decision: meeting/<meetingId>/decisions/<decisionId>; a dispute: its id. Either must exist on this compact by the date the partner leaves (422 naming the rule)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reference!: string;
}

export class ExpulsionDto implements Omit<DataOf<AskPartnerToLeave>, 'organisationId' | 'factId' | 'references'> {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ type: LeavingBasisDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LeavingBasisDto)
  basis!: LeavingBasisDto;

  @PaperDateField('effectiveOn', { example: '2018-09-30' })
  effectiveOn!: PaperDateInput;
}

/** A partner is asked to leave the partnership, on a decision or a dispute's outcome (004, collective monitoring): PartnerAskedToLeave. */
export class AskPartnerToLeaveCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly organisationId: string,
    readonly request: ExpulsionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AskPartnerToLeaveCommand)
export class AskPartnerToLeaveHandler implements ICommandHandler<AskPartnerToLeaveCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, organisationId, request, context }: AskPartnerToLeaveCommand): Promise<CommandResultDto> {
    // The dispute or decision the basis names is read by CompactCommands and carried in the command.
    return this.compacts.run(compactId, { type: 'AskPartnerToLeave', data: { ...request, organisationId, factId: newId() } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class AskPartnerToLeaveController {
  constructor(private readonly commands: CommandBus) {}

  @Post('partners/:org/expulsion')
  @ApiOperation({ summary: 'Ask a partner to leave' })
  @Policy('compacts.manage-partners')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PartnerAskedToLeave' })
  expel(@Param() { id, org }: OrganisationParams, @Body() body: ExpulsionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new AskPartnerToLeaveCommand(id, org, body, commandContextFrom(request)));
  }
}
