import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IN_FORCE_RULES, type InForceRule, type SetTerm, type DataOf, type PaperDateInput } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { PaperDateField } from '../paper-date.fields';

export class SetTermDto implements Required<Omit<DataOf<SetTerm>, 'factId' | 'references'>> {
  @ApiProperty({ enum: IN_FORCE_RULES, description: 'all-partners-signed, or explicit-decision' })
  @IsIn([...IN_FORCE_RULES])
  inForceRule!: InForceRule;

  @PaperDateField('effectiveFrom', {
    example: '2017-06-01',
    optional: true,
    description: 'The date the term runs from (003: "2015", to the year); null: from coming into force',
  })
  effectiveFrom: PaperDateInput | null = null;

  @PaperDateField('expiresOn', { example: '2020-03-31', optional: true, description: 'The last day of the term (003: "2018", to the year)' })
  expiresOn: PaperDateInput | null = null;

  @PaperDateField('refreshDueBy', { example: '2018-03-31', optional: true })
  refreshDueBy: PaperDateInput | null = null;

  @ApiPropertyOptional({ type: Number, example: 24, nullable: true, description: '002: "for the next 24 months"' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMonths: number | null = null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  decisionReference: string | null = null;
}

/** The rule by which the compact comes into force, and its term: CompactTermSet. */
export class SetTermCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: SetTermDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetTermCommand)
export class SetTermHandler implements ICommandHandler<SetTermCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: SetTermCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, { type: 'SetTerm', data: { ...request, factId: newId() } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class SetTermController {
  constructor(private readonly commands: CommandBus) {}

  @Post('term')
  @ApiOperation({ summary: "Set a compact's term and in-force rule" })
  @Policy('compacts.manage-term')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactTermSet (and CompactCameIntoForce when the rule is already met)' })
  setTerm(@Param() { id }: CompactIdParams, @Body() body: SetTermDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new SetTermCommand(id, body, commandContextFrom(request)));
  }
}
